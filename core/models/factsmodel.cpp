// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/factsmodel.h"

#include "core/domain/curation.h"
#include "core/domain/partialdatewords.h"
#include "core/extract/typeddatereader.h"
#include "core/models/chronologyindex.h"
#include "core/models/documenttablemodel.h"
#include "core/session/corpussession.h"

#include <QLocale>
#include <QVariantMap>

#include <algorithm>

namespace littoral::core {
namespace {

QString roleLabel(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Sender:
        return FactsModel::tr("From");
    case ParticipantRole::Recipient:
        return FactsModel::tr("To");
    case ParticipantRole::Cc:
        return FactsModel::tr("Copy");
    case ParticipantRole::Mentioned:
        return FactsModel::tr("Mentions");
    }
    return {};
}

QString participantText(const Participant& p)
{
    QStringList details;
    for (const QString& d : { p.title, p.organization })
        if (!d.isEmpty() && d != p.name && !details.contains(d))
            details << d;
    return details.isEmpty() ? p.name : p.name + QStringLiteral(" — ") + details.join(QStringLiteral(", "));
}

// The date in words ("autumn 2016", "automne 2016"): EDTF is for exports and the date editor.
QString eventText(const MentionedEvent& ev)
{
    return PartialDateWords::say(ev.date) + QStringLiteral("  ") + ev.label;
}

// ' from "…"' when the original was read from the text.
QString readFrom(const Evidence& evidence)
{
    const QString text = evidence.text.simplified();
    return text.isEmpty() ? QString() : FactsModel::tr(" from \u201c%1\u201d").arg(text);
}

QString byWhom(const Change& change)
{
    // The date in the interface language's short form ("07/02/2017 14:05", "2/7/17 2:05 PM").
    return FactsModel::tr("%1 on %2", "who corrected, and when").arg(change.user, QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat));
}

bool sameFact(const Participant& a, const Participant& b)
{
    return a.role == b.role && a.kind == b.kind && a.name == b.name && a.title == b.title && a.organization == b.organization
        && a.evidence == b.evidence;
}

std::optional<DocumentField> fieldOf(FactsModel::Kind kind)
{
    switch (kind) {
    case FactsModel::Kind::Date:
        return DocumentField::Date;
    case FactsModel::Kind::Place:
        return DocumentField::Place;
    case FactsModel::Kind::Type:
        return DocumentField::Type;
    case FactsModel::Kind::Language:
        return DocumentField::Language;
    case FactsModel::Kind::Title:
        return DocumentField::Title;
    case FactsModel::Kind::Participant:
    case FactsModel::Kind::Event:
    case FactsModel::Kind::Warning:
    case FactsModel::Kind::Removed:
        break;
    }
    return std::nullopt;
}

// Where a user's fact came from: its changes walked from the newest back to what extraction read (an
// update's "before"), or to the change that added it.
template <typename T, typename FromJson, typename Same>
QString originOf(const T& current, const QList<Change>& changes, ChangeKind add, ChangeKind update, const QString& key,
    FromJson fromJson, Same same, QString (*text)(const T&))
{
    T at = current;
    const Change* newest = nullptr;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (!it->active || (it->kind != update && it->kind != add) || !same(fromJson(it->after.value(key).toObject()), at))
            continue;
        if (it->kind == add)
            return FactsModel::tr("Added by %1").arg(byWhom(*it));
        at = fromJson(it->before.value(key).toObject());
        if (!newest)
            newest = &*it;
    }
    if (!newest)
        return FactsModel::tr("Not what extraction read");
    return FactsModel::tr("Extraction read: %1%2\nCorrected by %3").arg(text(at), readFrom(at.evidence), byWhom(*newest));
}

} // namespace

QString FactsModel::foundBy(ParticipantCue cue)
{
    switch (cue) {
    case ParticipantCue::StructureAndLexicon:
        return tr("Found by: position in the letter (signature block, address block…) and a known first name or title");
    case ParticipantCue::Structure:
        return tr("Found by: position in the letter; name shape only");
    case ParticipantCue::Lexicon:
        return tr("Found by: a known first name or title only");
    case ParticipantCue::Unknown:
        break;
    }
    return {};
}

FactsModel::FactsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FactsModel::setSession(CorpusSession* session)
{
    m_session = session;
}

