// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/documentrepository.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace littoral::core {

// A message's source is its position in its mbox ("2016.mbox#4"), so deleting one message renumbers
// every later one. Matched by their bytes' digest, the stored messages follow their new positions:
// each keeps its id, its corrections and its attachments instead of showing as a duplicate of itself.
// A stored message whose place another one takes and whose bytes are no longer in the mbox is parked
// as "FILE.mbox#deleted-K", where the import reports it gone (the user removes it, as for any vanished
// file). A message that changed in place keeps its number and is updated as a file is.
class MessageMoves final {
public:
    static constexpr const char* kDeleted = "deleted-";

    struct Mbox {
        QString path; // "/abs/2016.mbox": messages are path + "#N"
        QString source; // "2016.mbox"
        QList<QByteArray> digests; // of each message now in it, in order
    };

    // `stored` is every stored path → digest (only the mbox's own rows "PATH#N", "PATH#N/…" are looked
    // at). The moves' sources are built from `Mbox::source`.
    static QList<SourceMove> plan(const Mbox& mbox, const QHash<QString, QByteArray>& stored);
};

} // namespace littoral::core
