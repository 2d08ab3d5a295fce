// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"
#include "phases.h"
#include "report.h"

#include "core/formats/imagefile.h"
#include "core/formats/ocrengine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace littoral::bench {
namespace {

constexpr int kDpi = 300;
constexpr int kPageWidth = 2480; // A4 at 300 dpi
constexpr int kPageHeight = 3508;
constexpr int kMargin = 300; // an inch
constexpr int kLineHeight = 62;
constexpr int kLinesPerPage = 40; // a letter's page, not a dense report's

// The sample corpus's words, wrapped to the page's width in 12-point serif, as many lines as `pages` hold.
QList<QStringList> pageLines(int pages, const QFontMetricsF& metrics)
{
    QStringList texts;
    QStringList files;
    for (QDirIterator it(QStringLiteral(":/corpus"), { QStringLiteral("*.txt") }, QDir::Files); it.hasNext();)
        files << it.next();
    files.sort();
    for (const QString& path : files) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(f.readAll());
    }
    QStringList lines;
    const double width = kPageWidth - 2 * kMargin;
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    // The corpus again from its start when the pages need more text than it has.
    while (lines.size() < pages * kLinesPerPage) {
        const qsizetype before = lines.size();
        for (const QString& text : texts) {
            for (const QString& paragraph : text.split(paragraphBreak, Qt::SkipEmptyParts)) {
                QString line;
                for (const QString& word : paragraph.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
                    if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
                        lines << line;
                        line = word;
                    } else {
                        line = longer;
                    }
                }
                if (!line.isEmpty())
                    lines << line;
                lines << QString(); // the blank line between paragraphs
            }
        }
        if (lines.size() == before)
            break;
    }
    QList<QStringList> out;
    for (int p = 0; p < pages && qsizetype(p) * kLinesPerPage < lines.size(); ++p)
        out << lines.mid(qsizetype(p) * kLinesPerPage, kLinesPerPage);
    return out;
}

QStringList writePages(const QString& dir, int pages)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(50); // 12 pt at 300 dpi
    QImage probe(1, 1, QImage::Format_Grayscale8);
    const QFontMetricsF metrics(font, &probe);
    QStringList paths;
    int number = 0;
    for (const QStringList& lines : pageLines(pages, metrics)) {
        QImage image(kPageWidth, kPageHeight, QImage::Format_Grayscale8);
        image.setDotsPerMeterX(11811); // 300 dpi, written into the PNG
        image.setDotsPerMeterY(11811);
        image.fill(255);
        QPainter painter(&image);
        painter.setFont(font);
        painter.setPen(Qt::black);
        double baseline = kMargin;
        for (const QString& line : lines) {
            painter.drawText(QPointF(kMargin, baseline), line);
            baseline += kLineHeight;
        }
        painter.end();
        const QString path = QDir(dir).filePath(QStringLiteral("page-%1.png").arg(++number));
        if (image.save(path))
            paths << path;
    }
    return paths;
}

int wordCount(const QString& text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

} // namespace

// OcrEngine (one engine, kept for every page, as an import worker does; each page loaded through
// ImageFile) against the tesseract command line (a process per page, as people run it) on the same
// PNGs, both on one thread (OMP_THREAD_LIMIT=1).
int runOcr(int pages)
{
    const QString cli = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
    if (cli.isEmpty()) {
        note(QStringLiteral("OCR: tesseract is not on PATH, phase skipped"));
        emitResult({ { QStringLiteral("skipped"), QStringLiteral("tesseract not on PATH") } });
        return 0;
    }
    if (qgetenv("OMP_THREAD_LIMIT") != "1")
        note(QStringLiteral("OCR: OMP_THREAD_LIMIT is not 1 in this process: Tesseract may use more than one thread"));
    QTemporaryDir dir;
    const QStringList paths = writePages(dir.path(), pages);
    if (paths.isEmpty()) {
        emitResult({ { QStringLiteral("error"), QStringLiteral("no page written") } });
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    core::OcrEngine engine;
    if (auto ok = engine.initialise(); !ok) {
        emitResult({ { QStringLiteral("error"), ok.error().detail } });
        return 1;
    }
    const double initMs = elapsedMs(timer);
    int oursWords = 0;
    for (const QString& path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const auto image = core::ImageFile::page(f.readAll(), 0, qint64(200) << 20);
        if (!image) {
            emitResult({ { QStringLiteral("error"), image.error().detail } });
            return 1;
        }
        const auto page = engine.recognise(*image);
        if (!page) {
            emitResult({ { QStringLiteral("error"), page.error().detail } });
            return 1;
        }
        oursWords += int(page->words.size());
    }
    const double oursMs = elapsedMs(timer);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    int cliWords = 0;
    timer.restart();
    for (const QString& path : paths) {
        QProcess process;
        process.setProcessEnvironment(env);
        const QString out = path.chopped(4);
        process.start(cli, { path, out, QStringLiteral("-l"), QStringLiteral("fra+eng") });
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            emitResult({ { QStringLiteral("error"), QStringLiteral("tesseract failed on %1").arg(path) } });
            return 1;
        }
        QFile text(out + QStringLiteral(".txt"));
        if (text.open(QIODevice::ReadOnly))
            cliWords += wordCount(QString::fromUtf8(text.readAll()));
    }
    const double cliMs = elapsedMs(timer);

    const QJsonObject result { { QStringLiteral("pages"), int(paths.size()) }, { QStringLiteral("ours_ms"), oursMs },
        { QStringLiteral("ours_init_ms"), initMs }, { QStringLiteral("cli_ms"), cliMs },
        { QStringLiteral("ratio"), oursMs / cliMs }, { QStringLiteral("ours_words"), oursWords },
        { QStringLiteral("cli_words"), cliWords }, { QStringLiteral("peak_rss_mb"), peakRssMb() } };
    std::fputs(ocrTable(result).toUtf8().constData(), stderr);
    emitResult(result);
    return 0;
}

} // namespace littoral::bench
