// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace littoral::core {

// One schema step: the statements that take a database from version - 1 to version. Every pending
// step runs in one write transaction that also sets PRAGMA user_version.
struct Migration {
    int version = 0;
    QStringList statements;
    // A query answering 1 when the step's objects are already in the file. Two writers racing through
    // the migrations (before they ran under one lock) could leave user_version behind the schema, e.g.
    // at 2 with version 4's objects; such a file is repaired by counting these steps as done. Empty:
    // the step always runs.
    QString appliedProbe;
    // Run after the statements, in the same transaction, for what SQL text alone cannot say (a value
    // read from the file first, as PRAGMA schema_version). Empty: nothing more.
    std::function<Result<void>(QSqlDatabase& db)> afterStatements {};
};

// Every step in order; the last one's version is Database::kSchemaVersion. Steps are never edited
// once released: a change to the schema is a new step.
const QList<Migration>& migrations();

} // namespace littoral::core
