// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/signatureline.h"

#include "core/extract/functionparser.h"
#include "core/extract/personname.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace littoral::core {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption
    | QRegularExpression::ExtendedPatternSyntaxOption;

// "(signé)", "(s)", "Signed:", "Sgd." before the name, or "(signé)" after it.
const QRegularExpression& leadingSignedMark()
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:
        \(\s*(?:signé|signée|signed|sgd\.?|s\.?)\s*\)
      | (?:signé|signée|signed|sgd\.?)\s*[:.]?(?=\s)
    )\s*)"), kOptions);
    return re;
}

const QRegularExpression& trailingSignedMark()
{
    static const QRegularExpression re(QStringLiteral(R"(\s*\(\s*(?:signé|signée|signed|sgd\.?|s\.?)\s*\)\s*$)"), kOptions);
    return re;
}

// Delegation before the signer's name: "P/O", "P.O.", "pp.", "p.p.", "per pro", "pour ordre",
// "Pour le Préfet et par délégation,", "For and on behalf of the Director,".
const QRegularExpression& delegation()
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:
        p\s*/\s*o\b\.?
      | p\.\s?o\.
      | p\.?\s?p\.?(?=\s)
      | per\s+pro(?:curationem)?\.?
      | pour\s+ordre
      | pour\s+(?<office>(?:le|la|l['’])\s*.{1,60}?)\s*,?\s*(?:et\s+)?par\s+(?:délégation|empêchement|ordre)
      | for\s+and\s+on\s+behalf\s+of\s+(?<officeEn>.{1,60}?)(?=,|$)
    )\s*,?\s*)"), kOptions);
    return re;
}

// "le directeur Jane Doe": the last two to four words read as a person's name.
bool endsWithName(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype n = 2; n <= 4 && n < words.size(); ++n)
        if (PersonName::parse(words.mid(words.size() - n).join(QLatin1Char(' '))))
            return true;
    return false;
}

} // namespace

SignatureLine SignatureLine::read(const QString& content)
{
    SignatureLine line;
    line.m_content = content;
    qsizetype start = 0;
    qsizetype end = content.size();
    if (const auto m = trailingSignedMark().match(content); m.hasMatch())
        end = m.capturedStart();
    if (const auto m = leadingSignedMark().match(QStringView(content).first(end)); m.hasMatch())
        start = m.capturedEnd();
    if (const auto m = delegation().match(QStringView(content).sliced(start, end - start)); m.hasMatch()) {
        line.delegated = true;
        line.office = m.captured(u"office").isEmpty() ? m.captured(u"officeEn") : m.captured(u"office");
        start += m.capturedEnd();
        // "P/O le directeur," or "P/O le directeur, Jane Doe": the office the signer signs for, then the name.
        // Without a comma ("P/O le directeur Jane Doe") the name reader sets the function apart itself.
        if (line.office.isEmpty()) {
            const QStringView rest = QStringView(content).sliced(start, end - start);
            const qsizetype comma = rest.indexOf(QLatin1Char(','));
            const QString office = (comma < 0 ? rest : rest.first(comma)).toString();
            if (FunctionParser::isFunction(office) && (comma >= 0 || !endsWithName(office))) {
                line.office = office.trimmed();
                start += comma < 0 ? rest.size() : comma + 1;
            }
        }
    }
    // Side by side: cut at a tab or at a run of two or more spaces, each gap's width kept.
    static const QRegularExpression gap(QStringLiteral(R"([ \x{00A0}]*\t[\t \x{00A0}]*|[ \x{00A0}]{2,})"));
    constexpr int kTabWidth = 8;
    qsizetype from = start;
    int pendingGap = 0;
    auto addColumn = [&](qsizetype a, qsizetype b) {
        while (a < b && content.at(a).isSpace())
            ++a;
        while (b > a && (content.at(b - 1).isSpace() || content.at(b - 1) == QLatin1Char(',')))
            --b;
        if (b <= a)
            return;
        if (!line.columns.isEmpty())
            line.m_gaps.append(pendingGap);
        line.columns.append({ content.mid(a, b - a), a });
    };
    auto it = gap.globalMatch(QStringView(content).first(end), start);
    while (it.hasNext()) {
        const auto m = it.next();
        addColumn(from, m.capturedStart());
        pendingGap = m.captured().contains(QLatin1Char('\t')) ? kTabWidth : int(m.capturedLength());
        from = m.capturedEnd();
    }
    addColumn(from, end);
    return line;
}

QList<int> SignatureLine::gapWidths() const
{
    QList<int> widths = m_gaps;
    std::sort(widths.begin(), widths.end());
    widths.erase(std::unique(widths.begin(), widths.end()), widths.end());
    return widths;
}

QList<SignatureLine::Column> SignatureLine::columnsAt(int width) const
{
    QList<Column> out;
    for (qsizetype k = 0; k < columns.size(); ++k) {
        if (out.isEmpty() || m_gaps.at(k - 1) >= width) {
            out.append(columns.at(k));
        } else {
            Column& last = out.last(); // the text as written, gaps included: it is the evidence
            last.text = m_content.mid(last.offset, columns.at(k).offset + columns.at(k).text.size() - last.offset);
        }
    }
    return out;
}

QString SignatureLine::whole() const
{
    QStringList parts;
    for (const Column& column : columns)
        parts << column.text;
    return parts.join(QLatin1Char(' '));
}

} // namespace littoral::core