void FactsModel::clear()
{
    beginResetModel();
    m_facts.clear();
    m_documentId = 0;
    endResetModel();
}

void FactsModel::setDocument(const Document& document, const DocumentProvenance* provenance)
{
    const Extraction& e = document.extraction;
    QList<Fact> facts;
    auto field = [&](Kind kind, const QString& label, const QString& value, const Evidence& evidence, double confidence,
                     const QString& editValue) {
        Fact f;
        f.kind = kind;
        f.label = label;
        f.value = value;
        f.evidence = evidence;
        f.confidence = confidence;
        f.editValue = editValue;
        facts.append(f);
    };
    if (e.date)
        field(Kind::Date, tr("Date"), PartialDateWords::say(e.date->date), e.date->evidence, e.date->confidence, e.date->date.toEdtf());
    else
        field(Kind::Date, tr("Date"), tr("none found"), {}, -1, {});
    if (!e.place.isEmpty()) {
        // The place is read with the date when it stands on the date line.
        const bool onDateLine = e.date && e.date->evidence.text.contains(e.place, Qt::CaseInsensitive);
        field(Kind::Place, tr("Place"), e.place, onDateLine ? e.date->evidence : Evidence {}, -1, e.place);
    }
    field(Kind::Type, tr("Type"), DocumentTableModel::typeLabel(e.type), {}, -1, documentTypeName(e.type));
    field(Kind::Language, tr("Language"), e.language, {}, -1, e.language);
    for (const ParticipantRole role : { ParticipantRole::Sender, ParticipantRole::Recipient, ParticipantRole::Cc, ParticipantRole::Mentioned })
        for (const Participant& p : e.participants) {
            if (p.role != role)
                continue;
            // 0 is "unknown" (stored before confidences were kept): no figure rather than a false 0.00.
            const ParticipantCue cue = cueOf(p.confidence);
            Fact f;
            f.kind = Kind::Participant;
            f.participantRole = int(role);
            f.label = roleLabel(role);
            f.value = participantText(p);
            f.evidence = p.evidence;
            f.confidence = cue == ParticipantCue::Unknown ? -1 : p.confidence;
            f.cue = cue;
            f.participant = p;
            facts.append(f);
        }
    for (const MentionedEvent& ev : e.events) {
        Fact f;
        f.kind = Kind::Event;
        f.label = tr("Event");
        f.value = eventText(ev);
        f.evidence = ev.evidence;
        f.event = ev;
        facts.append(f);
    }
    // The title heads the reader; here it can be corrected like any other fact.
    field(Kind::Title, tr("Title"), e.title, {}, -1, e.title);
    for (const DocumentWarning& w : document.warnings) {
        const QString value = w.code == DocumentWarning::Code::ReplacedBytes
            ? tr("%n invalid byte sequence(s) replaced with \uFFFD", nullptr, w.argument.toInt())
            : tr("extraction stopped after its %1 ms time budget; facts found before are kept").arg(w.argument);
        field(Kind::Warning, tr("Warning"), value, {}, -1, {});
    }
    beginResetModel();
    m_documentId = document.id;
    m_facts = std::move(facts);
    if (provenance)
        markCorrected(e, *provenance);
    linkChronology();
    endResetModel();
}

