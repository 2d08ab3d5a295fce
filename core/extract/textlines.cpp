// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/textlines.h"

#include <algorithm>

namespace littoral::core {
namespace {

bool isMarker(QChar c) { return c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('#'); }
bool isBullet(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2022) || c == QChar(0x2013) || c == QChar(0x25AA)
        || c == QChar(0x25CF) || c == QChar(0xF0B7) || c == QChar(0x2023);
}

} // namespace

TextLines::TextLines(const QString& text)
    : m_text(text)
{
    qsizetype pos = 0;
    int block = -1;
    bool previousBlank = true;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        TextLine line;
        line.start = pos;
        line.length = end - pos;
        qsizetype a = pos, b = end;
        auto trim = [&] {
            while (a < b && (text.at(a).isSpace() || isMarker(text.at(a))))
                ++a;
            while (b > a && (text.at(b - 1).isSpace() || isMarker(text.at(b - 1))))
                --b;
        };
        while (a < b && text.at(a).isSpace())
            ++a;
        // A markdown "* item" is a bullet; "**bold**" is emphasis.
        const bool starBullet = a + 1 < b && text.at(a) == QLatin1Char('*') && text.at(a + 1) == QLatin1Char(' ');
        trim();
        if (starBullet || (a < b && isBullet(text.at(a)) && (a + 1 == b || text.at(a + 1).isSpace()))) {
            line.bulleted = true;
            if (!starBullet)
                ++a;
            trim();
        }
        line.contentStart = a;
        line.content = text.mid(a, b - a);
        if (!line.content.isEmpty()) {
            if (previousBlank) {
                ++block;
                m_blockFirst.append(m_lines.size());
                m_blockEnd.append(m_lines.size());
            }
            line.block = block;
            m_blockEnd.last() = m_lines.size() + 1;
        }
        previousBlank = line.content.isEmpty();
        m_lines.append(line);
        if (end >= text.size())
            break;
        pos = end + 1;
    }
    m_blockCount = block + 1;
}

qsizetype TextLines::lineAt(qsizetype offset) const
{
    auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), offset,
        [](qsizetype value, const TextLine& line) { return value < line.start; });
    return std::max<qsizetype>(0, (it - m_lines.cbegin()) - 1);
}

QList<qsizetype> TextLines::blockLines(int block) const
{
    // Looked up, not searched for: rules ask for the paragraph of every line they read.
    QList<qsizetype> out;
    if (block < 0 || block >= m_blockCount)
        return out;
    for (qsizetype i = m_blockFirst.at(block); i < m_blockEnd.at(block); ++i)
        out.append(i);
    return out;
}

QString TextLines::blockText(int block) const
{
    QStringList parts;
    for (const auto i : blockLines(block))
        parts.append(m_lines.at(i).content);
    return parts.join(QLatin1Char(' '));
}

} // namespace littoral::core
