// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storycommands.h"

#include "core/domain/story.h"
#include "core/models/storyimport.h"
#include "core/session/corpussession.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace littoral::cli {
namespace {

using core::ErrorCode;
using core::Story;
using core::StoryImportGap;

enum Exit { Ok = 0, Unknown = 1, DatabaseFailure = 2 };

const QStringList kCommands
    = { QStringLiteral("stories"), QStringLiteral("story-export"), QStringLiteral("story-import") };

// What the user got wrong (a name, a file) exits 1; anything the database did exits 2.
bool isUserError(ErrorCode code)
{
    return code == ErrorCode::InvalidInput || code == ErrorCode::NotFound || code == ErrorCode::Io;
}

QString kindName(StoryImportGap::Kind kind)
{
    switch (kind) {
    case StoryImportGap::Kind::Document:
        return QStringLiteral("document");
    case StoryImportGap::Kind::Correspondent:
        return QStringLiteral("correspondent");
    case StoryImportGap::Kind::ChronologyEvent:
        return QStringLiteral("event");
    }
    return {};
}

} // namespace

StoryCommands::StoryCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

StoryCommands::~StoryCommands() = default;

bool StoryCommands::isStoryCommand(const QString& command)
{
    return kCommands.contains(command);
}

QString StoryCommands::usage()
{
    return QCoreApplication::translate("littoral-cli",
        "Stories (the corpus's presentations, exchanged as JSON files):\n"
        "  littoral-cli stories --db FILE [--json]\n"
        "  littoral-cli story-export --db FILE --story ID|TITLE [-o FILE.json]\n"
        "  littoral-cli story-import --db FILE FILE.json [--json]");
}

int StoryCommands::run(const QString& command, const QStringList& args, const StoryOptions& options)
{
    m_db = options.db;
    if (command == QLatin1String("story-import") && args.size() != 1)
        return usage(QCoreApplication::translate("littoral-cli", "story-import needs one story file."));
    if (command != QLatin1String("story-import") && !args.isEmpty())
        return usage(
            QCoreApplication::translate("littoral-cli", "%1 takes no positional argument.").arg(command));
    if (command == QLatin1String("story-export") && options.story.isEmpty())
        return usage(QCoreApplication::translate("littoral-cli", "story-export needs --story ID|TITLE."));
    // CorpusSession::open creates a missing corpus: a typo in --db must not leave an empty one behind.
    if (!QFileInfo::exists(m_db))
        return fail({ ErrorCode::DatabaseOpen,
            QCoreApplication::translate("littoral-cli", "no corpus at %1 (import a folder into it first).")
                .arg(m_db) });
    auto session = core::CorpusSession::open(m_db);
    if (!session)
        return fail(
            { session.error().code == ErrorCode::NotFound ? ErrorCode::DatabaseOpen : session.error().code,
                session.error().detail });
    m_session = std::move(*session);

    if (command == QLatin1String("stories"))
        return list(options.json);
    if (command == QLatin1String("story-export"))
        return exportStory(options);
    return importStory(args.first(), options.json);
}

