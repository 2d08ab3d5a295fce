// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/statementcache.h"
#include "core/domain/change.h"
#include "core/domain/story.h"
#include "core/result.h"

#include <QList>

#include <optional>

namespace littoral::core {

class Database;

// The corpus's stories (table `stories`), each kept whole as JSON. Written only by CorpusSession
// through the change log (ChangeKind::SetStory). Thread of its Database, which must outlive it.
class StoryRepository final {
public:
    explicit StoryRepository(Database& database);

    // Ordered by title (then id).
    [[nodiscard]] Result<QList<Story>> all();
    [[nodiscard]] Result<std::optional<Story>> find(const QString& id);
    // Inserts or replaces the story with `story.id`.
    [[nodiscard]] Result<void> put(const Story& story);
    [[nodiscard]] Result<void> remove(const QString& id);
    // Makes a SetStory change take effect: its `after` side (its `before` when inverse) is written.
    [[nodiscard]] Result<void> replay(const Change& change, bool inverse);

private:
    StatementCache m_statements;
};

} // namespace littoral::core
