// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chronology/chronologyfile.h"

namespace littoral::core::chronologyfile {

// PLACEHOLDER: the chronology-data part implements these.
Result<ChronologyReading> read(const QByteArray&, ChronologyFormat) { return ChronologyReading {}; }
Result<ChronologyReading> readFile(const QString&) { return ChronologyReading {}; }
QByteArray toCsv(const QList<ChronologyEvent>&) { return {}; }
QByteArray toJson(const QList<ChronologyEvent>&) { return {}; }

const QList<ChronologyEvent>& bundled()
{
    static const QList<ChronologyEvent> none;
    return none;
}

} // namespace littoral::core::chronologyfile
