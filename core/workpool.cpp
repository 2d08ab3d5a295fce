// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workpool.h"

#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace littoral::core {
namespace {

const QString& backgroundName()
{
    static const QString name = QStringLiteral("littoral-background");
    return name;
}

// A nice value (Linux schedules each thread by its own): weighed about ten times less than the writer.
// QThread::setPriority() changes nothing under Linux's default policy but for IdlePriority, which
// would leave an import without a core while any other program is busy.
constexpr int kBackgroundNice = 10;

} // namespace

QThreadPool* workPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // deliberately never destroyed: jobs may outlive main()'s objects
        p->setMaxThreadCount(QThread::idealThreadCount());
        p->setObjectName(QStringLiteral("littoral-work"));
        return p;
    }();
    return pool;
}

QThreadPool* backgroundPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // never destroyed, as workPool()
        p->setMaxThreadCount(QThread::idealThreadCount());
        p->setObjectName(backgroundName()); // its threads' name, which runInBackground() checks
        return p;
    }();
    return pool;
}

void runInBackground()
{
    static thread_local bool lowered = false;
    if (lowered || QThread::currentThread()->objectName() != backgroundName())
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    ::setpriority(PRIO_PROCESS, ::gettid(), kBackgroundNice);
#endif
}

} // namespace littoral::core
