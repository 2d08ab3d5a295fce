// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/richletter.h"

#include "core/domain/participantconfidence.h"

#include <QCryptographicHash>

using namespace littoral::core;

namespace littoral::test {

QString sha(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Document makeDocument(const QString& path, const QString& text)
{
    Document d;
    d.sourcePath = path;
    d.fileName = path.section(QLatin1Char('/'), -1);
    d.sha256 = sha(text);
    d.encoding = QStringLiteral("utf-8");
    d.text = text;
    d.importedAt = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    return d;
}

// A letter with everything extraction can find, offsets pointing into its text.
Document richLetter(const QString& path)
{
    const QString text = QStringLiteral(
        "Calais, le 7 février 2017\nJean DUPONT, Maire de Calais\nà La Cimade\ncc: M. Paul Martin\n"
        "Lors du démantèlement à l'automne dernier, le Préfet a « tout fait ».\n");
    Document d = makeDocument(path, text);
    Extraction& ex = d.extraction;
    ex.type = DocumentType::Letter;
    ex.language = QStringLiteral("fr");
    ex.title = QStringLiteral("Lettre à La Cimade");
    ex.date = DocumentDate { PartialDate::ofDay(2017, 2, 7),
        Evidence { QStringLiteral("le 7 février 2017"), text.indexOf(QStringLiteral("le 7")) }, 0.95 };
    ex.place = QStringLiteral("Calais");
    ex.participants = {
        { ParticipantRole::Sender, CorrespondentKind::Person, QStringLiteral("Jean DUPONT"),
            QStringLiteral("Maire de Calais"), QStringLiteral("Mairie de Calais"),
            Evidence {
                QStringLiteral("Jean DUPONT, Maire de Calais"), text.indexOf(QStringLiteral("Jean")) },
            confidenceOf(ParticipantCue::StructureAndLexicon) },
        { ParticipantRole::Recipient, CorrespondentKind::Organization, QStringLiteral("La Cimade"), {}, {},
            Evidence { QStringLiteral("La Cimade"), text.indexOf(QStringLiteral("La Cimade")) },
            confidenceOf(ParticipantCue::Structure) },
        { ParticipantRole::Cc, CorrespondentKind::Person, QStringLiteral("Paul Martin"), {}, {},
            Evidence { QStringLiteral("M. Paul Martin"), text.indexOf(QStringLiteral("M. Paul")) },
            confidenceOf(ParticipantCue::Lexicon) },
        { ParticipantRole::Mentioned, CorrespondentKind::Person, QStringLiteral("Préfet"),
            QStringLiteral("Préfet"), {}, Evidence {}, 0.0 }, // unknown
    };
    ex.events = {
        { QStringLiteral("Démantèlement de la Jungle de Calais"), PartialDate::ofSeason(2016, 23),
            Evidence { QStringLiteral("à l'automne dernier"), text.indexOf(QStringLiteral("à l'automne")) } },
        { QStringLiteral("Un événement sans date"), PartialDate {},
            Evidence { QStringLiteral("tout fait"), 5 } },
    };
    return d;
}

} // namespace littoral::test
