// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tst_durability: opens a corpus through CorpusSession and corrects titles, one
// change per edit, printing "committed <change id> <document id> <title>" once each method has
// returned; then it prints "done" and waits to be killed.
//   littoral-sessionwriter DB EDITS
#include "core/db/documentrepository.h"
#include "core/session/corpussession.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace littoral::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: littoral-sessionwriter DB EDITS\n");
        return 1;
    }
    const int edits = args[2].toInt();
    auto session = CorpusSession::open(args[1]);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable((session.error().detail)));
        return 2;
    }
    QList<qint64> ids;
    const auto listed = DocumentRepository(session.value()->database()).forEachRef([&](const DocumentRef& ref) { ids.append(ref.id); });
    if (!listed || ids.isEmpty()) {
        std::fprintf(stderr, "no document\n");
        return 2;
    }
    for (int i = 0; i < edits; ++i) {
        const qint64 id = ids[i % ids.size()];
        const QString title = QStringLiteral("Corrected title %1").arg(i + 1);
        auto change = session.value()->setField(id, DocumentField::Title, title);
        if (!change || change->id == 0) {
            std::fprintf(stderr, "edit %d failed: %s\n", i + 1, change ? "nothing recorded" : qPrintable(change.error().detail));
            return 2;
        }
        std::printf("committed %lld %lld %s\n", change->id, id, qPrintable(title));
        std::fflush(stdout);
    }
    std::printf("done\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}
