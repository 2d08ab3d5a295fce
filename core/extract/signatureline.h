// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace littoral::core {

// One line of a signature block, read for who signs on it: the marks of signing ("(signé)", "Signed:")
// and of delegation ("P/O le directeur,", "pp.", "Pour le Préfet et par délégation,") set apart, and
// signatories written side by side (separated by a tab or by two or more spaces) cut into columns.
struct SignatureLine {
    struct Column {
        QString text;
        qsizetype offset = 0; // in the line's content
    };
    QList<Column> columns;  // what is left to read as names, cut at every gap; none when empty
    bool delegated = false; // the signer signs for someone else: the office below, or the name that follows
    QString office;         // "le directeur" of "P/O le directeur,", empty when the delegation names none

    // The widths of the gaps between the columns, narrowest first, each once; a tab counts as wide.
    QList<int> gapWidths() const;
    // The columns cut only at gaps at least `width` wide: "Jeanne  MARTIN        Paul  DURAND" cut at 8
    // gives two signatories, not four words.
    QList<Column> columnsAt(int width) const;
    // All that is left as one piece, its gaps closed up ("Maria José  GARCÍA LÓPEZ").
    QString whole() const;

    static SignatureLine read(const QString& content);

private:
    QString m_content;
    QList<int> m_gaps; // width of the gap after each column but the last
};

} // namespace littoral::core