void FactsModel::setChronology(std::shared_ptr<const ChronologyIndex> chronology)
{
    m_chronology = std::move(chronology);
    QList<qsizetype> before;
    for (const Fact& f : std::as_const(m_facts))
        before.append(f.chronology);
    linkChronology();
    // Only the rows whose link changed: a dataChanged reaching an open editor would reset what is typed.
    for (int row = 0; row < m_facts.size(); ++row) {
        const qsizetype was = before.at(row);
        const qsizetype now = m_facts.at(row).chronology;
        if (was != now || now >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void FactsModel::linkChronology()
{
    // Matched once per document or chronology, not per paint: match() compares words.
    for (Fact& f : m_facts)
        f.chronology = f.kind == Kind::Event && m_chronology ? m_chronology->match(f.event.label, f.event.date) : -1;
}

void FactsModel::markCorrected(const Extraction& current, const DocumentProvenance& provenance)
{
    if (!provenance.extracted)
        return;
    const Extraction& extracted = *provenance.extracted;
    const QList<Change>& changes = provenance.changes;
    const QString participantKey = QStringLiteral("participant");
    const QString eventKey = QStringLiteral("event");
    for (Fact& f : m_facts) {
        if (const auto field = fieldOf(f.kind)) {
            const QString was = fieldValue(extracted, *field);
            const bool dateMoved = *field == DocumentField::Date && current.date && extracted.date
                && current.date->evidence != extracted.date->evidence;
            if (was == fieldValue(current, *field) && !dateMoved)
                continue;
            f.corrected = true;
            const Change* by = nullptr;
            for (auto it = changes.crbegin(); it != changes.crend() && !by; ++it)
                if (it->active && it->kind == ChangeKind::SetField
                    && it->after.value(QStringLiteral("field")).toString() == documentFieldName(*field))
                    by = &*it;
            QString shown = was;
            if (*field == DocumentField::Type)
                shown = DocumentTableModel::typeLabel(extracted.type);
            const QString from = *field == DocumentField::Date && extracted.date ? readFrom(extracted.date->evidence) : QString();
            f.original = shown.isEmpty() ? tr("Extraction read: nothing") : tr("Extraction read: %1%2").arg(shown, from);
            if (by)
                f.original += tr("\nCorrected by %1").arg(byWhom(*by));
        } else if (f.kind == Kind::Participant) {
            const bool asRead = std::any_of(extracted.participants.cbegin(), extracted.participants.cend(),
                [&](const Participant& p) { return sameFact(p, f.participant); });
            if (asRead)
                continue;
            f.corrected = true;
            f.original = originOf<Participant>(f.participant, changes, ChangeKind::AddParticipant, ChangeKind::UpdateParticipant,
                participantKey, participantFromJson, sameParticipant, participantText);
        } else if (f.kind == Kind::Event) {
            if (extracted.events.contains(f.event))
                continue;
            f.corrected = true;
            f.original = originOf<MentionedEvent>(f.event, changes, ChangeKind::AddEvent, ChangeKind::UpdateEvent, eventKey,
                eventFromJson, sameEvent, eventText);
        }
    }

    // What the user removed stays in sight, greyed, before the title: a removal is a correction too.
    QList<Fact> removed;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (!it->active || (it->kind != ChangeKind::RemoveParticipant && it->kind != ChangeKind::RemoveEvent))
            continue;
        Fact f;
        f.kind = Kind::Removed;
        f.corrected = true;
        f.original = tr("Removed by %1").arg(byWhom(*it));
        if (it->kind == ChangeKind::RemoveParticipant) {
            const Participant p = participantFromJson(it->before.value(participantKey).toObject());
            if (std::any_of(current.participants.cbegin(), current.participants.cend(), [&](const Participant& c) { return sameParticipant(c, p); }))
                continue;
            f.participantRole = int(p.role);
            f.label = roleLabel(p.role);
            f.value = participantText(p);
            f.evidence = p.evidence;
            f.participant = p;
        } else {
            const MentionedEvent e = eventFromJson(it->before.value(eventKey).toObject());
            if (std::any_of(current.events.cbegin(), current.events.cend(), [&](const MentionedEvent& c) { return sameEvent(c, e); }))
                continue;
            f.label = tr("Event");
            f.value = eventText(e);
            f.evidence = e.evidence;
            f.event = e;
        }
        const bool listed = std::any_of(removed.cbegin(), removed.cend(), [&](const Fact& r) { return r.label == f.label && r.value == f.value; });
        if (!listed)
            removed.append(f);
    }
    const auto title = std::find_if(m_facts.cbegin(), m_facts.cend(), [](const Fact& f) { return f.kind == Kind::Title; });
    const qsizetype at = title - m_facts.cbegin();
    for (qsizetype i = 0; i < removed.size(); ++i)
        m_facts.insert(at + i, removed.at(i));
}

int FactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int FactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Fact& f = m_facts.at(index.row());
    switch (role) {
    case Qt::ToolTipRole: {
        QString tip = data(index, Qt::DisplayRole).toString();
        auto append = [&tip](const QString& line) { tip = tip.isEmpty() ? line : tip + QLatin1Char('\n') + line; };
        if (f.corrected)
            append(f.original);
        if (f.kind == Kind::Participant && f.cue != ParticipantCue::Unknown && !f.corrected)
            append(foundBy(f.cue));
        if (f.chronology >= 0) {
            const ChronologyEvent& c = m_chronology->events().at(f.chronology);
            append(tr("In the chronology: %1 (%2). Double-click to see it on the timeline.").arg(c.label(), c.edtf()));
            if (!c.sourceUrl.isEmpty())
                append(tr("Source: %1").arg(c.sourceUrl));
        }
        return tip;
    }
    case Qt::EditRole:
        if (f.kind == Kind::Participant && index.column() == FactColumn)
            return f.participantRole;
        if (index.column() != ValueColumn)
            return {};
        if (f.kind == Kind::Participant)
            return QVariantMap { { QStringLiteral("name"), f.participant.name }, { QStringLiteral("title"), f.participant.title },
                { QStringLiteral("organization"), f.participant.organization },
                { QStringLiteral("kind"), kindName(f.participant.kind) } };
        if (f.kind == Kind::Event)
            return QVariantMap { { QStringLiteral("date"), f.event.date.toEdtf() }, { QStringLiteral("label"), f.event.label } };
        return f.editValue;
    case CorrectedRole:
        return f.corrected;
    case OriginalRole:
        return f.original;
    case Qt::DisplayRole:
        switch (index.column()) {
        case FactColumn:
            return f.label;
        case ValueColumn:
            if (f.pending)
                return QString();
            if (f.chronology >= 0)
                return tr("%1 ≈ %2").arg(f.value, m_chronology->events().at(f.chronology).label());
            return f.value;
        case SourceColumn:
            return f.evidence.text.simplified();
        case ConfidenceColumn:
            return f.confidence < 0 ? QVariant() : QVariant(QString::number(f.confidence, 'f', 2));
        }
        return {};
    case KindRole:
        return int(f.kind);
    case ParticipantRoleRole:
        return f.participantRole;
    case EvidenceOffsetRole:
        return f.evidence.offset;
    case EvidenceLengthRole:
        return f.evidence.offset < 0 ? 0 : f.evidence.text.size();
    case ConfidenceRole:
        return f.confidence < 0 ? QVariant() : QVariant(f.confidence);
    case CueRole:
        return f.kind == Kind::Participant ? QVariant(int(f.cue)) : QVariant();
    case ChronologyEventRole:
        return f.chronology >= 0 ? m_chronology->events().at(f.chronology).id : QString();
    default:
        return {};
    }
}

Qt::ItemFlags FactsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_session || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return flags;
    const Fact& f = m_facts.at(index.row());
    const bool editable = (index.column() == ValueColumn && f.kind != Kind::Warning && f.kind != Kind::Removed)
        || (index.column() == FactColumn && f.kind == Kind::Participant && !f.pending);
    return editable ? flags | Qt::ItemIsEditable : flags;
}

