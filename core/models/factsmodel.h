// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/domain/participantconfidence.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace littoral::core {

class ChronologyIndex;
class CorpusSession;
struct DocumentProvenance;

// The facts extracted from one document, one per row, each with the text it was read from, where,
// and how sure the rule was: the provenance a historian checks before citing. Editable when given a
// session: each edit is one CorpusSession command (the model never writes itself), and a fact the
// user corrected says so, with what extraction had read. GUI thread.
class FactsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactsModel)
public:
    enum Column { FactColumn, ValueColumn, SourceColumn, ConfidenceColumn, ColumnCount };
    // Removed: a participant or event the user removed, listed greyed (not a fact of the document any more).
    enum class Kind { Date, Place, Type, Language, Participant, Event, Warning, Title, Removed };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        ParticipantRoleRole,         // ParticipantRole as int, for participants
        EvidenceOffsetRole,          // offset of the source text in the document, -1 when none
        EvidenceLengthRole,
        ConfidenceRole,              // double 0..1 as the Conf. column shows it; invalid when the rule gives none
        CueRole,                     // ParticipantCue as int, for participants (Unknown when stored before it was kept)
        CorrectedRole,               // bool: the user changed or added this fact
        OriginalRole,                // what extraction had read, or who added it (English sentence); empty when not corrected
        ChronologyEventRole,         // events: the id of the chronology event it matches, empty when none
    };

    explicit FactsModel(QObject* parent = nullptr);

    // The tooltip line saying which cue placed a participant; empty for Unknown.
    static QString foundBy(ParticipantCue cue);

    // Edits go through `session` (none: the model is read-only).
    void setSession(CorpusSession* session);
    // `provenance` (CorpusSession::provenance) marks the corrected facts; without it none is marked.
    void setDocument(const Document& document, const DocumentProvenance* provenance = nullptr);
    void clear();
    qint64 documentId() const { return m_documentId; }
    // Links the document's mentioned events to this chronology (ChronologyIndex::match): a linked event
    // says so in its value ("… ≈ the chronology's label") and tooltip, and gives ChronologyEventRole.
    void setChronology(std::shared_ptr<const ChronologyIndex> chronology);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Qt::EditRole values: Date a typed date; Type a type name ("letter"); Language, Place, Title text;
    // a participant's Fact cell a ParticipantRole as int and its Value cell a map {name, title,
    // organization, kind ("person"/"organization")}; an event's Value cell a map {date, label}.
    // False, with editRefused() and lastError(), when the session refuses it; nothing changed then.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Appends an empty participant (or event) row to be filled in by an editor; setData on it adds the
    // fact, cancelPending() drops the row. Returns the cell to edit.
    QModelIndex beginAdd(Kind kind, ParticipantRole role = ParticipantRole::Sender);
    void cancelPending();
    bool isPending(int row) const;
    bool canRemove(int row) const;
    // Removes a participant or an event, or clears the date, place or title.
    bool removeFact(int row);
    // Person ↔ organisation, for a participant.
    bool setParticipantKind(int row, CorrespondentKind kind);
    std::optional<Participant> participantAt(int row) const;
    std::optional<MentionedEvent> eventAt(int row) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // An edit was refused (unreadable date, empty name, database error): why, in English.
    void editRefused(const QString& message);

private:
    struct Fact {
        Kind kind = Kind::Date;
        int participantRole = -1;
        QString label;
        QString value;
        Evidence evidence;
        double confidence = -1; // -1: the rule gives none
        ParticipantCue cue = ParticipantCue::Unknown; // participants only
        QString editValue; // what a text editor starts from (EDTF for a date, a type's name)
        Participant participant; // participants only
        MentionedEvent event;    // events only
        qsizetype chronology = -1; // events only: the chronology event it matches
        bool corrected = false;
        QString original;
        bool pending = false;
    };
    bool report(const QString& message);
    template <typename R>
    bool done(const R& result);
    void markCorrected(const Extraction& current, const DocumentProvenance& provenance);
    void linkChronology();

    QList<Fact> m_facts;
    QPointer<CorpusSession> m_session;
    std::shared_ptr<const ChronologyIndex> m_chronology;
    qint64 m_documentId = 0;
    QString m_lastError;
};

} // namespace littoral::core
