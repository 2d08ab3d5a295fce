// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/emailextraction.h"

#include "core/extract/dateparser.h"
#include "core/extract/documentclassifier.h"
#include "core/extract/documentdatefinder.h"
#include "core/extract/eventextractor.h"
#include "core/extract/lexicon.h"
#include "core/extract/participantextractor.h"
#include "core/extract/personname.h"
#include "core/extract/textcleaner.h"
#include "core/extract/textlines.h"

#include <QRegularExpression>

#include <algorithm>

namespace littoral::core {
namespace {

struct Named {
    QString name;
    CorrespondentKind kind = CorrespondentKind::Person;
};

// A display name as a correspondent: natural order, no courtesy title ("Dupont, Jean" and
// "M. Jean DUPONT" are "Jean Dupont"); an organisation's name as written. Without a display name the
// address itself stands for the correspondent: its local part is no name.
Named correspondent(const QString& displayName, const QString& address)
{
    QString raw = displayName.simplified();
    if (raw.size() >= 2 && raw.front() == QLatin1Char('"') && raw.back() == QLatin1Char('"'))
        raw = raw.mid(1, raw.size() - 2).simplified();
    if (raw.isEmpty())
        return { address, CorrespondentKind::Person };
    if (Lexicon::instance().organizationWord().match(raw).hasMatch())
        return { raw, CorrespondentKind::Organization };
    static const QRegularExpression inverted(QStringLiteral(R"(^([^,]+),\s*([^,]+)$)"));
    if (const QRegularExpressionMatch m = inverted.match(raw); m.hasMatch())
        if (const auto person = PersonName::parse(m.captured(2) + QLatin1Char(' ') + m.captured(1)))
            return { person->name, CorrespondentKind::Person };
    if (const auto person = PersonName::parse(raw))
        return { person->name, CorrespondentKind::Person };
    return { raw, CorrespondentKind::Person };
}

// "Re: Fwd: TR : Visite" → "Visite".
QString withoutReplyPrefixes(const QString& subject)
{
    static const QRegularExpression prefixes(
        QStringLiteral(R"(^\s*(?:(?:re|fwd?|tr|aw|wg|r[ée]f|r[ée]p|transf)\s*(?:\[[0-9]+\])?\s*:\s*)+)"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(subject).remove(prefixes).trimmed();
}

// An earlier message quoted in this one's body: [start, end) in the text, blanked for this
// message's own facts, and where it says who wrote it and when.
struct QuotedMessage {
    qsizetype start = 0;
    qsizetype end = 0;
    QString sender; // as written, may be empty
    qsizetype evidenceStart = -1; // the attribution or date line
    qsizetype evidenceLength = 0;
    QString dateText; // where its date is written
};

struct Line {
    qsizetype start;
    QString text;
};

QList<Line> linesFrom(const QString& text, qsizetype from)
{
    QList<Line> lines;
    qsizetype start = from;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        lines.append({ start, text.mid(start, end - start) });
        start = end + 1;
    }
    return lines;
}

bool isQuotedLine(const QString& line)
{
    for (const QChar c : line) {
        if (c == QLatin1Char('>'))
            return true;
        if (!c.isSpace())
            return false;
    }
    return false;
}

// "Jean Dupont <j.dupont@example.org>", "\"Jean Dupont\"", "<j.dupont@example.org>": the name, else the
// address.
QString senderFromAttribution(const QString& raw)
{
    static const QRegularExpression angle(
        QStringLiteral(R"(\s*[<\[]\s*(?:mailto:)?([^<>\[\]\s]+@[^<>\[\]\s]+)\s*[>\]]\s*)"));
    QString name = raw;
    QString address;
    if (const QRegularExpressionMatch m = angle.match(name); m.hasMatch()) {
        address = m.captured(1);
        name.remove(m.capturedStart(), m.capturedLength());
    }
    name = name.simplified();
    name.remove(QLatin1Char('"'));
    name = name.trimmed();
    return correspondent(name, address).name;
}

QList<QuotedMessage> findQuotedMessages(const QString& text, qsizetype bodyStart, ExtractionBudget& budget)
{
    // The attribution line mail programs write above a quotation, French and English.
    static const QRegularExpression attribution(
        QStringLiteral(R"(^\s*(?:Le|On)\s+(.*\S)\s*,\s*([^,]+?)\s+(?:a\s+écrit|wrote)\s*:\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    // The separator above a forwarded message or an Outlook quotation.
    static const QRegularExpression separator(
        QStringLiteral(
            R"(^\s*-{2,}\s*(?:message d['’]origine|message original|message transféré|original message|forwarded message|begin forwarded message)\s*-{2,}\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fromField(
        QStringLiteral(R"(^\s*\*?(?:De|From)\s*\*?\s*:\s*(.+)$)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateField(
        QStringLiteral(R"(^\s*\*?(?:Date|Envoyé|Sent)\s*\*?\s*:\s*(.+)$)"),
        QRegularExpression::CaseInsensitiveOption);

    const QList<Line> lines = linesFrom(text, bodyStart);
    QList<QuotedMessage> found;
    auto readHeaderBlock = [&](qsizetype first, QuotedMessage& q) {
        // The quoted message's own "From:"/"De :" and "Date:"/"Envoyé :" lines, just below.
        for (qsizetype j = first; j < lines.size() && j < first + 8; ++j) {
            const QString& l = lines.at(j).text;
            if (l.trimmed().isEmpty() && j > first)
                break;
            if (const auto m = fromField.match(l); m.hasMatch() && q.sender.isEmpty())
                q.sender = senderFromAttribution(m.captured(1));
            else if (const auto d = dateField.match(l); d.hasMatch() && q.dateText.isEmpty()) {
                q.dateText = d.captured(1);
                q.evidenceStart = lines.at(j).start + l.indexOf(l.trimmed());
                q.evidenceLength = l.trimmed().size();
            }
        }
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (budget.spent())
            break;
        const Line& line = lines.at(i);
        budget.examine(line.text.size());
        QuotedMessage q;
        // The part before the name must hold a date: "Le maire, M. Durand a écrit :" is no attribution.
        static const QRegularExpression digit(QStringLiteral("[0-9]"));
        if (const QRegularExpressionMatch m = attribution.match(line.text);
            m.hasMatch() && m.captured(1).contains(digit)) {
            q.start = line.start;
            q.sender = senderFromAttribution(m.captured(2));
            q.dateText = m.captured(1);
            const QString trimmed = line.text.trimmed();
            q.evidenceStart = line.start + line.text.indexOf(trimmed);
            q.evidenceLength = trimmed.size();
            qsizetype next = i + 1;
            while (next < lines.size() && lines.at(next).text.trimmed().isEmpty())
                ++next;
            qsizetype last = i;
            if (next < lines.size() && isQuotedLine(lines.at(next).text)) {
                // The quotation runs while its lines are quoted (or blank between quoted ones).
                for (qsizetype j = next; j < lines.size(); ++j) {
                    if (isQuotedLine(lines.at(j).text))
                        last = j;
                    else if (!lines.at(j).text.trimmed().isEmpty())
                        break;
                }
            } else {
                last = lines.size() - 1; // quoted without ">": the rest of the message
            }
            q.end = lines.at(last).start + lines.at(last).text.size();
            found.append(q);
            i = last;
            continue;
        }
        const bool separated = separator.match(line.text).hasMatch();
        bool outlookBlock = false;
        if (!separated && fromField.match(line.text).hasMatch())
            for (qsizetype j = i + 1; j < lines.size() && j <= i + 3; ++j)
                outlookBlock = outlookBlock || dateField.match(lines.at(j).text).hasMatch();
        if (separated || outlookBlock) {
            q.start = line.start;
            q.end = text.size(); // a forwarded or Outlook-quoted message runs to the end
            readHeaderBlock(separated ? i + 1 : i, q);
            if (q.evidenceStart < 0) {
                const QString trimmed = line.text.trimmed();
                q.evidenceStart = line.start + line.text.indexOf(trimmed);
                q.evidenceLength = trimmed.size();
            }
            found.append(q);
            break;
        }
        if (isQuotedLine(line.text)) {
            // Quoted lines with no attribution: not this message's words, but no message to date.
            q.start = line.start;
            qsizetype last = i;
            while (last + 1 < lines.size() && isQuotedLine(lines.at(last + 1).text))
                ++last;
            q.end = lines.at(last).start + lines.at(last).text.size();
            q.evidenceStart = -1;
            found.append(q);
            i = last;
        }
    }
    return found;
}

void blank(QString& text, qsizetype start, qsizetype end)
{
    for (qsizetype k = start; k < end && k < text.size(); ++k)
        if (text.at(k) != QLatin1Char('\n'))
            text[k] = QLatin1Char(' ');
}

} // namespace

EmailDocument EmailExtraction::extract(const MailMessage& message, ExtractionBudget& budget)
{
    EmailDocument doc;
    Extraction& e = doc.extraction;
    e.type = DocumentType::Email;

    // The header block as the reader wrote it (only NFC, as every stored text), then the cleaned body.
    struct HeaderLine {
        const QString* line;
        const QList<MailAddress>* addresses;
        ParticipantRole role;
    };
    const HeaderLine headerLines[] = {
        { &message.fromLine, &message.from, ParticipantRole::Sender },
        { &message.toLine, &message.to, ParticipantRole::Recipient },
        { &message.ccLine, &message.cc, ParticipantRole::Cc },
        { &message.dateLine, nullptr, ParticipantRole::Sender },
        { &message.subjectLine, nullptr, ParticipantRole::Sender },
    };
    QString& text = doc.text;
    qsizetype dateLineStart = -1;
    for (const HeaderLine& h : headerLines) {
        if (h.line->isEmpty())
            continue;
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        const qsizetype lineStart = text.size();
        QString line = h.line->normalized(QString::NormalizationForm_C);
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += line;
        if (h.line == &message.dateLine)
            dateLineStart = lineStart;
        if (!h.addresses)
            continue;
        // Each address's name (or the address) where it stands on its line: the evidence.
        qsizetype cursor = line.indexOf(QLatin1Char(':')) + 1;
        for (const MailAddress& a : *h.addresses) {
            const QString written
                = (a.name.isEmpty() ? a.address : a.name).normalized(QString::NormalizationForm_C);
            const qsizetype at = line.indexOf(written, cursor);
            if (written.isEmpty() || at < 0)
                continue;
            cursor = at + written.size();
            const Named who = correspondent(written, a.address);
            const bool seen = std::any_of(e.participants.cbegin(), e.participants.cend(),
                [&](const Participant& p) { return p.role == h.role && p.name == who.name; });
            if (seen)
                continue;
            Participant p;
            p.role = h.role;
            p.kind = who.kind;
            p.name = who.name;
            p.evidence = { written, lineStart + at };
            p.confidence = 1.0;
            e.participants.append(p);
            if (!a.address.isEmpty() && a.address != who.name)
                e.addresses.insert(who.name, a.address);
        }
    }
    const QString body = TextCleaner::clean(message.body);
    if (!body.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        text += body;
    }
    const qsizetype bodyStart = text.size() - body.size();

    PartialDate documentDate;
    if (message.date.isValid() && dateLineStart >= 0) {
        const QDate day = message.date.date(); // in the sender's own offset
        documentDate = PartialDate::ofDay(day.year(), day.month(), day.day());
        const qsizetype valueStart = text.indexOf(QLatin1Char(':'), dateLineStart) + 1;
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), dateLineStart);
        const QString value = text.mid(valueStart, (lineEnd < 0 ? text.size() : lineEnd) - valueStart);
        const QString trimmed = value.trimmed();
        e.date
            = DocumentDate { documentDate, Evidence { trimmed, valueStart + value.indexOf(trimmed) }, 1.0 };
    }

    e.language = DocumentClassifier::language(body.isEmpty() ? text : body);
    const bool french = e.language == QLatin1String("fr");

    // The body without the header block and without quoted earlier messages: this message's own words.
    const QList<QuotedMessage> quoted = findQuotedMessages(text, bodyStart, budget);
    QString own = text;
    blank(own, 0, bodyStart);
    for (const QuotedMessage& q : quoted)
        blank(own, q.start, q.end);

    const TextLines lines(own);
    const QList<DateMention> mentions = DateParser::findAll(own, budget);
    const DocumentDateFinder::Found when = DocumentDateFinder::find(lines, mentions, budget);
    e.place = when.place;
    e.events = EventExtractor::extract(own, mentions, when.mentionIndex, documentDate, budget);
    // Who the body names: the headers say who wrote and received it, the body only who it mentions.
    for (const Participant& p :
        ParticipantExtractor::extract(lines, { DocumentType::Letter, when.line }, budget)) {
        const bool header = std::any_of(e.participants.cbegin(), e.participants.cend(),
            [&](const Participant& h) { return h.name.compare(p.name, Qt::CaseInsensitive) == 0; });
        if (p.role == ParticipantRole::Mentioned && !header)
            e.participants.append(p);
    }

    // Each quoted earlier message is an event of this one's story, dated by its attribution line.
    for (const QuotedMessage& q : quoted) {
        if (q.evidenceStart < 0 || q.dateText.isEmpty())
            continue;
        const QList<DateMention> dates = DateParser::findAll(q.dateText, budget);
        if (dates.isEmpty())
            continue;
        const PartialDate date
            = dates.first().yearMissing || dates.first().form == DateMention::Form::Relative
            ? DateParser::resolve(dates.first(), documentDate)
            : dates.first().date;
        if (!date.isValid())
            continue;
        MentionedEvent event;
        event.label = q.sender.isEmpty()
            ? (french ? QStringLiteral("Courriel cité") : QStringLiteral("Quoted e-mail"))
            : (french ? QStringLiteral("Courriel de %1") : QStringLiteral("E-mail from %1")).arg(q.sender);
        event.date = date;
        event.evidence = { text.mid(q.evidenceStart, q.evidenceLength), q.evidenceStart };
        e.events.append(event);
    }
    std::stable_sort(e.events.begin(), e.events.end(), [](const MentionedEvent& a, const MentionedEvent& b) {
        return a.evidence.offset < b.evidence.offset;
    });

    e.title = withoutReplyPrefixes(message.subject);
    if (e.title.isEmpty()) {
        const auto sender = std::find_if(e.participants.cbegin(), e.participants.cend(),
            [](const Participant& p) { return p.role == ParticipantRole::Sender; });
        e.title = sender == e.participants.cend()
            ? (french ? QStringLiteral("Courriel") : QStringLiteral("E-mail"))
            : (french ? QStringLiteral("Courriel de %1") : QStringLiteral("E-mail from %1"))
                  .arg(sender->name);
    }
    e.cutShort = budget.wasSpent();
    return doc;
}

} // namespace littoral::core
