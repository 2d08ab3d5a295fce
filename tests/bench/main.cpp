// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral-bench: measures Littoral against plain SQLite/Qt/igraph baselines on generated corpora.
//   littoral-bench --corpora DIR --out DIR [SIZES...]   (DIR/<size>/ holds each generated corpus)
//   littoral-bench phase NAME ARGS...                   (one measurement, run as a child process;
//                                                        `phase hostile [CAP_S]` alone prints its table;
//                                                        `phase pdf-import CORPUS WORK N`: N text PDFs)
#include "benchutil.h"
#include "phases.h"
#include "report.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

using namespace littoral::bench;

namespace {

QJsonObject runPhase(const QStringList& args)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // libgomp reads it at start-up: OCR on one thread, as in the import (and as the tesseract baseline).
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), QStringList { QStringLiteral("phase") } + args);
    child.waitForFinished(-1);
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("BENCH-RESULT "))
            return QJsonDocument::fromJson(line.mid(13)).object();
    }
    std::fprintf(stderr, "littoral-bench: phase %s gave no result (exit %d)\n", qPrintable(args.join(QLatin1Char(' '))),
        child.exitCode());
    return { { QStringLiteral("error"), QStringLiteral("no result") } };
}

void print(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

int orchestrate(const QStringList& args)
{
    QString corpora;
    QString out;
    QList<int> sizes;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--corpora") && i + 1 < args.size())
            corpora = args[++i];
        else if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            out = args[++i];
        else if (args[i].toInt() > 0)
            sizes << args[i].toInt();
    }
    if (corpora.isEmpty() || out.isEmpty()) {
        std::fprintf(stderr, "usage: littoral-bench --corpora DIR --out DIR [SIZES...]\n");
        return 1;
    }
    if (sizes.isEmpty())
        sizes = { 1000, 10000, 100000 };
    QDir().mkpath(out);

    const QString machine = QStringLiteral("%1 cores, %2, %3; Qt %4, SQLite %5")
                                .arg(QThread::idealThreadCount())
                                .arg(cpuModel(), QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()),
                                    QString::fromLatin1(sqlite3_libversion()));
    QJsonObject results { { QStringLiteral("machine"), machine } };
    QJsonObject perSize;
    QElapsedTimer total;
    total.start();

    std::fprintf(stderr, "littoral-bench: graph layout and painting (5,000 nodes / 20,000 edges)\n");
    results.insert(QStringLiteral("graph"), runPhase({ QStringLiteral("graph") }));
    std::fprintf(stderr, "littoral-bench: hostile folder (long lines), each text stopped after 20 s\n");
    const QJsonObject hostile = runPhase({ QStringLiteral("hostile"), QStringLiteral("20") });
    results.insert(QStringLiteral("hostile"), hostile);
    print(hostileTable(hostile));
    std::fprintf(stderr, "littoral-bench: OCR, 6 pages, against the tesseract command line\n");
    const QJsonObject ocr = runPhase({ QStringLiteral("ocr"), QStringLiteral("6") });
    results.insert(QStringLiteral("ocr"), ocr);
    print(ocrTable(ocr));
    // Text PDFs: the first size's corpus, 200 letters written once.
    QJsonObject pdf;
    if (!sizes.isEmpty()) {
        std::fprintf(stderr, "littoral-bench: PDF import (200 text PDFs) against pdftotext\n");
        const QString pdfWork = QDir(out).absoluteFilePath(QStringLiteral("work/pdf"));
        QDir().mkpath(pdfWork);
        pdf = runPhase({ QStringLiteral("pdf-import"), QDir(corpora).absoluteFilePath(QString::number(sizes.constFirst())),
            pdfWork, QStringLiteral("200") });
        results.insert(QStringLiteral("pdf_import"), pdf);
        print(pdfImportTable(pdf));
    }

    for (int size : sizes) {
        const QString corpus = QDir(corpora).absoluteFilePath(QString::number(size));
        const QString work = QDir(out).absoluteFilePath(QStringLiteral("work/%1").arg(size));
        QDir().mkpath(work);
        const QString appDb = work + QStringLiteral("/littoral.db");
        QJsonObject s;
        std::fprintf(stderr, "littoral-bench: %d documents: import floor (sqlite3)\n", size);
        s.insert(QStringLiteral("import_floor"),
            runPhase({ QStringLiteral("import-floor"), corpus, work + QStringLiteral("/floor.db") }));
        std::fprintf(stderr, "littoral-bench: %d documents: import (ImportJob)\n", size);
        s.insert(QStringLiteral("import_app"), runPhase({ QStringLiteral("import-app"), corpus, appDb }));
        std::fprintf(stderr, "littoral-bench: %d documents: search\n", size);
        s.insert(QStringLiteral("search"), runPhase({ QStringLiteral("search"), appDb }));
        std::fprintf(stderr, "littoral-bench: %d documents: open and view\n", size);
        s.insert(QStringLiteral("view"), runPhase({ QStringLiteral("view"), appDb }));
        s.insert(QStringLiteral("analysis"), runPhase({ QStringLiteral("analysis"), appDb }));
        std::fprintf(stderr, "littoral-bench: %d documents: import in the window, heartbeat, cancel\n", size);
        s.insert(QStringLiteral("gui"),
            runPhase({ QStringLiteral("gui-import"), corpus, work, QStringLiteral("2000"), QStringLiteral("60000") }));
        perSize.insert(QString::number(size), s);
        results.insert(QStringLiteral("sizes"), perSize);
        print(sizeTable(results, size));
        std::fprintf(stderr, "littoral-bench: %.0f s so far\n", double(total.elapsed()) / 1000.0);
    }

    const QString summary = summaryTable(results, sizes);
    results.insert(QStringLiteral("seconds"), double(total.elapsed()) / 1000.0);
    const QString markdown = QStringLiteral("Benchmark (`./dev bench`) on %1.\n\n").arg(machine) + summary
        + hostileTable(hostile) + ocrTable(ocr) + pdfImportTable(pdf);
    print(QStringLiteral("\n## Summary\n\n") + markdown);

    QFile json(QDir(out).absoluteFilePath(QStringLiteral("results.json")));
    QFile md(QDir(out).absoluteFilePath(QStringLiteral("results.md")));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) || !md.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "littoral-bench: cannot write results in %s\n", qPrintable(out));
        return 2;
    }
    json.write(QJsonDocument(results).toJson());
    md.write(markdown.toUtf8());
    std::fprintf(stderr, "littoral-bench: wrote %s and %s in %.0f s\n", qPrintable(json.fileName()),
        qPrintable(md.fileName()), double(total.elapsed()) / 1000.0);
    return 0;
}

