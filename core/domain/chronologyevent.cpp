// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/chronologyevent.h"

#include <QLocale>

namespace littoral::core {
namespace {

QString pick(const QString& preferred, const QString& other) { return preferred.isEmpty() ? other : preferred; }

bool interfaceIsFrench() { return QLocale().language() == QLocale::French; }

} // namespace

QString ChronologyEvent::edtf() const
{
    if (!start.isValid())
        return {};
    return end.isValid() ? start.toEdtf() + QLatin1Char('/') + end.toEdtf() : start.toEdtf();
}

bool ChronologyEvent::setEdtf(const QString& edtf)
{
    const QString text = edtf.trimmed();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const PartialDate first = PartialDate::fromEdtf(slash < 0 ? text : text.left(slash));
    const PartialDate last = slash < 0 ? PartialDate {} : PartialDate::fromEdtf(text.mid(slash + 1));
    if (!first.isValid() || (slash >= 0 && (!last.isValid() || last.lastDay() < first.firstDay())))
        return false;
    start = first;
    end = last;
    return true;
}

QString ChronologyEvent::label() const
{
    return interfaceIsFrench() ? pick(labelFr, labelEn) : pick(labelEn, labelFr);
}

QString ChronologyEvent::description() const
{
    return interfaceIsFrench() ? pick(descriptionFr, descriptionEn) : pick(descriptionEn, descriptionFr);
}

QJsonObject ChronologyEvent::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("date"), edtf() },
        { QStringLiteral("label_fr"), labelFr }, { QStringLiteral("label_en"), labelEn },
        { QStringLiteral("description_fr"), descriptionFr }, { QStringLiteral("description_en"), descriptionEn },
        { QStringLiteral("source"), sourceUrl } };
}

ChronologyEvent ChronologyEvent::fromJson(const QJsonObject& object)
{
    ChronologyEvent event;
    const auto text = [&](const char* key) { return object.value(QLatin1String(key)).toString().trimmed(); };
    if (!event.setEdtf(text("date")))
        return {};
    event.id = text("id");
    event.labelFr = text("label_fr");
    event.labelEn = text("label_en");
    event.descriptionFr = text("description_fr");
    event.descriptionEn = text("description_en");
    event.sourceUrl = text("source");
    return event;
}

} // namespace littoral::core
