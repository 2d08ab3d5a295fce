// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/correspondentcompletionmodel.h"

#include "core/domain/correspondentkey.h"

#include <algorithm>

namespace littoral::core {

namespace {

QStringList foldedWords(const QString& text)
{
    return foldForMatching(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Every typed word starts a word of the spelling, each a different one ("de de" needs two "de…").
bool wordStartsMatch(const QStringList& typed, const QStringList& words)
{
    QList<bool> used(words.size(), false);
    for (const QString& t : typed) {
        bool found = false;
        for (qsizetype k = 0; k < words.size() && !found; ++k) {
            if (!used.at(k) && words.at(k).startsWith(t)) {
                used[k] = true;
                found = true;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

// The typed words begin the spelling, in order.
bool startsWithTyped(const QStringList& typed, const QStringList& words)
{
    if (typed.size() > words.size())
        return false;
    for (qsizetype k = 0; k < typed.size(); ++k) {
        const bool last = k == typed.size() - 1;
        if (last ? !words.at(k).startsWith(typed.at(k)) : words.at(k) != typed.at(k))
            return false;
    }
    return true;
}

} // namespace

CorrespondentCompletionModel::CorrespondentCompletionModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void CorrespondentCompletionModel::setCorrespondents(QList<CorrespondentSummary> correspondents)
{
    beginResetModel();
    m_correspondents = std::move(correspondents);
    m_folded.clear();
    m_folded.reserve(m_correspondents.size());
    // Folded once here, so that each key typed only compares words.
    for (const CorrespondentSummary& c : std::as_const(m_correspondents)) {
        Folded f { foldedWords(c.name), {} };
        for (const QString& alias : c.aliases)
            f.aliases.append(alias == c.name ? QStringList() : foldedWords(alias));
        m_folded.append(std::move(f));
    }
    m_matches.clear();
    endResetModel();
    setQuery(m_query);
}

void CorrespondentCompletionModel::setQuery(const QString& query)
{
    beginResetModel();
    m_query = query;
    m_matches.clear();
    const QStringList typed = foldedWords(query);
    struct Ranked {
        Match match;
        int rank = 0; // 0 the name starts so, 1 words of the name, 2 another spelling
    };
    QList<Ranked> ranked;
    if (!typed.isEmpty()) {
        for (qsizetype i = 0; i < m_folded.size(); ++i) {
            const Folded& f = m_folded.at(i);
            if (wordStartsMatch(typed, f.name)) {
                ranked.append({ { int(i), -1 }, startsWithTyped(typed, f.name) ? 0 : 1 });
                continue;
            }
            for (qsizetype a = 0; a < f.aliases.size(); ++a) {
                if (!f.aliases.at(a).isEmpty() && wordStartsMatch(typed, f.aliases.at(a))) {
                    ranked.append({ { int(i), int(a) }, 2 });
                    break;
                }
            }
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [this](const Ranked& a, const Ranked& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        const CorrespondentSummary& ca = m_correspondents.at(a.match.correspondent);
        const CorrespondentSummary& cb = m_correspondents.at(b.match.correspondent);
        if (ca.documentCount != cb.documentCount)
            return ca.documentCount > cb.documentCount;
        return QString::localeAwareCompare(ca.name, cb.name) < 0;
    });
    for (qsizetype k = 0; k < ranked.size() && k < kMaxRows; ++k)
        m_matches.append(ranked.at(k).match);
    endResetModel();
}

int CorrespondentCompletionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant CorrespondentCompletionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Match& m = m_matches.at(index.row());
    const CorrespondentSummary& c = m_correspondents.at(m.correspondent);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.name;
    case IdRole:
        return c.id;
    case KindRole:
        return int(c.kind);
    case DocumentCountRole:
        return c.documentCount;
    case MatchedSpellingRole:
        return m.spelling < 0 ? QString() : c.aliases.at(m.spelling);
    default:
        return {};
    }
}

} // namespace littoral::core
