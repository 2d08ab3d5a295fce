// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OcrEngine (Tesseract) and ImageFile (Leptonica) on pages this test draws itself with QPainter, at
// 300 dpi with noise and a slight rotation, where it knows every word's place.
#include "core/formats/imagefile.h"
#include "core/formats/ocrengine.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <leptonica/allheaders.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>

using namespace littoral::core;

namespace {

constexpr int kDpi = 300;
constexpr double kPointsPerPixel = 72.0 / kDpi;
constexpr int kDotsPerMeter300 = 11811; // 300 dpi

struct DrawnWord {
    QString text;
    QRectF box; // points, where the ink is once the page is rotated
};

struct DrawnPage {
    QImage image; // grey, 300 dpi
    QList<DrawnWord> words;
};

// Text in 12-point serif at 300 dpi, a margin of an inch, turned by `degrees` around the page's
// centre, then salt-and-pepper noise from a fixed seed.
DrawnPage drawPage(const QStringList& lines, double degrees, quint32 seed)
{
    const int width = 2480; // A4's width; only as tall as the text needs, to keep the test quick
    const int height = 200 + int(lines.size()) * 90 + 200;
    QImage image(width, height, QImage::Format_RGB32);
    image.setDotsPerMeterX(kDotsPerMeter300);
    image.setDotsPerMeterY(kDotsPerMeter300);
    image.fill(Qt::white);

    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(50); // 12 pt at 300 dpi
    const QFontMetricsF metrics(font, &image);
    QTransform rotation;
    rotation.translate(width / 2.0, height / 2.0);
    rotation.rotate(degrees);
    rotation.translate(-width / 2.0, -height / 2.0);

    DrawnPage page;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.setTransform(rotation);
    double baseline = 200;
    for (const QString& line : lines) {
        painter.drawText(QPointF(kDpi, baseline), line);
        // Each word where the line put it: the advance of what precedes it, its own ink box.
        static const QRegularExpression wordRe(QStringLiteral("\\S+"));
        for (auto it = wordRe.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const double x = kDpi + metrics.horizontalAdvance(line.left(m.capturedStart()));
            const QRectF ink = metrics.tightBoundingRect(m.captured()).translated(x, baseline);
            const QRectF turned = rotation.mapRect(ink);
            page.words.append({ m.captured(),
                QRectF(turned.x() * kPointsPerPixel, turned.y() * kPointsPerPixel, turned.width() * kPointsPerPixel,
                    turned.height() * kPointsPerPixel) });
        }
        baseline += 90;
    }
    painter.end();

    QRandomGenerator random(seed);
    const int specks = width * height / 4000;
    for (int i = 0; i < specks; ++i) {
        const int x = int(random.bounded(width));
        const int y = int(random.bounded(height));
        image.setPixel(x, y, random.bounded(2) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    }
    page.image = image.convertToFormat(QImage::Format_Grayscale8);
    return page;
}

RasterImage raster(const QImage& grey)
{
    RasterImage image;
    image.width = grey.width();
    image.height = grey.height();
    image.bytesPerPixel = 1;
    image.bytesPerLine = int(grey.bytesPerLine());
    image.dpi = kDpi;
    image.pixels = QByteArray(reinterpret_cast<const char*>(grey.constBits()), grey.sizeInBytes());
    return image;
}

// Case, spacing and the typographic apostrophe are not what OCR is judged on here.
QString folded(const QString& text)
{
    QString out = text.toCaseFolded();
    out.replace(QChar(0x2019), QLatin1Char('\''));
    return out.simplified();
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        qWarning("cannot write %s: %s", format, qPrintable(writer.errorString()));
    return bytes;
}

QByteArray pngChunk(const char* type, const QByteArray& payload)
{
    QByteArray chunk;
    const quint32 length = quint32(payload.size());
    chunk.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    const QByteArray body = QByteArray(type) + payload;
    chunk.append(body);
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(body.constData()), uInt(body.size())));
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    return chunk;
}

// A well-formed PNG whose header claims width × height grey pixels, with a few bytes of image data.
QByteArray claimedPng(quint32 width, quint32 height)
{
    QByteArray header;
    for (quint32 v : { width, height })
        header.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    header.append(char(8)).append(char(0)).append(char(0)).append(char(0)).append(char(0)); // 8-bit grey
    const QByteArray zlibStream = qCompress(QByteArray(64, '\0')).mid(4); // qCompress prefixes a length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlibStream)
        + pngChunk("IEND", {});
}

