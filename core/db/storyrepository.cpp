// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/storyrepository.h"

#include "core/db/database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace littoral::core {

StoryRepository::StoryRepository(Database& database)
    : m_statements(database)
{
}

Result<QList<Story>> StoryRepository::all()
{
    auto query = m_statements.exec(QStringLiteral("SELECT story FROM stories ORDER BY title, id"));
    if (!query)
        return std::unexpected(query.error());
    QList<Story> stories;
    while ((*query)->next())
        stories.append(Story::fromJson(QJsonDocument::fromJson((*query)->value(0).toByteArray()).object()));
    (*query)->finish();
    return stories;
}

Result<std::optional<Story>> StoryRepository::find(const QString& id)
{
    auto query = m_statements.exec(QStringLiteral("SELECT story FROM stories WHERE id = ?"), { id });
    if (!query)
        return std::unexpected(query.error());
    std::optional<Story> story;
    if ((*query)->next())
        story = Story::fromJson(QJsonDocument::fromJson((*query)->value(0).toByteArray()).object());
    (*query)->finish();
    return story;
}

Result<void> StoryRepository::put(const Story& story)
{
    if (story.id.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A story needs an id."));
    auto query = m_statements.exec(
        QStringLiteral("INSERT INTO stories (id, title, story, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET title = excluded.title, story = excluded.story, updated_at = excluded.updated_at"),
        { story.id, StatementCache::text(story.title), QString::fromUtf8(QJsonDocument(story.toJson()).toJson(QJsonDocument::Compact)),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<void> StoryRepository::remove(const QString& id)
{
    auto query = m_statements.exec(QStringLiteral("DELETE FROM stories WHERE id = ?"), { id });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<void> StoryRepository::replay(const Change& change, bool inverse)
{
    if (change.kind != ChangeKind::SetStory)
        return fail(ErrorCode::InvalidInput, QStringLiteral("Change %1 is not a story change.").arg(change.id));
    const QJsonObject& side = inverse ? change.before : change.after;
    if (side.contains(QLatin1String("story")))
        return put(Story::fromJson(side.value(QLatin1String("story")).toObject()));
    return remove(side.value(QLatin1String("id")).toString());
}

} // namespace littoral::core
