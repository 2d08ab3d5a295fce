// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace littoral::cli {

using namespace littoral::core;

namespace {

Error invalid(const QString& detail)
{
    return { ErrorCode::InvalidInput, detail };
}

} // namespace

FilterOptions::FilterOptions()
    : m_from(QStringLiteral("from"), QCoreApplication::translate("littoral-cli", "Documents dated from DATE on (2016, 2016-03, 2016-03-02)."), QStringLiteral("DATE"))
    , m_to(QStringLiteral("to"), QCoreApplication::translate("littoral-cli", "Documents dated until DATE."), QStringLiteral("DATE"))
    , m_query(QStringLiteral("query"), QCoreApplication::translate("littoral-cli", "Documents matching a full-text search."), QStringLiteral("QUERY"))
    , m_correspondent(QStringLiteral("correspondent"), QCoreApplication::translate("littoral-cli", "Documents a correspondent (name or spelling) takes part in."), QStringLiteral("NAME"))
    , m_role(QStringLiteral("role"), QCoreApplication::translate("littoral-cli", "With --correspondent: sender, recipient, cc or mentioned."), QStringLiteral("ROLE"))
    , m_link(QStringLiteral("link"), QCoreApplication::translate("littoral-cli", "The letters of one link: \"FROM->TO\" (with --role cc: in copy)."), QStringLiteral("FROM->TO"))
    , m_type(QStringLiteral("type"), QCoreApplication::translate("littoral-cli", "Document types: %1 (comma-separated).").arg(DocumentFilter::typeNames()), QStringLiteral("TYPES"))
{
}

void FilterOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({ m_from, m_to, m_query, m_correspondent, m_role, m_link, m_type });
}

QStringList FilterOptions::valueOptionNames()
{
    return { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("query"), QStringLiteral("correspondent"),
        QStringLiteral("role"), QStringLiteral("link"), QStringLiteral("type") };
}

Result<DocumentFilter> FilterOptions::read(const QCommandLineParser& parser) const
{
    return parse({ parser.value(m_from), parser.value(m_to), parser.value(m_query), parser.value(m_correspondent),
        parser.value(m_role), parser.value(m_link), parser.value(m_type) });
}

Result<DocumentFilter> FilterOptions::parse(const Values& flags)
{
    DocumentFilter filter;
    const auto date = [](const QString& option, const QString& text, PartialDate& into) -> Result<void> {
        if (text.isEmpty())
            return {};
        into = DocumentFilter::parseDate(text);
        if (!into.isValid())
            return std::unexpected(invalid(
                QCoreApplication::translate("littoral-cli", "%1: '%2' is not a date (2016, 2016-03, 2016-03-02, 2016-23 for autumn, ~2016).").arg(option, text)));
        return {};
    };
    if (auto read = date(QStringLiteral("--from"), flags.from, filter.from); !read)
        return std::unexpected(read.error());
    if (auto read = date(QStringLiteral("--to"), flags.to, filter.to); !read)
        return std::unexpected(read.error());
    filter.query = flags.query.trimmed();
    filter.correspondent = flags.correspondent.trimmed();
    std::optional<ParticipantRole> role;
    if (!flags.role.isEmpty()) {
        role = roleFromName(flags.role.trimmed());
        if (!role)
            return std::unexpected(invalid(
                QCoreApplication::translate("littoral-cli", "unknown role '%1' (sender, recipient, cc or mentioned).").arg(flags.role)));
    }
    if (!flags.link.isEmpty()) {
        // "A -> B": what A sent to B; "A -> B (cc)" (or --role cc): what A sent B in copy.
        QString link = flags.link.trimmed();
        if (link.endsWith(QLatin1String("(cc)"))) {
            filter.linkRole = ParticipantRole::Cc;
            link.chop(4);
        }
        const QStringList ends = link.split(QRegularExpression(QStringLiteral("\\s*(->|→)\\s*")));
        if (ends.size() == 2) {
            filter.linkFrom = ends.at(0).trimmed();
            filter.linkTo = ends.at(1).trimmed();
        }
        if (!filter.hasLink())
            return std::unexpected(invalid(QCoreApplication::translate("littoral-cli",
                "--link takes \"SENDER -> RECIPIENT\" (or \"SENDER -> RECIPIENT (cc)\"), not '%1'.").arg(flags.link)));
        if (role == ParticipantRole::Cc && filter.correspondent.isEmpty())
            filter.linkRole = ParticipantRole::Cc;
    }
    if (!filter.correspondent.isEmpty())
        filter.role = role;
    else if (role && !(filter.hasLink() && role == ParticipantRole::Cc))
        return std::unexpected(invalid(QCoreApplication::translate("littoral-cli", "--role needs --correspondent NAME.")));
    if (!flags.types.isEmpty()) {
        auto types = DocumentFilter::parseTypes(flags.types);
        if (!types)
            return std::unexpected(types.error());
        filter.types = *types;
    }
    return filter;
}

} // namespace littoral::cli
