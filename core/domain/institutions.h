// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace littoral::core {

// One institution, one correspondent: the names under which letters address the same body, in French
// and in English ("Ministère de l'Intérieur", "Ministry of the Interior"), kept as data — the bundled
// table (resources/institutions/institutions.tsv) and the user's own, which extends it — not as
// extraction rules. Each line: the name shown first, then its other names, tab-separated; # starts a
// comment. Names are matched folded as correspondentKey() folds an organisation's. Immutable value.
class Institutions final {
public:
    // The bundled table extended by the user's (GenericDataLocation/littoral/institutions.tsv), read
    // once on first use. A malformed user file is reported on the log and left out.
    static const Institutions& shared();
    // Where the user's table is read from (whether or not it exists).
    static QString userFilePath();

    // `text` in the table's format; `source` names it in errors ("institutions.tsv line 12: …").
    // A name already listed belongs to the line that comes later (the user's over the bundled).
    [[nodiscard]] static Result<Institutions> parse(const QString& text, const QString& source);
    // This table, then `other` over it.
    void extend(const Institutions& other);

    // The institution's first name for a folded name (as correspondentKey() folds it), empty when none.
    QString canonicalFolded(const QString& folded) const { return m_canonical.value(folded); }
    qsizetype size() const { return m_institutions; }

private:
    QHash<QString, QString> m_canonical; // folded name -> folded first name of its line
    qsizetype m_institutions = 0;
};

} // namespace littoral::core
