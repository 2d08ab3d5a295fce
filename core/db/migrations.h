// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace littoral::core {

// One schema step: the statements that take a database from version - 1 to version, run in one
// transaction that also sets PRAGMA user_version.
struct Migration {
    int version = 0;
    QStringList statements;
};

// Every step in order; the last one's version is Database::kSchemaVersion. Steps are never edited
// once released: a change to the schema is a new step.
const QList<Migration>& migrations();

} // namespace littoral::core
