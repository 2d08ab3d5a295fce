// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/documentextractor.h"

#include "core/extract/dateparser.h"
#include "core/extract/documentclassifier.h"
#include "core/extract/documentdatefinder.h"
#include "core/extract/eventextractor.h"
#include "core/extract/participantextractor.h"
#include "core/extract/textlines.h"

#include <QRegularExpression>

namespace littoral::core {
namespace {

// "Lettre de Natacha Bouchart à Nathanaël Caillaux": a title for documents that carry none.
QString derivedTitle(const Extraction& e)
{
    QStringList senders, recipients;
    for (const Participant& p : e.participants) {
        if (p.role == ParticipantRole::Sender)
            senders.append(p.name);
        else if (p.role == ParticipantRole::Recipient)
            recipients.append(p.name);
    }
    const bool fr = e.language == QLatin1String("fr");
    auto list = [&](const QStringList& names) {
        return names.size() > 2 ? names.first() + QStringLiteral(" et al.")
                                : names.join(fr ? QStringLiteral(" et ") : QStringLiteral(" and "));
    };
    QString kind;
    switch (e.type) {
    case DocumentType::Letter:
        kind = fr ? QStringLiteral("Lettre") : QStringLiteral("Letter");
        break;
    case DocumentType::OpenLetter:
        kind = fr ? QStringLiteral("Lettre ouverte") : QStringLiteral("Open letter");
        break;
    case DocumentType::PressRelease:
        kind = fr ? QStringLiteral("Communiqué") : QStringLiteral("Press release");
        break;
    case DocumentType::Email:
        kind = fr ? QStringLiteral("Courriel") : QStringLiteral("E-mail");
        break;
    case DocumentType::Other:
        kind = QStringLiteral("Document");
        break;
    }
    QString title = kind;
    if (!senders.isEmpty())
        title += (fr ? QStringLiteral(" de ") : QStringLiteral(" from ")) + list(senders);
    if (!recipients.isEmpty())
        title += (fr ? QStringLiteral(" à ") : QStringLiteral(" to ")) + list(recipients);
    return title;
}

} // namespace

Extraction DocumentExtractor::extract(const QString& cleanedText)
{
    return extract(cleanedText, ExtractionLimits {});
}

Extraction DocumentExtractor::extract(const QString& cleanedText, const ExtractionLimits& limits)
{
    ExtractionBudget budget(limits);
    return extract(cleanedText, budget);
}

Extraction DocumentExtractor::extract(const QString& cleanedText, ExtractionBudget& budget)
{
    Extraction e;
    const TextLines lines(cleanedText);
    const QList<DateMention> mentions = DateParser::findAll(cleanedText, budget);
    const DocumentDateFinder::Found when = DocumentDateFinder::find(lines, mentions, budget);
    e.date = when.date;
    e.place = when.place;
    e.type = DocumentClassifier::type(lines, budget);
    e.language = DocumentClassifier::language(cleanedText);
    e.participants = ParticipantExtractor::extract(lines, { e.type, when.line }, budget);
    e.events = EventExtractor::extract(cleanedText, mentions, when.mentionIndex, e.date ? e.date->date : PartialDate {}, budget);
    e.title = DocumentClassifier::title(lines, when.line, e.type);
    if (e.title.isEmpty())
        e.title = derivedTitle(e);
    // Without a place on the date line, a letter is written where its sender's address is.
    if (e.place.isEmpty() && e.type == DocumentType::Letter && !budget.spent())
        e.place = DocumentDateFinder::senderAddressPlace(lines, when.line);
    // A mayor writes from the town hall: its town is the place when the date line names none.
    if (e.place.isEmpty() && e.type == DocumentType::Letter) {
        static const QRegularExpression townHall(QStringLiteral(R"(^(?:Mairie|Ville|Hôtel de ville) (?:de |d['’])(.+)$)"));
        for (const Participant& p : std::as_const(e.participants))
            if (const auto m = townHall.match(p.organization); p.role == ParticipantRole::Sender && m.hasMatch()) {
                e.place = m.captured(1);
                break;
            }
    }
    e.cutShort = budget.wasSpent();
    return e;
}

} // namespace littoral::core