// A multi-page TIFF through Leptonica (Qt here has no TIFF writer): page i is (300 + 100 i) × (200 + 50 i)
// pixels, grey, at 300 dpi.
QByteArray multipageTiff(int pages)
{
    PIXA* pixa = pixaCreate(pages);
    for (int i = 0; i < pages; ++i) {
        PIX* pix = pixCreate(300 + 100 * i, 200 + 50 * i, 8);
        pixSetAllArbitrary(pix, 255);
        pixSetResolution(pix, kDpi, kDpi);
        pixaAddPix(pixa, pix, L_INSERT);
    }
    l_uint8* data = nullptr;
    size_t size = 0;
    const bool written = pixaWriteMemMultipageTiff(&data, &size, pixa) == 0;
    pixaDestroy(&pixa);
    if (!written)
        return {};
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    lept_free(data);
    return bytes;
}

const QStringList s_frenchLetter = {
    QStringLiteral(u"Calais, le 12 mars 2016"),
    QStringLiteral(u"Monsieur le Préfet,"),
    QStringLiteral(u"Nous avons l’honneur de vous écrire au sujet des conditions d’accueil"),
    QStringLiteral(u"des personnes exilées près du port. Les bénévoles ont constaté"),
    QStringLiteral(u"que les tentes ont été détruites à l’aube, sans préavis."),
    QStringLiteral(u"Veuillez agréer, Monsieur le Préfet, nos salutations distinguées."),
    QStringLiteral(u"Marie Lefèvre"),
};
const QStringList s_englishLetter = {
    QStringLiteral(u"Dover, 3 April 2017"),
    QStringLiteral(u"Dear Sir,"),
    QStringLiteral(u"We write to you about the conditions in the camp near the harbour,"),
    QStringLiteral(u"where volunteers found that the shelters had been cleared at dawn."),
    QStringLiteral(u"Yours faithfully,"),
    QStringLiteral(u"John Whitfield"),
};

} // namespace

