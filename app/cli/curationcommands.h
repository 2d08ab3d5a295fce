// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/change.h"
#include "core/domain/document.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;

namespace littoral::core {
class CorpusSession;
}

namespace littoral::cli {

// The options the curation commands read, parsed by main.cpp's one QCommandLineParser.
struct CurationOptions {
    QString db;
    bool json = false;
    std::optional<QString> kind; // participant: person | organization
    QString title;
    QString organization;
    std::optional<QString> into; // merge
    std::optional<QString> from; // split
    std::optional<QString> steps; // undo, redo
};

// littoral-cli set / participant / merge / split / review / history / undo / redo: every write goes
// through one CorpusSession, one transaction per command. Exit codes: 0 ok, 1 unknown document,
// name, field or unreadable value (with a message naming it), 2 database error.
// Main thread of the CLI.
class CurationCommands final {
public:
    CurationCommands(QTextStream& out, QTextStream& err);
    ~CurationCommands();
    CurationCommands(const CurationCommands&) = delete;
    CurationCommands& operator=(const CurationCommands&) = delete;

    static bool isCurationCommand(const QString& command);
    // `args` are the positional arguments after the command's name.
    int run(const QString& command, const QStringList& args, const CurationOptions& options);

private:
    int set(const QStringList& args);
    int participant(const QStringList& args, const CurationOptions& options);
    int merge(const QStringList& args, const CurationOptions& options);
    int split(const QStringList& args, const CurationOptions& options);
    int review(const QStringList& args);
    int history(bool json);
    int undoOrRedo(bool redo, const CurationOptions& options);

    // The one document SOURCE names, or the exit code after a message (unknown, ambiguous, DB error).
    [[nodiscard]] std::optional<qint64> document(const QString& source, int* exitCode);
    // The one correspondent NAME names (canonical name or alias), or the exit code after a message.
    [[nodiscard]] std::optional<qint64> correspondent(const QString& name, int* exitCode);
    // Prints what a command recorded (or that nothing needed changing).
    int report(const core::Result<core::Change>& change);
    int fail(const core::Error& error);
    int usage(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<core::CorpusSession> m_session;
    QString m_db;
};

} // namespace littoral::cli
