// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace littoral::core {

// The stretches of a text where a family of date patterns can match, found in one pass over its
// words. Every match of a date pattern holds a whole word or number that its family needs (a month
// name, a season, "aujourd'hui", a run of digits), and reads only a few characters around it apart
// from whitespace. So each pattern is run on these stretches instead of the whole text, with the
// same matches: ten scans of every letter became one scan and a few short ones.
class DateAnchors final {
public:
    enum class Family { Month, Season, Relative, Digits };
    struct Stretch {
        qsizetype begin = 0;
        qsizetype end = 0; // before whitespace or at the text's end: never inside a word
    };

    // Within `reach` non-space characters before and after each word a stretch reaches (whitespace
    // is free: the patterns' only unbounded repeats are of whitespace).
    explicit DateAnchors(QStringView text, qsizetype reach = 32);

    // Sorted and disjoint: every match of a pattern of that family lies inside one of them.
    const QList<Stretch>& stretches(Family family) const { return m_stretches[int(family)]; }
    // The characters read to find them (ExtractionBudget::examine): in proportion to the text.
    qsizetype charactersRead() const { return m_read; }

private:
    void add(Family family, qsizetype wordBegin, qsizetype wordEnd);

    QStringView m_text;
    qsizetype m_reach;
    // [m_runFrom, m_runEnd): no space in it, and a space or the text's end at m_runEnd.
    qsizetype m_runFrom = 0;
    qsizetype m_runEnd = 0;
    qsizetype m_read = 0;
    QList<Stretch> m_stretches[4];
};

} // namespace littoral::core
