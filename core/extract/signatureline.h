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
    QList<Column> columns;  // what is left to read as names, one per signatory side by side; none when empty
    bool delegated = false; // the signer signs for someone else: the office below, or the name that follows
    QString office;         // "le directeur" of "P/O le directeur,", empty when the delegation names none

    static SignatureLine read(const QString& content);
};

} // namespace littoral::core
