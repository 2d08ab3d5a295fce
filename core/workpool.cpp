// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workpool.h"

#include <QThread>
#include <QThreadPool>

namespace littoral::core {

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

} // namespace littoral::core
