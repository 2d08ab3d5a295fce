// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curationcommands.h"

#include "core/db/correspondentrepository.h"
#include "core/domain/correspondentkey.h"
#include "core/session/corpussession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace littoral::cli {
namespace {

using core::Change;
using core::ErrorCode;

enum Exit { Ok = 0, Unknown = 1, DatabaseFailure = 2 };

const QStringList kCommands = { QStringLiteral("set"), QStringLiteral("participant"), QStringLiteral("merge"),
    QStringLiteral("split"), QStringLiteral("review"), QStringLiteral("history"), QStringLiteral("undo"),
    QStringLiteral("redo") };

// What the user got wrong (a name, a value) exits 1; anything the database did exits 2.
bool isUserError(ErrorCode code)
{
    return code == ErrorCode::InvalidInput || code == ErrorCode::NotFound;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject changeJson(const Change& change)
{
    return QJsonObject {
        { QStringLiteral("id"), change.id },
        { QStringLiteral("at"), change.at.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("user"), change.user },
        { QStringLiteral("kind"), core::changeKindName(change.kind) },
        { QStringLiteral("origin"), core::changeOriginName(change.origin) },
        { QStringLiteral("source"), textOrNull(change.source) },
        { QStringLiteral("before"), change.before },
        { QStringLiteral("after"), change.after },
        { QStringLiteral("reverts"), change.reverts != 0 ? QJsonValue(change.reverts) : QJsonValue() },
        { QStringLiteral("active"), change.active },
        { QStringLiteral("attention"), textOrNull(change.attention) },
    };
}

} // namespace

CurationCommands::CurationCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

CurationCommands::~CurationCommands() = default;

bool CurationCommands::isCurationCommand(const QString& command)
{
    return kCommands.contains(command);
}

int CurationCommands::run(const QString& command, const QStringList& args, const CurationOptions& options)
{
    m_db = options.db;
    // CorpusSession::open creates a missing corpus: a typo in --db must not leave an empty one behind.
    if (!QFileInfo::exists(m_db))
        return fail({ ErrorCode::DatabaseOpen, QCoreApplication::translate("littoral-cli", "no corpus at %1 (import a folder into it first).").arg(m_db) });
    auto session = core::CorpusSession::open(m_db);
    if (!session)
        return fail({ session.error().code == ErrorCode::NotFound ? ErrorCode::DatabaseOpen : session.error().code,
            session.error().detail });
    m_session = std::move(*session);

    if (command == QLatin1String("set"))
        return set(args);
    if (command == QLatin1String("participant"))
        return participant(args, options);
    if (command == QLatin1String("merge"))
        return merge(args, options);
    if (command == QLatin1String("split"))
        return split(args, options);
    if (command == QLatin1String("review"))
        return review(args);
    if (command == QLatin1String("history")) {
        if (!args.isEmpty())
            return usage(QCoreApplication::translate("littoral-cli", "history takes no positional argument."));
        return history(options.json);
    }
    if (command == QLatin1String("undo") || command == QLatin1String("redo")) {
        if (!args.isEmpty())
            return usage(QCoreApplication::translate("littoral-cli", "%1 takes no positional argument (--steps N undoes several).").arg(command));
        return undoOrRedo(command == QLatin1String("redo"), options);
    }
    return usage(QCoreApplication::translate("littoral-cli", "unknown command '%1'.").arg(command));
}

int CurationCommands::set(const QStringList& args)
{
    if (args.size() != 3)
        return usage(QCoreApplication::translate("littoral-cli", "set needs SOURCE FIELD VALUE (FIELD: date, type, language, place or title)."));
    const auto field = core::documentFieldFromName(args[1]);
    if (!field)
        return usage(QCoreApplication::translate("littoral-cli", "unknown field '%1' (date, type, language, place or title).").arg(args[1]));
    int exitCode = Ok;
    const auto id = document(args[0], &exitCode);
    if (!id)
        return exitCode;
    return report(m_session->setField(*id, *field, args[2]));
}

int CurationCommands::participant(const QStringList& args, const CurationOptions& options)
{
    if (args.size() != 4 || (args[1] != QLatin1String("add") && args[1] != QLatin1String("remove")))
        return usage(QCoreApplication::translate("littoral-cli", "participant needs SOURCE add|remove ROLE NAME."));
    const auto role = core::roleFromName(args[2]);
    if (!role)
        return usage(QCoreApplication::translate("littoral-cli", "unknown role '%1' (sender, recipient, cc or mentioned).").arg(args[2]));
    std::optional<core::CorrespondentKind> kind;
    if (options.kind) {
        kind = core::kindFromName(*options.kind);
        if (!kind)
            return usage(QCoreApplication::translate("littoral-cli", "unknown kind '%1' (person or organization).").arg(*options.kind));
    }
    const QString name = args[3].simplified();
    if (name.isEmpty())
        return usage(QCoreApplication::translate("littoral-cli", "a participant needs a name."));
    int exitCode = Ok;
    const auto id = document(args[0], &exitCode);
    if (!id)
        return exitCode;

    if (args[1] == QLatin1String("add")) {
        core::Participant added;
        added.role = *role;
        added.kind = kind.value_or(core::CorrespondentKind::Person);
        added.name = name;
        added.title = options.title.simplified();
        added.organization = options.organization.simplified();
        return report(m_session->addParticipant(*id, added));
    }

    auto current = m_session->document(*id);
    if (!current)
        return fail(current.error());
    // Found as the document says it now, by role and name folded as correspondents are matched.
    const auto matches = [&](const core::Participant& p) {
        return p.role == *role && (!kind || p.kind == *kind) && core::correspondentKey(p.kind, p.name) == core::correspondentKey(p.kind, name);
    };
    for (const core::Participant& p : current->extraction.participants)
        if (matches(p))
            return report(m_session->removeParticipant(*id, p));
    QStringList named;
    for (const core::Participant& p : current->extraction.participants)
        if (p.role == *role)
            named.append(p.name);
    const QString message = named.isEmpty()
        ? QCoreApplication::translate("littoral-cli", "%1 has no %2 named '%3' (it has none).").arg(args[0], args[2], name)
        : QCoreApplication::translate("littoral-cli", "%1 has no %2 named '%3' (it has: %4).").arg(args[0], args[2], name, named.join(QStringLiteral("; ")));
    return fail({ ErrorCode::NotFound, message });
}

int CurationCommands::merge(const QStringList& args, const CurationOptions& options)
{
    if (args.isEmpty() || !options.into)
        return usage(QCoreApplication::translate("littoral-cli", "merge needs NAME... --into NAME."));
    int exitCode = Ok;
    QList<qint64> ids;
    for (const QString& name : args) {
        const auto id = correspondent(name, &exitCode);
        if (!id)
            return exitCode;
        if (!ids.contains(*id))
            ids.append(*id);
    }
    const auto into = correspondent(*options.into, &exitCode);
    if (!into)
        return exitCode;
    if (ids.contains(*into))
        return usage(QCoreApplication::translate("littoral-cli", "'%1' is already the correspondent to merge into.").arg(*options.into));
    return report(m_session->merge(ids, *into));
}

int CurationCommands::split(const QStringList& args, const CurationOptions& options)
{
    if (args.size() != 1 || !options.from)
        return usage(QCoreApplication::translate("littoral-cli", "split needs ALIAS --from NAME."));
    int exitCode = Ok;
    const auto from = correspondent(*options.from, &exitCode);
    if (!from)
        return exitCode;
    return report(m_session->split(*from, args[0]));
}

int CurationCommands::review(const QStringList& args)
{
    if (args.size() != 2 || (args[1] != QLatin1String("reviewed") && args[1] != QLatin1String("unreviewed")))
        return usage(QCoreApplication::translate("littoral-cli", "review needs SOURCE reviewed|unreviewed."));
    int exitCode = Ok;
    const auto id = document(args[0], &exitCode);
    if (!id)
        return exitCode;
    return report(m_session->setReviewed(*id, args[1] == QLatin1String("reviewed")));
}

int CurationCommands::history(bool json)
{
    const auto changes = m_session->history();
    if (!changes)
        return fail(changes.error());
    if (json) {
        QJsonArray array;
        for (const Change& change : *changes)
            array.append(changeJson(change));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (changes->isEmpty()) {
        m_out << QCoreApplication::translate("littoral-cli", "No change recorded in %1.").arg(m_db) << '\n';
        return Ok;
    }
    // One line per change, oldest first: what History in the window lists.
    for (const Change& change : *changes) {
        m_out << '#' << change.id << "  " << change.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << " UTC  "
              << change.user << "  " << change.summary();
        if (!change.active)
            m_out << "  " << QCoreApplication::translate("littoral-cli", "(cancelled)");
        m_out << '\n';
        if (!change.attention.isEmpty())
            m_out << "    " << QCoreApplication::translate("littoral-cli", "needs attention: %1").arg(change.attention) << '\n';
    }
    return Ok;
}

int CurationCommands::undoOrRedo(bool redo, const CurationOptions& options)
{
    int steps = 1;
    if (options.steps) {
        bool ok = false;
        steps = options.steps->toInt(&ok);
        if (!ok || steps <= 0)
            return usage(QCoreApplication::translate("littoral-cli", "--steps takes a positive number."));
    }
    for (int done = 0; done < steps; ++done) {
        // Asked first, so that "nothing left" is told apart from a failure of the undo itself.
        const auto target = redo ? m_session->redoTarget() : m_session->undoTarget();
        if (!target)
            return fail(target.error());
        if (!*target) {
            QString message;
            if (done == 0)
                message = redo ? QCoreApplication::translate("littoral-cli", "nothing left to redo.") : QCoreApplication::translate("littoral-cli", "nothing left to undo.");
            else
                message = redo ? QCoreApplication::translate("littoral-cli", "nothing left to redo after %n redone.", nullptr, done)
                               : QCoreApplication::translate("littoral-cli", "nothing left to undo after %n undone.", nullptr, done);
            m_err << "littoral-cli: " << message << '\n';
            m_out.flush();
            return Unknown;
        }
        const auto recorded = redo ? m_session->redo() : m_session->undo();
        if (!recorded)
            return fail(recorded.error());
        m_out << recorded->summary() << '\n';
    }
    return Ok;
}

std::optional<qint64> CurationCommands::document(const QString& source, int* exitCode)
{
    auto found = m_session->findDocuments(source);
    // A path given relative to the current folder names the file the import read.
    if (found && found->isEmpty() && QFileInfo::exists(source)) {
        const QString absolute = QFileInfo(source).absoluteFilePath();
        if (absolute != source)
            found = m_session->findDocuments(absolute);
    }
    if (!found) {
        *exitCode = fail(found.error());
        return std::nullopt;
    }
    if (found->isEmpty()) {
        *exitCode = fail({ ErrorCode::NotFound, QCoreApplication::translate("littoral-cli", "no document '%1' in %2.").arg(source, m_db) });
        return std::nullopt;
    }
    if (found->size() > 1) {
        QString message = QCoreApplication::translate("littoral-cli", "'%1' names %n documents; give the full path of one:", nullptr, int(found->size())).arg(source);
        for (const core::DocumentRef& ref : *found)
            message += QStringLiteral("\n  ") + ref.sourcePath;
        *exitCode = fail({ ErrorCode::InvalidInput, message });
        return std::nullopt;
    }
    return found->first().id;
}

std::optional<qint64> CurationCommands::correspondent(const QString& name, int* exitCode)
{
    const auto found = m_session->findCorrespondents(name);
    if (!found) {
        *exitCode = fail(found.error());
        return std::nullopt;
    }
    if (found->size() == 1)
        return found->first();
    if (found->isEmpty()) {
        *exitCode = fail({ ErrorCode::NotFound, QCoreApplication::translate("littoral-cli", "no correspondent named '%1' in %2.").arg(name, m_db) });
        return std::nullopt;
    }
    // Read only, to name the candidates.
    core::CorrespondentRepository correspondents(m_session->database());
    const auto all = correspondents.list();
    QString message = QCoreApplication::translate("littoral-cli", "'%1' names %n correspondents:", nullptr, int(found->size())).arg(name);
    if (all) {
        for (const core::CorrespondentSummary& c : *all)
            if (found->contains(c.id))
                message += QStringLiteral("\n  ") + QCoreApplication::translate("littoral-cli", "%1 (%2; also %3)").arg(c.name, core::kindName(c.kind), c.aliases.join(QStringLiteral(", ")));
    }
    *exitCode = fail({ ErrorCode::InvalidInput, message });
    return std::nullopt;
}

int CurationCommands::report(const core::Result<Change>& change)
{
    if (!change)
        return fail(change.error());
    if (change->id == 0)
        m_out << QCoreApplication::translate("littoral-cli", "Nothing to change: it already says so.") << '\n';
    else
        m_out << change->summary() << '\n';
    return Ok;
}

int CurationCommands::fail(const core::Error& error)
{
    m_err << "littoral-cli: " << error.detail << '\n';
    return isUserError(error.code) ? Unknown : DatabaseFailure;
}

int CurationCommands::usage(const QString& message)
{
    m_err << "littoral-cli: " << message << '\n' << QCoreApplication::translate("littoral-cli", "Try 'littoral-cli --help'.") << '\n';
    return Unknown;
}

} // namespace littoral::cli
