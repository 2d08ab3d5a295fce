// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/messagemoves.h"

#include <QSet>

#include <algorithm>

namespace littoral::core {
namespace {

// N of "PATH#N", or 0 when the path is not one of the mbox's messages (an attachment "PATH#N/x.pdf").
int messageNumber(const QString& path, const QString& prefix)
{
    if (!path.startsWith(prefix))
        return 0;
    bool ok = false;
    const int number = QStringView(path).sliced(prefix.size()).toInt(&ok);
    return ok && number > 0 ? number : 0;
}

} // namespace

QList<SourceMove> MessageMoves::plan(const Mbox& mbox, const QHash<QString, QByteArray>& stored)
{
    const QString prefix = mbox.path + QLatin1Char('#');
    QHash<int, QByteArray> storedAt; // number → digest
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (const int number = messageNumber(it.key(), prefix))
            storedAt.insert(number, it.value());
    }
    if (storedAt.isEmpty())
        return {};
    const int count = int(mbox.digests.size());
    const auto at = [&](int number) { return number <= count ? mbox.digests.at(number - 1) : QByteArray(); };

    // Positions whose stored message is still there stay; the others are free for moved messages.
    QHash<QByteArray, QList<int>> freePositions; // digest → its positions (ascending) not yet taken
    for (int number = 1; number <= count; ++number) {
        if (storedAt.value(number) != at(number))
            freePositions[at(number)].append(number);
    }
    QList<int> numbers = storedAt.keys();
    std::sort(numbers.begin(), numbers.end());

    QHash<int, int> target; // old number → new number
    QSet<int> taken;
    for (const int number : std::as_const(numbers)) {
        const QByteArray& digest = storedAt.value(number);
        if (digest == at(number))
            continue; // in its place
        auto free = freePositions.find(digest);
        if (free == freePositions.end() || free->isEmpty())
            continue; // changed in place, or gone: settled as a file is, unless displaced below
        target.insert(number, free->takeFirst());
        taken.insert(target.value(number));
    }
    if (target.isEmpty())
        return {};
    // Stored messages sitting where a moved one goes, and not moving themselves: past the end.
    int spare = std::max(count, numbers.constLast());
    for (const int number : std::as_const(numbers)) {
        if (taken.contains(number) && !target.contains(number))
            target.insert(number, ++spare);
    }

    QList<SourceMove> moves;
    for (const int number : std::as_const(numbers)) {
        const auto to = target.constFind(number);
        if (to == target.cend())
            continue;
        const QString from = QLatin1Char('#') + QString::number(number);
        const QString into = QLatin1Char('#') + QString::number(*to);
        moves.append({ mbox.path + from, mbox.path + into, mbox.source + from, mbox.source + into });
    }
    return moves;
}

} // namespace littoral::core
