// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/documentfilter.h"

#include "core/domain/partialdatewords.h"
#include "core/models/documenttablemodel.h"

#include <QJsonArray>
#include <QLocale>

namespace littoral::core {

bool DocumentFilter::isEmpty() const
{
    return !hasPeriod() && correspondent.isEmpty() && !hasLink() && query.trimmed().isEmpty() && !types;
}

PartialDate DocumentFilter::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    PartialDate date = PartialDate::fromEdtf(trimmed);
    if (!date.isValid() && trimmed.startsWith(u'~')) { // "~2016": approximate, written in front
        date = PartialDate::fromEdtf(trimmed.mid(1));
        date.approximate = date.isValid();
    }
    return date;
}

QString DocumentFilter::typeNames()
{
    QStringList names;
    for (const DocumentType type : kDocumentTypes)
        names << documentTypeName(type);
    return names.join(QStringLiteral(", "));
}

Result<QList<DocumentType>> DocumentFilter::parseTypes(const QString& text)
{
    QList<DocumentType> types;
    for (const QString& word : text.split(u',', Qt::SkipEmptyParts)) {
        const auto type = documentTypeFromName(word.trimmed());
        if (!type)
            return fail(ErrorCode::InvalidInput, tr("unknown document type '%1' (%2)").arg(word.trimmed(), typeNames()));
        if (!types.contains(*type))
            types.append(*type);
    }
    return types;
}

QJsonObject DocumentFilter::toJson() const
{
    QJsonObject object;
    if (from.isValid())
        object.insert(QStringLiteral("from"), from.toEdtf());
    if (to.isValid())
        object.insert(QStringLiteral("to"), to.toEdtf());
    if (!correspondent.isEmpty()) {
        object.insert(QStringLiteral("correspondent"), correspondent);
        if (role)
            object.insert(QStringLiteral("role"), roleName(*role));
    }
    if (hasLink())
        object.insert(QStringLiteral("link"),
            QJsonObject { { QStringLiteral("from"), linkFrom }, { QStringLiteral("to"), linkTo },
                { QStringLiteral("role"), roleName(linkRole) } });
    if (!query.trimmed().isEmpty())
        object.insert(QStringLiteral("query"), query.trimmed());
    if (types) {
        QJsonArray names;
        for (const DocumentType type : *types)
            names.append(documentTypeName(type));
        object.insert(QStringLiteral("types"), names);
    }
    return object;
}

DocumentFilter DocumentFilter::fromJson(const QJsonObject& object)
{
    DocumentFilter filter;
    filter.from = parseDate(object.value(QStringLiteral("from")).toString());
    filter.to = parseDate(object.value(QStringLiteral("to")).toString());
    filter.correspondent = object.value(QStringLiteral("correspondent")).toString();
    filter.role = roleFromName(object.value(QStringLiteral("role")).toString());
    const QJsonObject link = object.value(QStringLiteral("link")).toObject();
    filter.linkFrom = link.value(QStringLiteral("from")).toString();
    filter.linkTo = link.value(QStringLiteral("to")).toString();
    filter.linkRole = roleFromName(link.value(QStringLiteral("role")).toString()) == ParticipantRole::Cc ? ParticipantRole::Cc
                                                                                                        : ParticipantRole::Recipient;
    filter.query = object.value(QStringLiteral("query")).toString();
    if (object.contains(QStringLiteral("types"))) {
        QList<DocumentType> types;
        for (const QJsonValue& name : object.value(QStringLiteral("types")).toArray())
            if (const auto type = documentTypeFromName(name.toString()); type && !types.contains(*type))
                types.append(*type);
        filter.types = types;
    }
    return filter;
}

namespace {

QString typesInWords(const QList<DocumentType>& types)
{
    if (types.isEmpty())
        return DocumentFilter::tr("no document type");
    QStringList names;
    for (const DocumentType type : types)
        names.append(DocumentTableModel::typeLabel(type));
    return QLocale().createSeparatedList(names);
}

} // namespace

QString DocumentFilter::describe() const
{
    QStringList parts;
    if (from.isValid() && to.isValid())
        parts.append(tr("%1 – %2").arg(PartialDateWords::say(from), PartialDateWords::say(to)));
    else if (from.isValid())
        parts.append(tr("from %1").arg(PartialDateWords::say(from)));
    else if (to.isValid())
        parts.append(tr("until %1").arg(PartialDateWords::say(to)));
    if (types)
        parts.append(typesInWords(*types));
    if (!correspondent.isEmpty()) {
        if (!role)
            parts.append(tr("involving %1").arg(correspondent));
        else if (*role == ParticipantRole::Sender)
            parts.append(tr("sent by %1").arg(correspondent));
        else if (*role == ParticipantRole::Recipient)
            parts.append(tr("addressed to %1").arg(correspondent));
        else if (*role == ParticipantRole::Cc)
            parts.append(tr("copied to %1").arg(correspondent));
        else
            parts.append(tr("mentioning %1").arg(correspondent));
    }
    if (hasLink())
        parts.append(linkRole == ParticipantRole::Cc ? tr("from %1 to %2 (in copy)").arg(linkFrom, linkTo)
                                                     : tr("from %1 to %2").arg(linkFrom, linkTo));
    if (!query.trimmed().isEmpty())
        parts.append(tr("matching “%1”").arg(query.trimmed()));
    return parts.isEmpty() ? tr("All documents") : parts.join(QStringLiteral(" · "));
}

} // namespace littoral::core
