// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/extract/extractionbudget.h"
#include "core/extract/personname.h"
#include "core/extract/textlines.h"

#include <functional>
#include <optional>
#include <utility>

namespace littoral::core {

// Reads a letter's copy lists ("Copie à : …", "cc: …", "A copy of this letter has been sent to …"),
// written inline, wrapped over lines or one entry per line below, into participants in copy.
// One per extraction, on its thread; part of ParticipantExtractor.
class CopyListReader final {
public:
    // A person named on a piece of text, with the function written before the name
    // ("le Sous-préfet Jean Dupont"): the participant extractor's rule, shared with its other readers.
    using PersonReader = std::function<std::optional<std::pair<PersonName, QString>>(const QString&)>;

    CopyListReader(const TextLines& lines, ExtractionBudget& budget, PersonReader personOnLine);

    // Every entry of every copy list from line `from` on, in the order written. Stops when the
    // budget is spent: what was read until then is returned. A list among the heading's fields (a
    // marker above `headingEnd`) needs its colon ("Cc:", "Copie :"), and ends at the heading's end
    // or at the date line (`dateLine`, -1 when none) below it.
    QList<Participant> read(qsizetype from, qsizetype headingEnd = 0, qsizetype dateLine = -1) const;

private:
    struct Entry; // one piece of a list, read once
    // How a piece is joined to the one before it: a comma binds an entry to its function or organisation,
    // a semicolon or a new line separates entries.
    enum class Joint { None, Comma, Conjunction, Separator };
    struct Span {
        qsizetype start = 0;
        qsizetype end = 0;
        Joint joint = Joint::None;
    };

    qsizetype gather(qsizetype copyLine, qsizetype markerEnd, qsizetype limit, QString& list) const;
    QList<Span> split(const QString& list) const;
    Entry entryAt(const QString& list, const QList<Span>& spans, qsizetype k) const;
    bool readList(const QString& list, qsizetype copyLine, qsizetype listEnd, QList<Participant>& out) const;
    Evidence evidenceOf(const QString& piece, qsizetype& cursor, qsizetype regionEnd, qsizetype copyLine) const;

    const TextLines& m_lines;
    ExtractionBudget& m_budget;
    PersonReader m_personOnLine;
};

} // namespace littoral::core
