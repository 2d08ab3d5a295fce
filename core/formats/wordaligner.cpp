// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/wordaligner.h"

namespace littoral::core {

// PLACEHOLDER (helper "import")
QString WordAligner::joinedText(const QList<ReadPage>&) { return {}; }
QList<DocumentPage> WordAligner::align(const QList<ReadPage>&, const QString&) { return {}; }
double WordAligner::confidenceOver(const QList<DocumentPage>&, qsizetype, qsizetype) { return 1.0; }

} // namespace littoral::core
