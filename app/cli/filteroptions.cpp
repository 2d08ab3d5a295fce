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
    , m_type(QStringLiteral("type"), QCoreApplication::translate("littoral-cli", "Document types: letter, open_letter, press_release, other (comma-separated)."), QStringLiteral("TYPES"))
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
    DocumentFilter filter;
    for (const auto& [option, bound] : { std::pair { &m_from, &filter.from }, std::pair { &m_to, &filter.to } }) {
        if (!parser.isSet(*option))
            continue;
        *bound = DocumentFilter::parseDate(parser.value(*option));
        if (!bound->isValid())
            return std::unexpected(invalid(QCoreApplication::translate("littoral-cli", "--%1: '%2' is not a date (2016, 2016-03, 2016-03-02).")
                                               .arg(option->names().constFirst(), parser.value(*option))));
    }
    filter.query = parser.value(m_query).trimmed();
    filter.correspondent = parser.value(m_correspondent).trimmed();
    std::optional<ParticipantRole> role;
    if (parser.isSet(m_role)) {
        role = roleFromName(parser.value(m_role));
        if (!role)
            return std::unexpected(invalid(QCoreApplication::translate("littoral-cli", "--role: '%1' is not sender, recipient, cc or mentioned.").arg(parser.value(m_role))));
    }
    if (parser.isSet(m_link)) {
        const QStringList ends = parser.value(m_link).split(QRegularExpression(QStringLiteral("\\s*(->|→)\\s*")));
        if (ends.size() != 2 || ends.at(0).trimmed().isEmpty() || ends.at(1).trimmed().isEmpty())
            return std::unexpected(invalid(QCoreApplication::translate("littoral-cli", "--link: '%1' is not \"FROM->TO\".").arg(parser.value(m_link))));
        filter.linkFrom = ends.at(0).trimmed();
        filter.linkTo = ends.at(1).trimmed();
        if (role == ParticipantRole::Cc && filter.correspondent.isEmpty())
            filter.linkRole = ParticipantRole::Cc;
    }
    if (!filter.correspondent.isEmpty())
        filter.role = role;
    else if (role && !(filter.hasLink() && role == ParticipantRole::Cc))
        return std::unexpected(invalid(QCoreApplication::translate("littoral-cli", "--role needs --correspondent.")));
    if (parser.isSet(m_type)) {
        auto types = DocumentFilter::parseTypes(parser.value(m_type));
        if (!types)
            return std::unexpected(invalid(QCoreApplication::translate("littoral-cli", "--type: %1").arg(types.error().detail)));
        filter.types = *types;
    }
    return filter;
}

} // namespace littoral::cli
