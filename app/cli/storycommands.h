// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/story.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;

namespace littoral::core {
class CorpusSession;
}

namespace littoral::cli {

// The options the story commands read, parsed by main.cpp's one QCommandLineParser.
struct StoryOptions {
    QString db;
    bool json = false;
    QString story; // story-export: an id or a title
    std::optional<QString> output; // story-export: the file (standard output without it)
};

// littoral-cli stories / story-export / story-import: the corpus's stories listed, one written as an
// exchange file (littoral-story/1), a file imported as one undoable change (core::importStory) with
// what the corpus lacks printed. Exit codes: 0 ok (also when some names are not in the corpus), 1 usage,
// unknown story or unreadable file, 2 database error. Main thread of the CLI.
class StoryCommands final {
public:
    StoryCommands(QTextStream& out, QTextStream& err);
    ~StoryCommands();
    StoryCommands(const StoryCommands&) = delete;
    StoryCommands& operator=(const StoryCommands&) = delete;

    static bool isStoryCommand(const QString& command);
    // The lines --help adds for these commands, in the interface language.
    static QString usage();
    // `args` are the positional arguments after the command's name.
    int run(const QString& command, const QStringList& args, const StoryOptions& options);

private:
    int list(bool json);
    int exportStory(const StoryOptions& options);
    int importStory(const QString& path, bool json);

    // The one story `idOrTitle` names (its id, else its exact title), or the exit code after a message.
    [[nodiscard]] std::optional<core::Story> story(const QString& idOrTitle, int* exitCode);
    int fail(const core::Error& error);
    int usage(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<core::CorpusSession> m_session;
    QString m_db;
};

} // namespace littoral::cli
