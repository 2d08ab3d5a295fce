// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/messagemoves.h"

#include <QSet>

#include <algorithm>

namespace littoral::core {
namespace {

// N of "PATH#N" or of an attachment's "PATH#N/scan.pdf"; 0 when the path is none of the mbox's.
int messageNumber(const QString& path, const QString& prefix)
{
    if (!path.startsWith(prefix))
        return 0;
    QStringView rest = QStringView(path).sliced(prefix.size());
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0)
        rest = rest.first(slash);
    bool ok = false;
    const int number = rest.toInt(&ok);
    return ok && number > 0 ? number : 0;
}

// K of a message parked as "PATH#deleted-K" (or one of its attachments); 0 otherwise.
int deletedNumber(const QString& path, const QString& prefix)
{
    return messageNumber(path, prefix + QLatin1String(MessageMoves::kDeleted));
}

} // namespace

QList<SourceMove> MessageMoves::plan(const Mbox& mbox, const QHash<QString, QByteArray>& stored)
{
    const QString prefix = mbox.path + QLatin1Char('#');
    // Every number holding rows: a message's digest, or none when only its attachments are left.
    QHash<int, QByteArray> storedAt;
    int lastDeleted = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (const int number = messageNumber(it.key(), prefix)) {
            const bool isMessage = it.key().size() == prefix.size() + QString::number(number).size();
            if (isMessage)
                storedAt.insert(number, it.value());
            else if (!storedAt.contains(number))
                storedAt.insert(number, QByteArray());
        }
        lastDeleted = std::max(lastDeleted, deletedNumber(it.key(), prefix));
    }
    if (storedAt.isEmpty())
        return {};
    const int count = int(mbox.digests.size());
    const auto at = [&](int number) { return number <= count ? mbox.digests.at(number - 1) : QByteArray(); };

    // Positions whose stored message is still there stay; the others are free for moved messages.
    QHash<QByteArray, QList<int>> freePositions; // digest → its positions (ascending) not yet taken
    for (int number = 1; number <= count; ++number) {
        if (at(number).isEmpty() || storedAt.value(number) != at(number))
            freePositions[at(number)].append(number);
    }
    QList<int> numbers = storedAt.keys();
    std::sort(numbers.begin(), numbers.end());

    QHash<int, QString> target; // old number → new place ("#2", "#deleted-1")
    QSet<int> taken;
    for (const int number : std::as_const(numbers)) {
        const QByteArray& digest = storedAt.value(number);
        if (digest.isEmpty() || digest == at(number))
            continue; // in its place, or only attachments left
        auto free = freePositions.find(digest);
        if (free == freePositions.end() || free->isEmpty())
            continue; // changed in place, or gone: settled as a file is, unless displaced below
        const int into = free->takeFirst();
        target.insert(number, QString::number(into));
        taken.insert(into);
    }
    if (target.isEmpty())
        return {};
    // Rows sitting where a moved message goes, and not moving themselves: parked under a name no
    // message position takes, where the import reports them gone (a number past the end would be
    // the next appended message's).
    for (const int number : std::as_const(numbers)) {
        if (taken.contains(number) && !target.contains(number))
            target.insert(number, QLatin1String(kDeleted) + QString::number(++lastDeleted));
    }

    QList<SourceMove> moves;
    for (const int number : std::as_const(numbers)) {
        const auto to = target.constFind(number);
        if (to == target.cend())
            continue;
        const QString from = QLatin1Char('#') + QString::number(number);
        const QString into = QLatin1Char('#') + *to;
        moves.append({ mbox.path + from, mbox.path + into, mbox.source + from, mbox.source + into });
    }
    return moves;
}

} // namespace littoral::core
