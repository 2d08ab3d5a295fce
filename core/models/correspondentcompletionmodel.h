// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/correspondentrepository.h"

#include <QAbstractListModel>

namespace littoral::core {

// The correspondents whose name or any other spelling has words starting with each typed word,
// accents and case aside ("prefecture pas" finds "Préfecture du Pas-de-Calais"), the best first: the
// name's own start, then a word of the name, then another spelling; busier before quieter. What
// Go to Correspondent offers. GUI thread.
class CorrespondentCompletionModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrespondentCompletionModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        KindRole,                  // CorrespondentKind as int
        DocumentCountRole,         // int, in any role
        MatchedSpellingRole,       // QString: the other spelling that matched; empty when the name did
    };
    // A popup lists a screenful; more would only slow each key typed in a 10,000-name corpus.
    static constexpr int kMaxRows = 50;

    explicit CorrespondentCompletionModel(QObject* parent = nullptr);

    void setCorrespondents(QList<CorrespondentSummary> correspondents);
    // Rows for what is typed; none for an empty query.
    void setQuery(const QString& query);
    QString query() const { return m_query; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Match {
        int correspondent = 0; // index in m_correspondents
        int spelling = -1; // index in its aliases; -1 for the name
    };
    struct Folded {
        QStringList name; // words
        QList<QStringList> aliases;
    };
    QList<CorrespondentSummary> m_correspondents;
    QList<Folded> m_folded;
    QString m_query;
    QList<Match> m_matches;
};

} // namespace littoral::core