bool FactsModel::report(const QString& message)
{
    m_lastError = message;
    Q_EMIT editRefused(message);
    return false;
}

template <typename R>
bool FactsModel::done(const R& result)
{
    if (!result)
        return report(result.error().detail);
    m_lastError.clear();
    return true;
}

bool FactsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!m_session)
        return report(tr("This corpus cannot be corrected here."));
    const Fact f = m_facts.at(index.row());
    const qint64 id = m_documentId;
    if (const auto field = fieldOf(f.kind); field && index.column() == ValueColumn) {
        const QString text = value.toString().trimmed();
        if (*field == DocumentField::Date && !text.isEmpty()) {
            // Read here first so that the refusal names what was typed.
            if (const auto date = TypedDateReader::read(text); !date)
                return report(date.error().detail);
        }
        return done(m_session->setField(id, *field, text));
    }
    if (f.kind == Kind::Participant) {
        Participant after = f.participant;
        if (index.column() == FactColumn) {
            after.role = ParticipantRole(value.toInt());
        } else if (index.column() == ValueColumn) {
            const QVariantMap map = value.toMap();
            after.name = map.value(QStringLiteral("name")).toString().simplified();
            after.title = map.value(QStringLiteral("title")).toString().simplified();
            after.organization = map.value(QStringLiteral("organization")).toString().simplified();
            after.kind = kindFromName(map.value(QStringLiteral("kind")).toString()).value_or(after.kind);
            if (f.pending) {
                after.role = ParticipantRole(f.participantRole);
                after.evidence = {};
                const bool added = done(m_session->addParticipant(id, after));
                // Dropped once the editor on it has closed; the session's reload shows the added fact.
                if (added)
                    QMetaObject::invokeMethod(this, &FactsModel::cancelPending, Qt::QueuedConnection);
                return added;
            }
        } else {
            return false;
        }
        return done(m_session->updateParticipant(id, f.participant, after));
    }
    if (f.kind == Kind::Event && index.column() == ValueColumn) {
        const QVariantMap map = value.toMap();
        MentionedEvent after = f.event;
        after.label = map.value(QStringLiteral("label")).toString().simplified();
        const QString typed = map.value(QStringLiteral("date")).toString().trimmed();
        const auto date = TypedDateReader::read(typed);
        if (!date)
            return report(date.error().detail);
        after.date = *date;
        if (f.pending) {
            after.evidence = {};
            const bool added = done(m_session->addEvent(id, after));
            // Dropped once the editor on it has closed; the session's reload shows the added fact.
            if (added)
                QMetaObject::invokeMethod(this, &FactsModel::cancelPending, Qt::QueuedConnection);
            return added;
        }
        return done(m_session->updateEvent(id, f.event, after));
    }
    return false;
}

