// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/factsmodel.h"

#include "core/models/documenttablemodel.h"

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

void FactsModel::clear()
{
    beginResetModel();
    m_facts.clear();
    endResetModel();
}

void FactsModel::setDocument(const Document& document)
{
    const Extraction& e = document.extraction;
    QList<Fact> facts;
    if (e.date)
        facts.append({ Kind::Date, -1, tr("Date"), e.date->date.toEdtf(), e.date->evidence, e.date->confidence });
    else
        facts.append({ Kind::Date, -1, tr("Date"), tr("none found"), {}, -1 });
    if (!e.place.isEmpty()) {
        // The place is read with the date when it stands on the date line.
        const bool onDateLine = e.date && e.date->evidence.text.contains(e.place, Qt::CaseInsensitive);
        facts.append({ Kind::Place, -1, tr("Place"), e.place, onDateLine ? e.date->evidence : Evidence {}, -1 });
    }
    facts.append({ Kind::Type, -1, tr("Type"), DocumentTableModel::typeLabel(e.type), {}, -1 });
    facts.append({ Kind::Language, -1, tr("Language"), e.language, {}, -1 });
    for (const ParticipantRole role : { ParticipantRole::Sender, ParticipantRole::Recipient, ParticipantRole::Cc, ParticipantRole::Mentioned })
        for (const Participant& p : e.participants) {
            if (p.role != role)
                continue;
            QStringList details;
            for (const QString& d : { p.title, p.organization })
                if (!d.isEmpty() && d != p.name && !details.contains(d))
                    details << d;
            const QString value = details.isEmpty() ? p.name : p.name + QStringLiteral(" — ") + details.join(QStringLiteral(", "));
            // 0 is "unknown" (stored before confidences were kept): no figure rather than a false 0.00.
            const ParticipantCue cue = cueOf(p.confidence);
            facts.append({ Kind::Participant, int(role), roleLabel(role), value, p.evidence,
                cue == ParticipantCue::Unknown ? -1 : p.confidence, cue });
        }
    for (const MentionedEvent& ev : e.events)
        facts.append({ Kind::Event, -1, tr("Event"), ev.date.toEdtf() + QStringLiteral("  ") + ev.label, ev.evidence, -1 });
    for (const DocumentWarning& w : document.warnings) {
        const QString value = w.code == DocumentWarning::Code::ReplacedBytes
            ? tr("%n invalid byte sequence(s) replaced with \uFFFD", nullptr, w.argument.toInt())
            : tr("extraction stopped after its %1 ms time budget; facts found before are kept").arg(w.argument);
        facts.append({ Kind::Warning, -1, tr("Warning"), value, {}, -1 });
    }
    beginResetModel();
    m_facts = std::move(facts);
    endResetModel();
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
    case Qt::ToolTipRole:
        if (f.kind == Kind::Participant && f.cue != ParticipantCue::Unknown) {
            const QString shown = data(index, Qt::DisplayRole).toString();
            return shown.isEmpty() ? foundBy(f.cue) : shown + QLatin1Char('\n') + foundBy(f.cue);
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case FactColumn:
            return f.label;
        case ValueColumn:
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
    default:
        return {};
    }
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
