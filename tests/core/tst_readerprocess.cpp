// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/readerprocess.h"

#include "core/formats/ocrengine.h"
#include "core/formats/pdfreader.h"
#include "core/formats/readerprotocol.h"
#include "support/testpaths.h"
#include "support/testpdfs.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <csignal>

#include <unistd.h>

using namespace littoral::core;
using namespace littoral::test;

Q_DECLARE_METATYPE(littoral::core::RejectReason)

namespace {

// A failed read's detail for a test's message; nothing when it succeeded (error() would be undefined).
template <typename T>
QByteArray why(const std::expected<T, Rejection>& result)
{
    return result ? QByteArray() : result.error().detail.toUtf8();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The helper processes this test process has as children right now.
// The littoral-reader processes this test process started and that still run.
QList<qint64> readerChildPids()
{
    QList<qint64> pids;
    const QString parent = QString::number(getpid());
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(entry));
        // pid (comm) state ppid ...
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0 || !stat.contains("(littoral-reader)"))
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == parent.toUtf8() && fields.at(0) != "Z")
            pids.append(entry.toLongLong());
    }
    return pids;
}

int readerChildren()
{
    return int(readerChildPids().size());
}

QList<HandPage> textPages(int count)
{
    QList<HandPage> pages;
    for (int i = 0; i < count; ++i)
        pages.append(HandPage { "Page " + QByteArray::number(i + 1) + " de la lettre", {} });
    return pages;
}

} // namespace