QModelIndex FactsModel::beginAdd(Kind kind, ParticipantRole role)
{
    if (!m_session || m_documentId == 0 || (kind != Kind::Participant && kind != Kind::Event))
        return {};
    cancelPending();
    Fact f;
    f.kind = kind;
    f.pending = true;
    if (kind == Kind::Participant) {
        f.participantRole = int(role);
        f.label = roleLabel(role);
        f.participant.role = role;
    } else {
        f.label = tr("Event");
    }
    const int row = int(m_facts.size());
    beginInsertRows({}, row, row);
    m_facts.append(f);
    endInsertRows();
    return index(row, ValueColumn);
}

void FactsModel::cancelPending()
{
    for (int row = int(m_facts.size()) - 1; row >= 0; --row)
        if (m_facts.at(row).pending) {
            beginRemoveRows({}, row, row);
            m_facts.removeAt(row);
            endRemoveRows();
        }
}

bool FactsModel::isPending(int row) const
{
    return row >= 0 && row < m_facts.size() && m_facts.at(row).pending;
}

bool FactsModel::canRemove(int row) const
{
    if (!m_session || row < 0 || row >= m_facts.size() || m_facts.at(row).pending)
        return false;
    switch (m_facts.at(row).kind) {
    case Kind::Participant:
    case Kind::Event:
    case Kind::Place:
        return true;
    case Kind::Date:
        return m_facts.at(row).evidence.offset >= 0 || !m_facts.at(row).editValue.isEmpty();
    case Kind::Title:
        return !m_facts.at(row).editValue.isEmpty();
    case Kind::Type:
    case Kind::Language:
    case Kind::Warning:
    case Kind::Removed:
        break;
    }
    return false;
}

bool FactsModel::removeFact(int row)
{
    if (!canRemove(row))
        return false;
    const Fact f = m_facts.at(row);
    if (f.kind == Kind::Participant)
        return done(m_session->removeParticipant(m_documentId, f.participant));
    if (f.kind == Kind::Event)
        return done(m_session->removeEvent(m_documentId, f.event));
    if (const auto field = fieldOf(f.kind))
        return done(m_session->setField(m_documentId, *field, QString()));
    return false;
}

bool FactsModel::setParticipantKind(int row, CorrespondentKind kind)
{
    const auto before = participantAt(row);
    if (!m_session || !before || isPending(row))
        return false;
    Participant after = *before;
    after.kind = kind;
    return done(m_session->updateParticipant(m_documentId, *before, after));
}

std::optional<Participant> FactsModel::participantAt(int row) const
{
    if (row < 0 || row >= m_facts.size() || m_facts.at(row).kind != Kind::Participant)
        return std::nullopt;
    return m_facts.at(row).participant;
}

std::optional<MentionedEvent> FactsModel::eventAt(int row) const
{
    if (row < 0 || row >= m_facts.size() || m_facts.at(row).kind != Kind::Event)
        return std::nullopt;
    return m_facts.at(row).event;
}

QVariant FactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FactColumn:
        return tr("Fact");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Read from");
    case ConfidenceColumn:
        return tr("Conf.");
    }
    return {};
}

} // namespace littoral::core
