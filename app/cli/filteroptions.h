// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/documentfilter.h"
#include "core/result.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace littoral::cli {

// The selection flags littoral-cli's commands share (--from --to --query --correspondent --role
// --link --type), read into the one DocumentFilter the window uses too. Main thread of the CLI.
class FilterOptions final {
public:
    // The flags as typed (empty: not given); what both `export` and `briefing` read into a filter.
    struct Values {
        QString from, to, query, correspondent, role, link, types;
    };
    // The one reading of the flags: "A -> B", "A→B", "A -> B (cc)" or --role cc for a copy link.
    [[nodiscard]] static core::Result<core::DocumentFilter> parse(const Values& values);

    FilterOptions();
    void addTo(QCommandLineParser& parser) const;
    // The filter the flags name; Error (InvalidInput) says which flag cannot be read.
    [[nodiscard]] core::Result<core::DocumentFilter> read(const QCommandLineParser& parser) const;
    // Option names that take a value, to find the command among the arguments before parsing.
    static QStringList valueOptionNames();

private:
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_query;
    QCommandLineOption m_correspondent;
    QCommandLineOption m_role;
    QCommandLineOption m_link;
    QCommandLineOption m_type;
};

} // namespace littoral::cli
