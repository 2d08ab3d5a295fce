// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/typeddatereader.h"

#include "core/extract/dateparser.h"

#include <QRegularExpression>

namespace littoral::core {
namespace {

// Words before a date that make it approximate: "vers 2016", "about May 2016", "circa 1990".
const QRegularExpression& approximateWords()
{
    static const QRegularExpression words(
        QStringLiteral(R"(^\s*(?:vers|environ|autour\s+de|c\.|ca\.|circa|about|around|approximately)\s+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words;
}

QString refusal(const QString& text)
{
    return QStringLiteral("\"%1\" is not a date Littoral can read; write it like 7 févr. 2017, mars 2016, "
                          "printemps 2016, vers 2016 or 2016-10-24.")
        .arg(text);
}

} // namespace

Result<PartialDate> TypedDateReader::read(const QString& text)
{
    QString rest = text.trimmed();
    if (rest.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A date cannot be empty."));
    if (const PartialDate edtf = PartialDate::fromEdtf(rest); edtf.isValid())
        return edtf;

    bool approximate = false;
    if (const auto match = approximateWords().match(rest); match.hasMatch()) {
        approximate = true;
        rest = rest.mid(match.capturedLength()).trimmed();
    }
    if (rest.endsWith(QLatin1Char('?')) || rest.endsWith(QLatin1Char('~'))) {
        approximate = true;
        rest.chop(1);
        rest = rest.trimmed();
    }

    // One date with a year, covering the typed text (a stray word or a second date is refused).
    const QList<DateMention> mentions = DateParser::findAll(rest);
    if (mentions.size() != 1)
        return fail(ErrorCode::InvalidInput, refusal(text));
    const DateMention& mention = mentions.first();
    if (!mention.date.isValid() || mention.yearMissing || mention.form == DateMention::Form::Relative)
        return fail(ErrorCode::InvalidInput, refusal(text));
    const QString outside = rest.left(mention.start) + rest.mid(mention.start + mention.length);
    static const QRegularExpression filler(QStringLiteral(R"(^[\s,.;:()\-]*(?:le|the|on|en|in)?[\s,.;:()\-]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!filler.match(outside).hasMatch())
        return fail(ErrorCode::InvalidInput, refusal(text));
    PartialDate date = mention.date;
    date.approximate = date.approximate || approximate;
    return date;
}

QString TypedDateReader::describe(const PartialDate& date)
{
    if (!date.isValid())
        return {};
    const QString precision = precisionName(date.precision());
    return date.approximate ? precision + QStringLiteral(", approximate") : precision;
}

} // namespace littoral::core