class TestReaderProcess : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("LITTORAL_READER");
        // The helper is built beside the tests (bin/), where helperPath() looks first.
        QCOMPARE(ReaderProcess::helperPath(), QStringLiteral(LITTORAL_BIN_DIR "/littoral-reader"));
    }

    void textPdf_readThroughTheHelperAsPdfReaderReadsIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        writeTextPdf(path,
            { { 0, 72, 100, QStringLiteral("Bordeaux, le 3 mai 1905") }, { 0, 72, 130, QStringLiteral("Monsieur le Préfet,") },
                { 1, 72, 100, QStringLiteral("Veuillez agréer mes salutations.") }, { 2, 72, 100, QStringLiteral("Jean Dupont") } },
            3, QStringLiteral("Titre du fichier"));
        QList<std::pair<int, int>> progress;
        ReaderCallbacks callbacks;
        callbacks.pageRead = [&](int done, int count) { progress.append({ done, count }); };
        const auto read = ReaderProcess::readFile(QFile::encodeName(path), {}, {}, callbacks);
        QVERIFY2(read, why(read).constData());

        const auto direct = PdfReader::open(readAll(path));
        QVERIFY(direct);
        QCOMPARE(read->pages.size(), 3);
        for (int p = 0; p < 3; ++p)
            QCOMPARE(read->pages.at(p), direct->textPage(p));
        QCOMPARE(read->pages.at(0).text, QStringLiteral("Bordeaux, le 3 mai 1905\n\nMonsieur le Préfet,"));
        QCOMPARE(read->metadata, direct->metadata());
        QCOMPARE(read->metadata.title, QStringLiteral("Titre du fichier"));
        const QList<std::pair<int, int>> expected { { 0, 3 }, { 1, 3 }, { 2, 3 }, { 3, 3 } };
        QCOMPARE(progress, expected);

        // An attachment's bytes go through stdin and come back the same.
        const auto fromBytes = ReaderProcess::readBytes(readAll(path));
        QVERIFY2(fromBytes, why(fromBytes).constData());
        QCOMPARE(*fromBytes, *read);
    }

    // One helper reads file after file on this thread: it starts once, not once per file. A file
    // that fails ends it, and the next file starts another.
    void helper_servesFileAfterFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("serve.pdf"));
        QVERIFY(writeFile(path, handPagesPdf(textPages(2))));
        const auto first = ReaderProcess::readFile(QFile::encodeName(path));
        QVERIFY2(first, why(first).constData());
        const QList<qint64> serving = readerChildPids();
        QCOMPARE(serving.size(), 1);
        for (int i = 0; i < 3; ++i) {
            const auto again = ReaderProcess::readFile(QFile::encodeName(path));
            QVERIFY2(again, why(again).constData());
            QCOMPARE(*again, *first);
            const auto fromBytes = ReaderProcess::readBytes(readAll(path));
            QVERIFY2(fromBytes, why(fromBytes).constData());
            QCOMPARE(*fromBytes, *first);
        }
        QCOMPARE(readerChildPids(), serving);

        const QString damaged = m_dir.filePath(QStringLiteral("serve-damaged.pdf"));
        QVERIFY(writeFile(damaged, QByteArray("%PDF-1.7\n") + QByteArray(4000, 'x')));
        QVERIFY(!ReaderProcess::readFile(QFile::encodeName(damaged)));
        QCOMPARE(readerChildren(), 0);
        QVERIFY(ReaderProcess::readFile(QFile::encodeName(path)));
        const QList<qint64> next = readerChildPids();
        QCOMPARE(next.size(), 1);
        QVERIFY(next != serving);
    }

    // A kept helper killed from outside while it waited: the next file is read by a new one, not
    // blamed for the helper's death.
    void helperKilledWhileIdle_nextFileStillRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("idle.pdf"));
        QVERIFY(writeFile(path, handPagesPdf(textPages(1))));
        QVERIFY(ReaderProcess::readFile(QFile::encodeName(path)));
        const QList<qint64> serving = readerChildPids();
        QCOMPARE(serving.size(), 1);
        QCOMPARE(::kill(pid_t(serving.first()), SIGKILL), 0);
        // No event processed meanwhile: the helper's QProcess still thinks it runs, as in an import.
        QElapsedTimer dying;
        dying.start();
        while (readerChildren() != 0 && dying.elapsed() < 5000)
            usleep(10000);
        QCOMPARE(readerChildren(), 0);
        const auto read = ReaderProcess::readFile(QFile::encodeName(path));
        QVERIFY2(read, why(read).constData());
        QCOMPARE(read->pages.size(), 1);
        QCOMPARE(readerChildren(), 1);
    }

    void request_roundTrips()
    {
        ReaderRequest request;
        request.path = QStringLiteral("/archives/été 2016/lettre.pdf");
        request.password = QStringLiteral("mot de passe");
        request.bytes = QByteArray("%PDF-1.4\0\xff", 11);
        const QByteArray framed = request.encode();
        // A big-endian length, then the payload.
        QCOMPARE(qFromBigEndian<quint32>(framed.constData()), quint32(framed.size() - 4));
        const auto decoded = ReaderRequest::decode(framed.mid(4));
        QVERIFY(decoded);
        QCOMPARE(decoded->path, request.path);
        QCOMPARE(decoded->password, request.password);
        QCOMPARE(decoded->bytes, request.bytes);
        QVERIFY(!ReaderRequest::decode(QByteArray("LTRD garbage")));
    }

    void passwordProtected_reportedThenReadWithThePassword()
    {
        const QByteArray path = QFile::encodeName(QStringLiteral(LITTORAL_TEST_DATA_DIR "/pdf/password-protected.pdf"));
        const auto locked = ReaderProcess::readFile(path);
        QVERIFY(!locked);
        QCOMPARE(locked.error().reason, RejectReason::PasswordProtected);

        const auto wrong = ReaderProcess::readFile(path, QStringLiteral("littoral-wrong"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().reason, RejectReason::PasswordProtected);

        const auto open = ReaderProcess::readFile(path, QStringLiteral("littoral-user"));
        QVERIFY2(open, why(open).constData());
        QCOMPARE(open->pages.size(), 1);
        QVERIFY(open->pages.at(0).text.startsWith(QStringLiteral("Bordeaux, le 3 mai 1905")));

        // The password and the file's bytes share stdin.
        const auto fromBytes = ReaderProcess::readBytes(readAll(QFile::decodeName(path)), QStringLiteral("littoral-user"));
        QVERIFY2(fromBytes, why(fromBytes).constData());
        QCOMPARE(*fromBytes, *open);
    }

    void damaged_isRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<RejectReason>("reason");
        QTest::addRow("garbage_after_header") << QByteArray("%PDF-1.7\n") + QByteArray(4000, 'x') << RejectReason::Damaged;
        QTest::addRow("truncated") << handPagesPdf(textPages(2)).left(60) << RejectReason::Damaged;
        QTest::addRow("not_pdf_nor_image") << QByteArray("Bonjour, ceci est du texte.") << RejectReason::Damaged;
        QTest::addRow("empty") << QByteArray() << RejectReason::Empty;
    }
    void damaged_isRejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(RejectReason, reason);
        const QString path = m_dir.filePath(QStringLiteral("damaged.pdf"));
        QVERIFY(writeFile(path, bytes));
        const auto read = ReaderProcess::readFile(QFile::encodeName(path));
        QVERIFY(!read);
        QCOMPARE(read.error().reason, reason);
    }

    void tooManyPages_isRejectedBeforeReading()
    {
        const QString path = m_dir.filePath(QStringLiteral("five.pdf"));
        QVERIFY(writeFile(path, handPagesPdf(textPages(5))));
        ReaderLimits limits;
        limits.maxPages = 3;
        int progressCalls = 0;
        ReaderCallbacks callbacks;
        callbacks.pageRead = [&](int, int) { ++progressCalls; };
        const auto read = ReaderProcess::readFile(QFile::encodeName(path), {}, limits, callbacks);
        QVERIFY(!read);
        QCOMPARE(read.error().reason, RejectReason::TooManyPages);
        QCOMPARE(read.error().detail, QStringLiteral("5 pages, more than the 3 limit"));
        QCOMPARE(progressCalls, 0);

        limits.maxPages = 5;
        const auto within = ReaderProcess::readFile(QFile::encodeName(path), {}, limits);
        QVERIFY2(within, why(within).constData());
        QCOMPARE(within->pages.size(), 5);
        QCOMPARE(within->pages.at(4).text, QStringLiteral("Page 5 de la lettre"));
    }

    void decompressionBomb_isStoppedAndReported()
    {
        // Page 1 has text; page 2 is an image declaring 40,000 × 40,000 RGB pixels (4.8 GB decoded)
        // over 16 kB of zlib: rendering it for OCR runs past its CPU bound.
        const QString path = m_dir.filePath(QStringLiteral("bomb.pdf"));
        QVERIFY(writeFile(path, handPagesPdf({ HandPage { "Lettre du maire", {} }, HandPage { {}, bombImage(40000, 40000) } })));
        QVERIFY(QFileInfo(path).size() < 100 * 1024);
        ReaderLimits limits;
        limits.addressSpaceBytes = qint64(512) << 20;
        limits.cpuSecondsPerPage = 2;
        QElapsedTimer timer;
        timer.start();
        const auto read = ReaderProcess::readFile(QFile::encodeName(path), {}, limits);
        QVERIFY(!read);
        QVERIFY2(read.error().reason == RejectReason::TooDemanding || read.error().reason == RejectReason::Damaged,
            why(read).constData());
        QCOMPARE(read.error().detail, QStringLiteral("took more than 2 s of CPU on page 2"));
        // Wall-clock time only bounds a loaded machine loosely; the CPU bound is the test.
        QVERIFY2(timer.elapsed() < 120000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(readerChildren(), 0);
    }

    void hugePage_isTooDemanding_data()
    {
        QTest::addColumn<int>("side"); // points
        // 60,000 px square at 300 dpi: poppler refuses the bitmap itself.
        QTest::addRow("beyond_poppler_bound") << 14400;
        // 29,000 px square (850 MB of grey): the allocation fails under the helper's 512 MB.
        QTest::addRow("beyond_address_space") << 7000;
    }
    void hugePage_isTooDemanding()
    {
        QFETCH(int, side);
#if defined(__SANITIZE_ADDRESS__)
        if (side < 14400)
            QSKIP("sanitized builds do not bound the helper's address space");
#endif
        const QByteArray s = QByteArray::number(side);
        const QString path = m_dir.filePath(QStringLiteral("huge.pdf"));
        QVERIFY(writeFile(path,
            handMadePdf({ "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + s + " " + s + "] /Contents 4 0 R >>",
                pdfStream({}, "0 0 m " + s + " " + s + " l S") })));
        ReaderLimits limits;
        limits.addressSpaceBytes = qint64(512) << 20;
        const auto read = ReaderProcess::readFile(QFile::encodeName(path), {}, limits);
        QVERIFY(!read);
        QCOMPARE(read.error().reason, RejectReason::TooDemanding);
        QVERIFY2(read.error().detail.endsWith(QStringLiteral("on page 1")), why(read).constData());
        QCOMPARE(readerChildren(), 0);
    }

    void cancel_killsTheHelper()
    {
        // Page 1 is read at once; every later page is slow to render.
        QList<HandPage> pages { HandPage { "Lettre du maire", {} } };
        for (int i = 0; i < 20; ++i)
            pages.append(HandPage { {}, bombImage(40000, 40000) });
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(writeFile(path, handPagesPdf(pages)));
        bool firstPageRead = false;
        QElapsedTimer sinceCancel;
        ReaderCallbacks callbacks;
        callbacks.pageRead = [&](int done, int) {
            if (done >= 1 && !firstPageRead) {
                firstPageRead = true;
                sinceCancel.start();
            }
        };
        callbacks.isCanceled = [&] { return firstPageRead; };
        const auto read = ReaderProcess::readFile(QFile::encodeName(path), {}, {}, callbacks);
        QVERIFY(firstPageRead);
        QVERIFY(!read);
        QCOMPARE(read.error().reason, RejectReason::Unreadable);
        QCOMPARE(read.error().detail, QStringLiteral("cancelled"));
        QVERIFY2(sinceCancel.elapsed() < 10000, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(readerChildren(), 0);
    }

    void watchdog_killsAHelperThatMakesNoProgress()
    {
        const QString path = m_dir.filePath(QStringLiteral("slow.pdf"));
        QVERIFY(writeFile(path, handPagesPdf({ HandPage { "Lettre", {} }, HandPage { {}, bombImage(40000, 40000) } })));
        ReaderLimits limits;
        limits.secondsWithoutProgress = 1;
        const auto read = ReaderProcess::readFile(QFile::encodeName(path), {}, limits);
        QVERIFY(!read);
        QCOMPARE(read.error().reason, RejectReason::TooDemanding);
        QVERIFY2(read.error().detail.startsWith(QStringLiteral("no page read in 1 s")), why(read).constData());
        QCOMPARE(readerChildren(), 0);
    }

    void scannedPage_readByOcrThroughTheHelper()
    {
        {
            OcrEngine engine;
            if (const auto ready = engine.initialise(); !ready)
                QSKIP(qPrintable(QStringLiteral("no OCR in this build: ") + ready.error().detail));
        }
        // Page 1 has a text layer; page 2 is only an image of text (a scan at 300 dpi).
        const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
        writeTextPdf(path, { { 0, 72, 100, QStringLiteral("Lettre du maire") } }, 2, {}, { 1 },
            QStringLiteral("Bordeaux, le 3 mai 1905\nMonsieur le Préfet de la Gironde"));
        QList<std::pair<int, int>> progress;
        ReaderCallbacks callbacks;
        callbacks.pageRead = [&](int done, int count) { progress.append({ done, count }); };
        const auto read = ReaderProcess::readFile(QFile::encodeName(path), {}, {}, callbacks);
        QVERIFY2(read, why(read).constData());
        QCOMPARE(read->pages.size(), 2);
        QVERIFY(!read->pages.at(0).ocr);
        QCOMPARE(read->pages.at(0).text, QStringLiteral("Lettre du maire"));
        const ReadPage& scan = read->pages.at(1);
        QVERIFY(scan.ocr);
        QVERIFY2(scan.text.contains(QStringLiteral("Bordeaux")) && scan.text.contains(QStringLiteral("Gironde")),
            qPrintable(scan.text));
        QVERIFY(scan.words.size() >= 8);
        // The page keeps the PDF's size in points; "Bordeaux" was drawn at x = 300 px of 2480 (72 pt).
        QVERIFY(qAbs(scan.size.width() - 595) < 2);
        bool found = false;
        for (const PageWord& word : scan.words) {
            QVERIFY(word.confidence >= 0 && word.confidence <= 1);
            if (scan.text.mid(word.offset, word.length).startsWith(QStringLiteral("Bordeaux"))) {
                found = true;
                QVERIFY2(qAbs(word.box.left() - 72) < 4, qPrintable(QString::number(word.box.left())));
            }
        }
        QVERIFY(found);
        const QList<std::pair<int, int>> expected { { 0, 2 }, { 1, 2 }, { 2, 2 } };
        QCOMPARE(progress, expected);
    }

    void pngScan_readByOcrThroughTheHelper()
    {
        {
            OcrEngine engine;
            if (const auto ready = engine.initialise(); !ready)
                QSKIP(qPrintable(QStringLiteral("no OCR in this build: ") + ready.error().detail));
        }
        QImage image(1240, 600, QImage::Format_Grayscale8);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPixelSize(60);
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(QPointF(100, 200), QStringLiteral("Monsieur le Préfet"));
        }
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        QVERIFY(ReaderProcess::isReadable(png.left(16)));
        // An attachment: its bytes reach the helper on stdin.
        const auto read = ReaderProcess::readBytes(png);
        QVERIFY2(read, why(read).constData());
        QCOMPARE(read->pages.size(), 1);
        QVERIFY(read->pages.at(0).ocr);
        QVERIFY2(read->pages.at(0).text.contains(QStringLiteral("Préfet")), qPrintable(read->pages.at(0).text));
        QVERIFY(read->metadata.title.isEmpty());
    }

    void helperMissing_isUnreadableAndNamesThePath()
    {
        qputenv("LITTORAL_READER", "/nonexistent/littoral-reader");
        const auto read = ReaderProcess::readBytes(handPagesPdf(textPages(1)));
        qunsetenv("LITTORAL_READER");
        QVERIFY(!read);
        QCOMPARE(read.error().reason, RejectReason::Unreadable);
        QVERIFY2(read.error().detail.contains(QStringLiteral("/nonexistent/littoral-reader")), why(read).constData());
    }

    void isReadable_byMagicBytes_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("readable");
        QTest::addRow("pdf") << QByteArray("%PDF-1.7\n") << true;
        QTest::addRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << true;
        QTest::addRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << true;
        QTest::addRow("tiff_le") << QByteArray("II*\0\x08\0\0\0", 8) << true;
        QTest::addRow("tiff_be") << QByteArray("MM\0*\0\0\0\x08", 8) << true;
        QTest::addRow("text") << QByteArray("Bordeaux, le 3 mai") << false;
        QTest::addRow("zip") << QByteArray("PK\x03\x04") << false;
        QTest::addRow("empty") << QByteArray() << false;
    }
    void isReadable_byMagicBytes()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, readable);
        QCOMPARE(ReaderProcess::isReadable(head), readable);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReaderProcess)
#include "tst_readerprocess.moc"
