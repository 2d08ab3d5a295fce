// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"
#include "phases.h"
#include "report.h"

#include "core/extract/documentextractor.h"
#include "core/extract/textcleaner.h"
#include "core/extract/textdecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

#include <array>
#include <cstdio>

namespace littoral::bench {
namespace {

// A hostile text: units joined by one space on a single line, or by line breaks (the same text broken
// into lines, which is what extraction is tuned for). Text taken from PDFs often has such long lines.
struct HostileInput {
    QString name;
    QString description;
    QString prefix;
    QStringList units;
};

constexpr std::array s_firstNames { u"Jean", u"Marie", u"Pierre", u"Anne", u"Paul", u"Claire", u"Louis", u"Sophie",
    u"Michel", u"Julie", u"Henri", u"Lucie" };
constexpr std::array s_surnames { u"Martin", u"Bernard", u"Petit", u"Durand", u"Leroy", u"Moreau", u"Simon",
    u"Laurent", u"Lefebvre", u"Garnier", u"Rousseau", u"Fontaine", u"Chevalier" };
constexpr std::array s_months { u"janvier", u"février", u"mars", u"avril", u"mai", u"juin", u"juillet", u"août",
    u"septembre", u"octobre", u"novembre", u"décembre" };

QString pick(const auto& list, int i)
{
    return QString::fromUtf16(list[std::size_t(i) % list.size()]);
}

QStringList datedSentences(int count)
{
    static const QStringList bodies { QStringLiteral("la commission a examiné le dossier numéro %1."),
        QStringLiteral("les associations ont écrit au préfet au sujet du campement %1."),
        QStringLiteral("une réunion s'est tenue en mairie avec %1 participants."),
        QStringLiteral("le rapport d'étape %1 a été transmis aux services de l'État.") };
    QStringList units;
    for (int i = 0; i < count; ++i)
        units << QStringLiteral("Le %1 %2 %3, ").arg(1 + i % 28).arg(pick(s_months, i / 28)).arg(2014 + i % 7)
                + bodies.at(i % bodies.size()).arg(i);
    return units;
}

QList<HostileInput> hostileInputs()
{
    QList<HostileInput> inputs;
    inputs.append({ QStringLiteral("dated_sentences_2000"), QStringLiteral("2,000 dated sentences"), {}, datedSentences(2000) });
    inputs.append({ QStringLiteral("dated_sentences_8000"), QStringLiteral("8,000 dated sentences"), {}, datedSentences(8000) });

    inputs.append({ QStringLiteral("repeated_date"), QStringLiteral("one date 16,000 times"), {},
        QStringList(16000, QStringLiteral("7 février 2017")) });

    QStringList cc;
    for (int i = 0; i < 3000; ++i)
        cc << QStringLiteral("M. %1 %2,").arg(pick(s_firstNames, i), pick(s_surnames, i / 7));
    inputs.append({ QStringLiteral("cc_list"), QStringLiteral("a copy list of 3,000 names"), QStringLiteral("Copie à : "), cc });

    QStringList words;
    for (int i = 0; i < 60000; ++i)
        words << (i % 2 ? pick(s_surnames, i / 3) : pick(s_firstNames, i / 5));
    QStringList capitalised;
    for (qsizetype i = 0; i < words.size(); i += 10)
        capitalised << words.mid(i, 10).join(QLatin1Char(' '));
    inputs.append({ QStringLiteral("capitalised_words"), QStringLiteral("60,000 capitalised words, no punctuation"), {},
        capitalised });

    QStringList numbers;
    for (int i = 0; i < 6000; ++i)
        numbers << QStringLiteral("03.21.%1.%2 %3/%4/ n° %5 12-%6-20 %7.").arg(10 + i % 90).arg(10 + i % 89)
                       .arg(1 + i % 31).arg(1 + i % 12).arg(i).arg(10 + i % 80).arg(1900 + i % 200);
    inputs.append({ QStringLiteral("numbers"), QStringLiteral("6,000 runs of phone numbers, partial dates, numbers"), {},
        numbers });

    QStringList titled;
    for (int i = 0; i < 8000; ++i)
        titled << QStringLiteral("M. le Préfet %1 %2, Mme la Maire %3 %4,")
                      .arg(pick(s_firstNames, i), pick(s_surnames, i), pick(s_firstNames, i + 5), pick(s_surnames, i / 3));
    inputs.append({ QStringLiteral("titles_and_names"), QStringLiteral("8,000 titles with names and commas"), {}, titled });
    return inputs;
}

QByteArray hostileText(const HostileInput& input, bool oneLine)
{
    return (input.prefix + input.units.join(oneLine ? QStringLiteral(" ") : QStringLiteral("\n")) + QLatin1Char('\n'))
        .toUtf8();
}

// One variant in a child process of its own, so that a slow one can be stopped at the cap.
QJsonObject timeVariant(const QString& name, const QString& variant, double capSeconds)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("phase"), QStringLiteral("hostile-one"), name, variant });
    if (!child.waitForFinished(int(capSeconds * 1000))) {
        child.kill();
        child.waitForFinished(-1);
        return { { QStringLiteral("ms"), capSeconds * 1000 }, { QStringLiteral("capped"), true } };
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("BENCH-RESULT "))
            return QJsonDocument::fromJson(line.mid(13)).object();
    }
    return { { QStringLiteral("error"), QStringLiteral("no result (exit %1)").arg(child.exitCode()) } };
}

} // namespace

