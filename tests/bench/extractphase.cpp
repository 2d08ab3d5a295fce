// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"
#include "phases.h"

#include "core/extract/dateparser.h"
#include "core/extract/documentclassifier.h"
#include "core/extract/documentdatefinder.h"
#include "core/extract/documentextractor.h"
#include "core/extract/eventextractor.h"
#include "core/extract/participantextractor.h"
#include "core/extract/textcleaner.h"
#include "core/extract/textdecoder.h"
#include "core/extract/textlines.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonObject>

#include <ctime>
#include <functional>

namespace littoral::bench {

// One thread, each extraction stage timed (thread CPU time) over the first `limit` files of a corpus: tells which stage
// an import's pool threads spend their time in, without a profiler.
int runExtractStages(const QString& corpus, int limit)
{
    QStringList files;
    QDirIterator it(corpus, { QStringLiteral("*.txt"), QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    files = files.mid(0, limit);
    QList<QByteArray> raw;
    for (const QString& path : std::as_const(files)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            raw.append(f.readAll());
    }

    // CPU time of this thread, not wall time: the figures hold on a machine busy with other work.
    const auto cpuMs = [] {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    };
    QJsonObject result;
    const auto time = [&](const char* name, const std::function<void()>& stage) {
        const double start = cpuMs();
        stage();
        result.insert(QString::fromLatin1(name), cpuMs() - start);
    };

    QStringList decoded, texts;
    time("decode_ms", [&] {
        for (const QByteArray& bytes : std::as_const(raw))
            if (auto d = core::TextDecoder::decode(bytes))
                decoded.append(d->text);
    });
    time("clean_ms", [&] {
        for (const QString& d : std::as_const(decoded))
            texts.append(core::TextCleaner::clean(d));
    });
    QList<core::TextLines> lines;
    time("lines_ms", [&] {
        for (const QString& t : std::as_const(texts))
            lines.append(core::TextLines(t));
    });
    QList<QList<core::DateMention>> mentions;
    time("dates_ms", [&] {
        for (const QString& t : std::as_const(texts))
            mentions.append(core::DateParser::findAll(t));
    });
    QList<core::DocumentDateFinder::Found> whens;
    time("date_finder_ms", [&] {
        for (qsizetype i = 0; i < texts.size(); ++i)
            whens.append(core::DocumentDateFinder::find(lines.at(i), mentions.at(i)));
    });
    QList<core::DocumentType> types;
    time("type_ms", [&] {
        for (const core::TextLines& l : std::as_const(lines))
            types.append(core::DocumentClassifier::type(l));
    });
    time("language_ms", [&] {
        for (const QString& t : std::as_const(texts))
            core::DocumentClassifier::language(t);
    });
    time("participants_ms", [&] {
        for (qsizetype i = 0; i < texts.size(); ++i)
            core::ParticipantExtractor::extract(lines.at(i), { types.at(i), whens.at(i).line });
    });
    time("events_ms", [&] {
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const auto& date = whens.at(i).date;
            core::EventExtractor::extract(texts.at(i), mentions.at(i), whens.at(i).mentionIndex, date ? date->date : core::PartialDate {});
        }
    });
    time("title_ms", [&] {
        for (qsizetype i = 0; i < texts.size(); ++i)
            core::DocumentClassifier::title(lines.at(i), whens.at(i).line, types.at(i));
    });
    time("extract_total_ms", [&] {
        for (const QString& t : std::as_const(texts))
            core::DocumentExtractor::extract(t);
    });
    result.insert(QStringLiteral("files"), int(texts.size()));
    emitResult(result);
    return 0;
}

} // namespace littoral::bench
