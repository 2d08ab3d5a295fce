// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QTextStream;

namespace littoral::cli {

// The options the correspondents command reads, parsed by main.cpp's one QCommandLineParser.
struct CorrespondentsOptions {
    QString db;
    bool json = false;
    QString sort = QStringLiteral("documents");
    std::optional<QString> limit;
};

// littoral-cli correspondents --db FILE [--json] [--sort KEY] [--limit N]: every correspondent with
// its kind, spellings, organisations, documents by role, weighted degrees, betweenness, PageRank and
// community, from the correspondence graph of the whole corpus (CorrespondentNetwork). Exit codes:
// 0 ok, 1 usage, 2 database or analysis error. Main thread of the CLI.
class CorrespondentsCommand final {
public:
    CorrespondentsCommand(QTextStream& out, QTextStream& err);
    // The lines --help adds for it, in the interface language.
    static QString usage();
    int run(const CorrespondentsOptions& options);

private:
    int usageError(const QString& message);
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace littoral::cli
