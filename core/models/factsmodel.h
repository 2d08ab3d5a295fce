// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/document.h"
#include "core/domain/participantconfidence.h"

#include <QAbstractTableModel>

namespace littoral::core {

// The facts extracted from one document, one per row, each with the text it was read from, where,
// and how sure the rule was: the provenance a historian checks before citing. GUI thread.
class FactsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactsModel)
public:
    enum Column { FactColumn, ValueColumn, SourceColumn, ConfidenceColumn, ColumnCount };
    enum class Kind { Date, Place, Type, Language, Participant, Event, Warning };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        ParticipantRoleRole,         // ParticipantRole as int, for participants
        EvidenceOffsetRole,          // offset of the source text in the document, -1 when none
        EvidenceLengthRole,
        ConfidenceRole,              // double 0..1 as the Conf. column shows it; invalid when the rule gives none
        CueRole,                     // ParticipantCue as int, for participants (Unknown when stored before it was kept)
    };

    explicit FactsModel(QObject* parent = nullptr);

    // The tooltip line saying which cue placed a participant; empty for Unknown.
    static QString foundBy(ParticipantCue cue);

    void setDocument(const Document& document);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Fact {
        Kind kind = Kind::Date;
        int participantRole = -1;
        QString label;
        QString value;
        Evidence evidence;
        double confidence = -1; // -1: the rule gives none
        ParticipantCue cue = ParticipantCue::Unknown; // participants only
    };
    QList<Fact> m_facts;
};

} // namespace littoral::core