int phase(int argc, char** argv)
{
    const QString name = QString::fromLocal8Bit(argv[2]);
    QStringList args;
    for (int i = 3; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const bool gui = name == QLatin1String("view") || name == QLatin1String("timeline") || name == QLatin1String("graph")
        || name == QLatin1String("graph-corpus") || name == QLatin1String("gui-import") || name == QLatin1String("ocr")
        || name == QLatin1String("pdf-import");
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    // Keep the window's settings (recent files, geometry) away from a real user's.
    QCoreApplication::setOrganizationName(QStringLiteral("LittoralBench"));
    QCoreApplication::setApplicationName(QStringLiteral("littoral-bench"));
    QStandardPaths::setTestModeEnabled(true);
    if (name == QLatin1String("import-floor") && args.size() == 2)
        return runImportFloor(args[0], args[1]);
    if (name == QLatin1String("import-app") && args.size() == 2)
        return runImportApp(args[0], args[1]);
    if (name == QLatin1String("extract-stages") && args.size() == 2)
        return runExtractStages(args[0], args[1].toInt());
    if (name == QLatin1String("search") && args.size() == 1)
        return runSearch(args[0]);
    if (name == QLatin1String("view") && args.size() == 1)
        return runView(args[0]);
    if (name == QLatin1String("timeline") && args.size() == 1)
        return runTimeline(args[0]);
    if (name == QLatin1String("graph") && args.isEmpty())
        return runGraph();
    if (name == QLatin1String("analysis") && args.size() == 1)
        return runAnalysis(args[0]);
    if (name == QLatin1String("graph-corpus") && args.size() == 1)
        return runGraphCorpus(args[0]);
    if (name == QLatin1String("hostile") && args.size() <= 1)
        return runHostile(args.isEmpty() ? 20.0 : args[0].toDouble());
    if (name == QLatin1String("hostile-one") && args.size() == 2)
        return runHostileOne(args[0], args[1]);
    if (name == QLatin1String("ocr") && args.size() <= 1)
        return runOcr(args.isEmpty() ? 6 : args[0].toInt());
    if (name == QLatin1String("gui-import") && args.size() == 4)
        return runGuiImport(args[0], args[1], args[2].toDouble(), args[3].toDouble());
    if (name == QLatin1String("pdf-import") && args.size() == 3)
        return runPdfImport(args[0], args[1], args[2].toInt());
    std::fprintf(stderr, "littoral-bench: unknown phase or arguments: %s\n", argv[2]);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "phase") == 0)
        return phase(argc, argv);
    QCoreApplication app(argc, argv);
    return orchestrate(QCoreApplication::arguments().mid(1));
}