int runHostileOne(const QString& name, const QString& variant)
{
    for (const HostileInput& input : hostileInputs()) {
        if (input.name != name)
            continue;
        const QByteArray bytes = hostileText(input, variant == QLatin1String("one-line"));
        QElapsedTimer timer;
        timer.start();
        const auto decoded = core::TextDecoder::decode(bytes);
        if (!decoded) {
            std::fprintf(stderr, "littoral-bench: hostile input %s was rejected by the decoder\n", qPrintable(name));
            return 1;
        }
        const QString text = core::TextCleaner::clean(decoded->text);
        const double cleanMs = elapsedMs(timer);
        const core::Extraction found = core::DocumentExtractor::extract(text);
        const double totalMs = elapsedMs(timer);
        emitResult({ { QStringLiteral("ms"), totalMs }, { QStringLiteral("decode_clean_ms"), cleanMs },
            { QStringLiteral("extract_ms"), totalMs - cleanMs }, { QStringLiteral("bytes"), double(bytes.size()) },
            { QStringLiteral("participants"), int(found.participants.size()) },
            { QStringLiteral("events"), int(found.events.size()) }, { QStringLiteral("cut_short"), found.cutShort } });
        return 0;
    }
    std::fprintf(stderr, "littoral-bench: no hostile input named %s\n", qPrintable(name));
    return 1;
}

// Each hostile text decoded, cleaned and extracted (one document, as the import does), on one line and
// broken into lines; the ratio of the two is what should stay near 1 when every stage is linear.
int runHostile(double capSeconds)
{
    QJsonArray rows;
    for (const HostileInput& input : hostileInputs()) {
        note(QStringLiteral("hostile: %1").arg(input.description));
        const QJsonObject lines = timeVariant(input.name, QStringLiteral("lines"), capSeconds);
        const QJsonObject oneLine = timeVariant(input.name, QStringLiteral("one-line"), capSeconds);
        rows.append(QJsonObject { { QStringLiteral("name"), input.name },
            { QStringLiteral("description"), input.description },
            { QStringLiteral("bytes"), double(hostileText(input, true).size()) },
            { QStringLiteral("one_line"), oneLine }, { QStringLiteral("lines"), lines } });
    }
    const QJsonObject result { { QStringLiteral("cap_s"), capSeconds }, { QStringLiteral("inputs"), rows } };
    std::fputs(hostileTable(result).toUtf8().constData(), stderr);
    emitResult(result);
    return 0;
}

} // namespace littoral::bench
