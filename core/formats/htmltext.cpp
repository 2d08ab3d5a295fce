// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/htmltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace littoral::core {
namespace {

const QHash<QString, char32_t>& namedEntities()
{
    static const QHash<QString, char32_t> table {
        { QStringLiteral("amp"), U'&' },
        { QStringLiteral("lt"), U'<' },
        { QStringLiteral("gt"), U'>' },
        { QStringLiteral("quot"), U'"' },
        { QStringLiteral("apos"), U'\'' },
        { QStringLiteral("nbsp"), U'\u00A0' },
        { QStringLiteral("rsquo"), U'\u2019' },
        { QStringLiteral("lsquo"), U'\u2018' },
        { QStringLiteral("rdquo"), U'\u201D' },
        { QStringLiteral("ldquo"), U'\u201C' },
        { QStringLiteral("laquo"), U'\u00AB' },
        { QStringLiteral("raquo"), U'\u00BB' },
        { QStringLiteral("ndash"), U'\u2013' },
        { QStringLiteral("mdash"), U'\u2014' },
        { QStringLiteral("hellip"), U'\u2026' },
        { QStringLiteral("euro"), U'\u20AC' },
        { QStringLiteral("copy"), U'\u00A9' },
        { QStringLiteral("reg"), U'\u00AE' },
        { QStringLiteral("deg"), U'\u00B0' },
        { QStringLiteral("eacute"), U'é' },
        { QStringLiteral("egrave"), U'è' },
        { QStringLiteral("ecirc"), U'ê' },
        { QStringLiteral("euml"), U'ë' },
        { QStringLiteral("agrave"), U'à' },
        { QStringLiteral("acirc"), U'â' },
        { QStringLiteral("auml"), U'ä' },
        { QStringLiteral("ccedil"), U'ç' },
        { QStringLiteral("icirc"), U'î' },
        { QStringLiteral("iuml"), U'ï' },
        { QStringLiteral("ocirc"), U'ô' },
        { QStringLiteral("ouml"), U'ö' },
        { QStringLiteral("ugrave"), U'ù' },
        { QStringLiteral("ucirc"), U'û' },
        { QStringLiteral("uuml"), U'ü' },
        { QStringLiteral("oelig"), U'œ' },
        { QStringLiteral("aelig"), U'æ' },
        { QStringLiteral("szlig"), U'ß' },
        { QStringLiteral("Eacute"), U'É' },
        { QStringLiteral("Egrave"), U'È' },
        { QStringLiteral("Ecirc"), U'Ê' },
        { QStringLiteral("Agrave"), U'À' },
        { QStringLiteral("Acirc"), U'Â' },
        { QStringLiteral("Ccedil"), U'Ç' },
        { QStringLiteral("Ocirc"), U'Ô' },
        { QStringLiteral("OElig"), U'Œ' },
        { QStringLiteral("ntilde"), U'ñ' },
        { QStringLiteral("aacute"), U'á' },
        { QStringLiteral("iacute"), U'í' },
        { QStringLiteral("oacute"), U'ó' },
        { QStringLiteral("uacute"), U'ú' },
        { QStringLiteral("middot"), U'\u00B7' },
        { QStringLiteral("bull"), U'\u2022' },
    };
    return table;
}

QString decodeEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(
        QStringLiteral(R"(&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,10});)"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        char32_t code = 0;
        bool ok = false;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            code = name.mid(2).toUInt(&ok, 16);
        else if (name.startsWith(QLatin1Char('#')))
            code = name.mid(1).toUInt(&ok, 10);
        else if (const auto found = namedEntities().constFind(name); found != namedEntities().cend()) {
            code = *found;
            ok = true;
        }
        // A code point that is not a character (0, a surrogate, past U+10FFFF) stays as written.
        if (ok && code != 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
            out += QString::fromUcs4(&code, 1);
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString HtmlText::toPlainText(const QString& html)
{
    static const QRegularExpression dropped(
        QStringLiteral(R"(<(script|style|head|title)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!DOCTYPE[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral(R"(<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>)"));
    static const QStringList blocks { QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("br"),
        QStringLiteral("tr"), QStringLiteral("li"), QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
        QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("table"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("hr"), QStringLiteral("address"), QStringLiteral("section"),
        QStringLiteral("article") };

    QString source = html;
    source.replace(dropped, QString());
    // HTML's own line breaks are spaces; only the tags break lines.
    source.replace(QLatin1String("\r\n"), QLatin1String(" "))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));

    // Block tags ask for line breaks before the next words: a paragraph two, any other block one, each
    // <br> one more. White space between tags then adds no empty lines.
    QString out;
    int pendingBreaks = 0;
    bool bullet = false;
    auto appendText = [&](const QString& chunk) {
        QString decoded = decodeEntities(chunk);
        if (decoded.trimmed().isEmpty()) {
            if (pendingBreaks == 0 && !bullet && !out.isEmpty())
                out += decoded;
            return;
        }
        if (pendingBreaks > 0 || bullet) {
            if (!out.isEmpty())
                out += QString(qMax(pendingBreaks, 1), QLatin1Char('\n'));
            if (bullet)
                out += QStringLiteral("- ");
            while (!decoded.isEmpty() && decoded.front().isSpace())
                decoded.remove(0, 1);
        }
        out += decoded;
        pendingBreaks = 0;
        bullet = false;
    };
    qsizetype last = 0;
    for (auto it = tag.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        appendText(source.mid(last, m.capturedStart() - last));
        last = m.capturedEnd();
        const QString name = m.captured(2).toLower();
        if (!blocks.contains(name))
            continue;
        const bool closing = !m.captured(1).isEmpty();
        if (name == QLatin1String("br"))
            pendingBreaks = qMin(pendingBreaks + 1, 2);
        else if (name == QLatin1String("p") || name.startsWith(QLatin1Char('h'))
            || name == QLatin1String("blockquote"))
            pendingBreaks = 2; // a paragraph stands apart
        else if (name == QLatin1String("li") && !closing) {
            pendingBreaks = qMax(pendingBreaks, 1);
            bullet = true;
        } else
            pendingBreaks = qMax(pendingBreaks, 1);
    }
    appendText(source.mid(last));

    // Tidy: spaces collapsed within lines, lines trimmed, at most one blank line in a row.
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}]{2,}"));
    QStringList lines;
    bool blank = true;
    for (QString line : out.split(QLatin1Char('\n'))) {
        line.replace(spaces, QStringLiteral(" "));
        line = line.trimmed();
        if (line.isEmpty()) {
            if (!blank)
                lines.append(QString());
            blank = true;
        } else {
            lines.append(line);
            blank = false;
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace littoral::core