class TestOcrEngine final : public QObject {
    Q_OBJECT
private slots:
    void recognise_printedLetter_textBoxesAndConfidences_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("dateLine");
        QTest::addColumn<QString>("name");
        QTest::addRow("french") << s_frenchLetter << s_frenchLetter.first() << s_frenchLetter.last();
        QTest::addRow("english") << s_englishLetter << s_englishLetter.first() << s_englishLetter.last();
    }
    void recognise_printedLetter_textBoxesAndConfidences()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, dateLine);
        QFETCH(QString, name);
        const DrawnPage drawn = drawPage(lines, 0.5, 16);
        OcrEngine engine;
        QVERIFY(engine.initialise());
        const auto page = engine.recognise(raster(drawn.image));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));

        QVERIFY(page->ocr);
        QCOMPARE(page->size, QSizeF(drawn.image.width() * kPointsPerPixel, drawn.image.height() * kPointsPerPixel));
        const QStringList readLines = page->text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Every drawn line is read, give or take a character in ten (an accent, a stray speck).
        for (const QString& line : lines) {
            int best = int(line.size());
            for (const QString& read : readLines)
                best = std::min(best, editDistance(folded(line), folded(read)));
            QVERIFY2(best <= std::max(1, int(line.size()) / 10),
                qPrintable(QStringLiteral("'%1' read %2 edits away in:\n%3").arg(line).arg(best).arg(page->text)));
        }
        // The date and the signature, which extraction needs exactly.
        QVERIFY2(readLines.contains(dateLine), qPrintable(page->text));
        QVERIFY2(readLines.contains(name), qPrintable(page->text));

        // Words point into the text, in order, with confidences in (0, 1].
        QVERIFY(page->words.size() >= drawn.words.size() - 2);
        qint32 end = 0;
        for (const PageWord& w : page->words) {
            QVERIFY(w.offset >= end);
            QVERIFY(w.length > 0);
            QVERIFY(!page->text.mid(w.offset, w.length).contains(QLatin1Char(' ')));
            QVERIFY2(w.confidence > 0.0f && w.confidence <= 1.0f, qPrintable(page->text.mid(w.offset, w.length)));
            end = w.offset + w.length;
        }
        // Each word read right lies within 3 pt of where QPainter drew it; most words are read right.
        int matched = 0;
        for (const DrawnWord& expected : drawn.words) {
            const PageWord* nearest = nullptr;
            double nearestDistance = 1e9;
            for (const PageWord& w : page->words) {
                if (folded(page->text.mid(w.offset, w.length)) != folded(expected.text))
                    continue;
                const QPointF delta = w.box.center() - expected.box.center();
                const double distance = std::hypot(delta.x(), delta.y());
                if (distance < nearestDistance) {
                    nearestDistance = distance;
                    nearest = &w;
                }
            }
            if (!nearest)
                continue;
            ++matched;
            const QRectF& got = nearest->box;
            const QRectF& want = expected.box;
            const QString where = QStringLiteral("'%1' drawn at (%2, %3, %4, %5), read at (%6, %7, %8, %9)")
                                      .arg(expected.text)
                                      .arg(want.left())
                                      .arg(want.top())
                                      .arg(want.right())
                                      .arg(want.bottom())
                                      .arg(got.left())
                                      .arg(got.top())
                                      .arg(got.right())
                                      .arg(got.bottom());
            QVERIFY2(std::abs(got.left() - want.left()) <= 3.0, qPrintable(where));
            QVERIFY2(std::abs(got.right() - want.right()) <= 3.0, qPrintable(where));
            QVERIFY2(std::abs(got.top() - want.top()) <= 3.0, qPrintable(where));
            QVERIFY2(std::abs(got.bottom() - want.bottom()) <= 3.0, qPrintable(where));
        }
        QVERIFY2(matched >= drawn.words.size() * 8 / 10,
            qPrintable(QStringLiteral("%1 of %2 words read right").arg(matched).arg(drawn.words.size())));
    }

    void recognise_pageAtLowerResolution_boxesInPoints()
    {
        // The same words at 150 dpi: boxes are in points, so they land where they did at 300 dpi.
        const DrawnPage drawn = drawPage({ s_frenchLetter.first() }, 0.0, 3);
        const QImage half = drawn.image.scaled(drawn.image.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        RasterImage image = raster(half);
        image.dpi = kDpi / 2;
        OcrEngine engine;
        const auto page = engine.recognise(image); // initialises itself
        QVERIFY(page);
        QCOMPARE(page->size, QSizeF(half.width() * 72.0 / 150, half.height() * 72.0 / 150));
        QCOMPARE(page->words.size(), drawn.words.size());
        for (qsizetype i = 0; i < drawn.words.size(); ++i)
            QVERIFY(std::abs(page->words[i].box.left() - drawn.words[i].box.left()) <= 3.0);
    }

    void recognise_blankPage_noWords()
    {
        QImage blank(1200, 800, QImage::Format_Grayscale8);
        blank.fill(255);
        OcrEngine engine;
        const auto page = engine.recognise(raster(blank));
        QVERIFY(page);
        QVERIFY(page->words.isEmpty());
        QVERIFY(page->text.isEmpty());
        QVERIFY(page->ocr);
    }

    void recognise_invalidImage_isDamaged()
    {
        RasterImage image;
        image.width = 100;
        image.height = 100;
        image.bytesPerLine = 100;
        image.pixels = QByteArray(50, '\xff'); // far fewer bytes than 100 lines
        OcrEngine engine;
        const auto page = engine.recognise(image);
        QVERIFY(!page);
        QCOMPARE(page.error().reason, RejectReason::Damaged);
    }

    void initialise_missingLanguage_namesItsPackage()
    {
        OcrEngine engine;
        const auto ok = engine.initialise(QStringLiteral("fra+xyz"));
        QVERIFY(!ok);
        QCOMPARE(ok.error().reason, RejectReason::Unreadable);
        QVERIFY2(ok.error().detail.contains(QLatin1String("tesseract-ocr-xyz")), qPrintable(ok.error().detail));
    }

    void imageFile_pngAndJpeg_sizeDpiAndPixels_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<int>("dotsPerMeter");
        QTest::addColumn<int>("dpi");
        QTest::addRow("png_300dpi") << QByteArray("png") << kDotsPerMeter300 << 300;
        QTest::addRow("png_150dpi") << QByteArray("png") << 5906 << 150;
        QTest::addRow("png_20dpi_implausible_is300") << QByteArray("png") << 787 << 300;
        QTest::addRow("jpeg_300dpi") << QByteArray("jpeg") << kDotsPerMeter300 << 300;
        QTest::addRow("png_transparent_isOnWhite") << QByteArray("png") << kDotsPerMeter300 << 300;
    }
    void imageFile_pngAndJpeg_sizeDpiAndPixels()
    {
        QFETCH(QByteArray, format);
        QFETCH(int, dotsPerMeter);
        QFETCH(int, dpi);
        // Colour, with a black block at a known place: the grey pixels must come out where they were.
        const bool transparent = QByteArray(QTest::currentDataTag()).contains("transparent");
        QImage image(640, 480, transparent ? QImage::Format_ARGB32 : QImage::Format_RGB32);
        image.fill(transparent ? QColor(Qt::transparent) : QColor(Qt::white));
        QPainter(&image).fillRect(QRect(100, 50, 40, 30), Qt::black);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        const QByteArray bytes = encoded(image, format.constData());
        QVERIFY(!bytes.isEmpty());

        const auto count = ImageFile::pageCount(bytes);
        QVERIFY(count);
        QCOMPARE(*count, 1);
        const auto page = ImageFile::page(bytes, 0, 10'000'000);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
        QCOMPARE(page->width, 640);
        QCOMPARE(page->height, 480);
        QCOMPARE(page->bytesPerPixel, 1);
        QVERIFY(page->bytesPerLine >= 640);
        QCOMPARE(page->pixels.size(), qsizetype(page->bytesPerLine) * 480);
        QCOMPARE(page->dpi, dpi);
        const auto at = [&](int x, int y) { return int(quint8(page->pixels[qsizetype(y) * page->bytesPerLine + x])); };
        QVERIFY(at(101, 51) < 40);
        QVERIFY(at(138, 78) < 40);
        QVERIFY(at(99, 51) > 215); // just left of the block
        QVERIFY(at(142, 51) > 215); // just right of it
        QVERIFY(at(500, 400) > 215);
        QCOMPARE(ImageFile::page(bytes, 1, 10'000'000).error().reason, RejectReason::Damaged);
    }

    void imageFile_multipageTiff_countsAndSizes_data()
    {
        QTest::addColumn<int>("pages");
        for (int pages : { 1, 2, 3, 5, 8, 9 })
            QTest::addRow("%d_pages", pages) << pages;
    }
    void imageFile_multipageTiff_countsAndSizes()
    {
        QFETCH(int, pages);
        const QByteArray tiff = multipageTiff(pages);
        QVERIFY(!tiff.isEmpty());
        const auto count = ImageFile::pageCount(tiff);
        QVERIFY2(count, qPrintable(count ? QString() : count.error().detail));
        QCOMPARE(*count, pages);
        for (int i = 0; i < pages; ++i) {
            const auto page = ImageFile::page(tiff, i, 10'000'000);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
            QCOMPARE(page->width, 300 + 100 * i);
            QCOMPARE(page->height, 200 + 50 * i);
            QCOMPARE(page->dpi, 300);
            QCOMPARE(quint8(page->pixels.at(page->pixels.size() / 2)), quint8(255));
        }
        const auto beyond = ImageFile::page(tiff, pages, 10'000'000);
        QVERIFY(!beyond);
        QCOMPARE(beyond.error().reason, RejectReason::Damaged);
    }

    void imageFile_absurdSize_isTooDemandingBeforeDecoding()
    {
        const QByteArray png = claimedPng(50000, 50000);
        QCOMPARE(ImageFile::pageCount(png).value_or(-1), 1); // the header alone is fine
        QElapsedTimer timer;
        timer.start();
        const auto page = ImageFile::page(png, 0, 200'000'000);
        // Decoding 2.5 billion pixels would take far longer than this, or fail for memory.
        QVERIFY(timer.elapsed() < 500);
        QVERIFY(!page);
        QCOMPARE(page.error().reason, RejectReason::TooDemanding);
        QCOMPARE(page.error().detail, QStringLiteral(u"50000 × 50000 pixels, more than the 200-megapixel limit"));
    }

    void imageFile_malformed_isDamaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QImage image(800, 600, QImage::Format_Grayscale8);
        image.fill(255);
        QPainter(&image).fillRect(QRect(10, 10, 700, 500), QColor(20, 20, 20));
        const QByteArray png = encoded(image, "png");
        const QByteArray jpeg = encoded(image, "jpeg");
        QTest::addRow("png_truncated") << png.left(png.size() / 2);
        QTest::addRow("png_headerOnly") << png.left(40);
        QTest::addRow("jpeg_truncated") << jpeg.left(jpeg.size() / 3);
        QTest::addRow("tiff_truncated") << multipageTiff(2).left(100);
        QTest::addRow("not_an_image") << QByteArray("Calais, le 12 mars 2016. Monsieur le Préfet");
        QTest::addRow("empty") << QByteArray();
    }
    void imageFile_malformed_isDamaged()
    {
        QFETCH(QByteArray, bytes);
        const auto page = ImageFile::page(bytes, 0, 10'000'000);
        QVERIFY(!page);
        QCOMPARE(page.error().reason, RejectReason::Damaged);
    }

    void imageFile_thenOcr_readsTheDrawnLetter()
    {
        // The import's path for a scan: the file's bytes through ImageFile, then OCR.
        const DrawnPage drawn = drawPage(s_frenchLetter.mid(0, 2), 0.0, 5);
        const auto image = ImageFile::page(encoded(drawn.image, "png"), 0, 100'000'000);
        QVERIFY(image);
        QCOMPARE(image->dpi, 300);
        OcrEngine engine;
        const auto page = engine.recognise(*image);
        QVERIFY(page);
        QCOMPARE(page->text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).first(), s_frenchLetter.first());
    }
};

QTEST_MAIN(TestOcrEngine)
#include "tst_ocrengine.moc"