int StoryCommands::list(bool json)
{
    const auto stories = m_session->stories();
    if (!stories)
        return fail(stories.error());
    if (json) {
        QJsonArray array;
        for (const Story& story : *stories)
            array.append(
                QJsonObject { { QStringLiteral("id"), story.id }, { QStringLiteral("title"), story.title },
                    { QStringLiteral("steps"), qint64(story.steps.size()) } });
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (stories->isEmpty()) {
        m_out << QCoreApplication::translate("littoral-cli", "No story in %1.").arg(m_db) << '\n';
        return Ok;
    }
    // One line per story, by title: its id (what --story takes), its title, its steps.
    for (const Story& story : *stories)
        m_out << story.id << "  " << story.title << "  "
              << QCoreApplication::translate("littoral-cli", "(%n step(s))", nullptr, int(story.steps.size()))
              << '\n';
    return Ok;
}

std::optional<Story> StoryCommands::story(const QString& idOrTitle, int* exitCode)
{
    const auto stories = m_session->stories();
    if (!stories) {
        *exitCode = fail(stories.error());
        return std::nullopt;
    }
    QList<Story> titled;
    for (const Story& story : *stories) {
        if (story.id == idOrTitle)
            return story;
        if (story.title == idOrTitle)
            titled.append(story);
    }
    if (titled.size() == 1)
        return titled.first();
    *exitCode = titled.isEmpty()
        ? fail({ ErrorCode::NotFound,
            QCoreApplication::translate(
                "littoral-cli", "no story is called %1 in this corpus (littoral-cli stories lists them).")
                .arg(idOrTitle) })
        : fail({ ErrorCode::InvalidInput,
            QCoreApplication::translate("littoral-cli",
                "%n stories are called %1: give the id (littoral-cli stories lists them).", nullptr,
                int(titled.size()))
                .arg(idOrTitle) });
    return std::nullopt;
}

int StoryCommands::exportStory(const StoryOptions& options)
{
    int exitCode = Ok;
    const std::optional<Story> found = story(options.story, &exitCode);
    if (!found)
        return exitCode;
    const QByteArray bytes = found->toFile(QFileInfo(m_db).completeBaseName());
    if (!options.output) {
        m_out << QString::fromUtf8(bytes);
        return Ok;
    }
    // All or nothing: a colleague never receives half a story.
    QSaveFile file(*options.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail({ ErrorCode::Io,
            QCoreApplication::translate("littoral-cli", "cannot write %1: %2")
                .arg(*options.output, file.errorString()) });
    m_out << QCoreApplication::translate("littoral-cli", "Story “%1” written to %2.")
                 .arg(found->title, *options.output)
          << '\n';
    return Ok;
}

int StoryCommands::importStory(const QString& path, bool json)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail({ ErrorCode::Io,
            QCoreApplication::translate("littoral-cli", "cannot read %1: %2")
                .arg(path, file.errorString()) });
    const auto imported = core::importStory(*m_session, file.readAll());
    if (!imported)
        return fail(imported.error());
    if (json) {
        QJsonArray gaps;
        for (const StoryImportGap& gap : imported->gaps)
            gaps.append(QJsonObject { { QStringLiteral("step"), gap.step },
                { QStringLiteral("kind"), kindName(gap.kind) }, { QStringLiteral("name"), gap.name },
                { QStringLiteral("message"), gap.message() } });
        const QJsonObject object { { QStringLiteral("id"), imported->story.id },
            { QStringLiteral("title"), imported->story.title },
            { QStringLiteral("steps"), qint64(imported->story.steps.size()) },
            { QStringLiteral("new_id"), imported->newId }, { QStringLiteral("change"), imported->change.id },
            { QStringLiteral("unresolved"), gaps } };
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Ok;
    }
    m_out << QCoreApplication::translate(
        "littoral-cli", "Imported story “%1” (%2), %n step(s).", nullptr, int(imported->story.steps.size()))
                 .arg(imported->story.title, imported->story.id)
          << '\n';
    if (imported->newId)
        m_out << QCoreApplication::translate("littoral-cli",
            "This corpus already had a story with the file's id: the imported one has a new id.")
              << '\n';
    if (!imported->gaps.isEmpty()) {
        m_out << QCoreApplication::translate("littoral-cli", "Not in this corpus (the steps show the rest):")
              << '\n';
        for (const StoryImportGap& gap : imported->gaps)
            m_out << "  " << gap.message() << '\n';
    }
    return Ok;
}

int StoryCommands::fail(const core::Error& error)
{
    m_err << "littoral-cli: " << error.detail << '\n';
    return isUserError(error.code) ? Unknown : DatabaseFailure;
}

int StoryCommands::usage(const QString& message)
{
    m_err << "littoral-cli: " << message << '\n'
          << QCoreApplication::translate("littoral-cli", "Try 'littoral-cli --help'.") << '\n';
    return Unknown;
}

} // namespace littoral::cli
