// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/story.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace littoral::core {
namespace {

const QLatin1String kFormat("littoral-story/1");

QString text(const QJsonObject& object, const char* key) { return object.value(QLatin1String(key)).toString(); }

} // namespace

QJsonObject StoryStep::toJson() const
{
    QJsonObject object;
    if (!caption.isEmpty())
        object.insert(QStringLiteral("caption"), caption);
    if (const QJsonObject f = filter.toJson(); !f.isEmpty())
        object.insert(QStringLiteral("filter"), f);
    if (!document.isEmpty())
        object.insert(QStringLiteral("document"), document);
    if (!chronologyEvent.isEmpty())
        object.insert(QStringLiteral("event"), chronologyEvent);
    if (zoomFrom.isValid() && zoomTo.isValid())
        object.insert(QStringLiteral("zoom"),
            QJsonObject { { QStringLiteral("from"), zoomFrom.toString(Qt::ISODate) }, { QStringLiteral("to"), zoomTo.toString(Qt::ISODate) } });
    QJsonArray views;
    if (showTimeline)
        views.append(QStringLiteral("timeline"));
    if (showGraph)
        views.append(QStringLiteral("graph"));
    if (showReader)
        views.append(QStringLiteral("reader"));
    object.insert(QStringLiteral("views"), views);
    return object;
}

StoryStep StoryStep::fromJson(const QJsonObject& object)
{
    StoryStep step;
    step.caption = text(object, "caption");
    step.filter = DocumentFilter::fromJson(object.value(QLatin1String("filter")).toObject());
    step.document = text(object, "document");
    step.chronologyEvent = text(object, "event");
    const QJsonObject zoom = object.value(QLatin1String("zoom")).toObject();
    step.zoomFrom = QDate::fromString(text(zoom, "from"), Qt::ISODate);
    step.zoomTo = QDate::fromString(text(zoom, "to"), Qt::ISODate);
    if (!step.zoomFrom.isValid() || !step.zoomTo.isValid() || step.zoomTo < step.zoomFrom)
        step.zoomFrom = step.zoomTo = QDate();
    if (object.contains(QLatin1String("views"))) {
        const QJsonArray views = object.value(QLatin1String("views")).toArray();
        step.showTimeline = views.contains(QStringLiteral("timeline"));
        step.showGraph = views.contains(QStringLiteral("graph"));
        step.showReader = views.contains(QStringLiteral("reader"));
        if (!step.showTimeline && !step.showGraph && !step.showReader)
            step.showTimeline = true; // a step shows at least one view
    }
    return step;
}

QString Story::newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QJsonObject Story::toJson() const
{
    QJsonArray array;
    for (const StoryStep& step : steps)
        array.append(step.toJson());
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), title }, { QStringLiteral("steps"), array } };
}

Story Story::fromJson(const QJsonObject& object)
{
    Story story;
    story.id = text(object, "id");
    story.title = text(object, "title");
    for (const QJsonValue& step : object.value(QLatin1String("steps")).toArray())
        story.steps.append(StoryStep::fromJson(step.toObject()));
    return story;
}

QByteArray Story::toFile(const QString& corpusName) const
{
    const QJsonObject file { { QStringLiteral("format"), kFormat }, { QStringLiteral("corpus"), corpusName },
        { QStringLiteral("story"), toJson() } };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<Story> Story::fromFile(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::InvalidInput, tr("This is not a story file: %1.").arg(error.errorString()));
    const QJsonObject file = document.object();
    const QString format = text(file, "format");
    if (format != kFormat)
        return fail(ErrorCode::InvalidInput,
            format.isEmpty() ? tr("This is not a story file (it has no “format”).")
                             : tr("This story file is in the format “%1”, which this version of Littoral cannot read.").arg(format));
    Story story = fromJson(file.value(QLatin1String("story")).toObject());
    if (story.id.isEmpty())
        story.id = newId();
    return story;
}

} // namespace littoral::core
