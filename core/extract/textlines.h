// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace littoral::core {

// One line of a stored text: where it sits and its content without markdown emphasis, list bullets
// and surrounding blanks ("**Camille BLANC,  " -> "Camille BLANC,"), so rules can read it plainly.
struct TextLine {
    qsizetype start = 0;       // offset of the line in the text
    qsizetype length = 0;      // raw length, without the newline
    qsizetype contentStart = 0; // offset of `content` in the text
    QString content;           // trimmed, markers removed (only at the ends: inner text is left as is)
    bool bulleted = false;     // started with "-", "•", "*", "–"
    int block = -1;            // index of the paragraph (run of non-blank lines) it belongs to
    bool isBlank() const { return content.isEmpty(); }
};

// The text cut into lines and paragraphs. Built once per document; read by every rule.
class TextLines final {
public:
    explicit TextLines(const QString& text);

    const QString& text() const { return m_text; }
    const QList<TextLine>& lines() const { return m_lines; }
    qsizetype size() const { return m_lines.size(); }
    const TextLine& at(qsizetype i) const { return m_lines.at(i); }
    int blockCount() const { return m_blockCount; }
    // Index of the line holding a text offset.
    qsizetype lineAt(qsizetype offset) const;
    // The paragraph's lines joined with single spaces.
    QString blockText(int block) const;
    QList<qsizetype> blockLines(int block) const;
    // The paragraph's lines are [blockFirstLine, blockEndLine).
    qsizetype blockFirstLine(int block) const { return m_blockFirst.at(block); }
    qsizetype blockEndLine(int block) const { return m_blockEnd.at(block); }

private:
    QString m_text;
    QList<TextLine> m_lines;
    QList<qsizetype> m_blockFirst; // a paragraph's lines are consecutive: its first line
    QList<qsizetype> m_blockEnd;   // and one past its last
    int m_blockCount = 0;
};

} // namespace littoral::core
