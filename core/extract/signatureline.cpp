// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/signatureline.h"

#include "core/extract/functionparser.h"

#include <QRegularExpression>

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

} // namespace

SignatureLine SignatureLine::read(const QString& content)
{
    SignatureLine line;
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
        if (line.office.isEmpty()) {
            const QStringView rest = QStringView(content).sliced(start, end - start);
            const qsizetype comma = rest.indexOf(QLatin1Char(','));
            const QString office = (comma < 0 ? rest : rest.first(comma)).toString();
            if (FunctionParser::isFunction(office)) {
                line.office = office.trimmed();
                start += comma < 0 ? rest.size() : comma + 1;
            }
        }
    }
    // Side by side: cut at a tab or at a run of two or more spaces.
    static const QRegularExpression gap(QStringLiteral(R"(\t+|[ \x{00A0}]{2,})"));
    qsizetype from = start;
    auto addColumn = [&](qsizetype a, qsizetype b) {
        while (a < b && content.at(a).isSpace())
            ++a;
        while (b > a && (content.at(b - 1).isSpace() || content.at(b - 1) == QLatin1Char(',')))
            --b;
        if (b > a)
            line.columns.append({ content.mid(a, b - a), a });
    };
    auto it = gap.globalMatch(QStringView(content).first(end), start);
    while (it.hasNext()) {
        const auto m = it.next();
        addColumn(from, m.capturedStart());
        from = m.capturedEnd();
    }
    addColumn(from, end);
    return line;
}

} // namespace littoral::core
