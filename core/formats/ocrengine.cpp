// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/ocrengine.h"

#include <QDir>
#include <QRectF>
#include <QFileInfo>
#include <QStringList>
#include <QtGlobal>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace littoral::core {

namespace {

// Debian's tesseract-ocr-* packages install their data here; TESSDATA_PREFIX overrides it, as it
// does for the command line.
QString tessdataPath()
{
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty())
        return prefix;
    return QStringLiteral("/usr/share/tesseract-ocr/5/tessdata");
}

struct TextDeleter {
    void operator()(char* text) const { delete[] text; }
};

} // namespace

struct OcrEngine::Private {
    tesseract::TessBaseAPI api;
    bool ready = false;
};

OcrEngine::OcrEngine()
    : d(std::make_unique<Private>())
{
}

OcrEngine::~OcrEngine()
{
    if (d->ready)
        d->api.End();
}

std::expected<void, Rejection> OcrEngine::initialise(const QString& languages)
{
    // Tesseract's LSTM runs OpenMP loops of its own, and the import's pool already keeps every core
    // busy: more threads per page would only fight over them. libgomp reads the variable when it is
    // loaded (at start-up: Tesseract links it), so this reaches the processes started from here
    // rather than this one (here, 5 threads while reading a page without it, 2 with it set at launch):
    // whoever starts a process that reads pages sets it in that process's environment.
    static std::once_flag ompOnce;
    std::call_once(ompOnce, [] {
        if (!qEnvironmentVariableIsSet("OMP_THREAD_LIMIT"))
            qputenv("OMP_THREAD_LIMIT", "1");
    });

    if (d->ready) {
        d->api.End();
        d->ready = false;
    }
    const QString dataPath = tessdataPath();
    const QStringList codes = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    if (codes.isEmpty())
        return std::unexpected(Rejection { RejectReason::Unreadable, QStringLiteral("OCR failed") });
    // Tesseract only prints its complaint on stderr: name the missing package instead.
    for (const QString& code : codes) {
        if (!QFileInfo::exists(QDir(dataPath).filePath(code + QStringLiteral(".traineddata")))) {
            return std::unexpected(Rejection { RejectReason::Unreadable,
                QStringLiteral("no OCR language data for %1 in %2 (install tesseract-ocr-%1)")
                    .arg(code, QDir::toNativeSeparators(dataPath)) });
        }
    }
    // "Estimating resolution as …" and similar notes go to debug_file, stderr by default.
    d->api.SetVariable("debug_file", "/dev/null");
    if (d->api.Init(dataPath.toLocal8Bit().constData(), languages.toLatin1().constData(), tesseract::OEM_LSTM_ONLY)
        != 0) {
        return std::unexpected(Rejection { RejectReason::Unreadable,
            QStringLiteral("OCR failed") });
    }
    d->api.SetVariable("debug_file", "/dev/null");
    // The command line's default: finds columns and blocks (the API's default is one block).
    d->api.SetPageSegMode(tesseract::PSM_AUTO);
    d->ready = true;
    return {};
}

std::expected<ReadPage, Rejection> OcrEngine::recognise(const RasterImage& image)
{
    if (!d->ready) {
        if (auto ok = initialise(); !ok)
            return std::unexpected(ok.error());
    }
    if (image.isNull() || (image.bytesPerPixel != 1 && image.bytesPerPixel != 3 && image.bytesPerPixel != 4)
        || image.bytesPerLine < image.width * image.bytesPerPixel
        || image.pixels.size() < qint64(image.bytesPerLine) * image.height) {
        return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("invalid page image") });
    }
    const int dpi = image.dpi > 0 ? image.dpi : 300;
    const double scale = 72.0 / dpi;

    d->api.SetImage(reinterpret_cast<const unsigned char*>(image.pixels.constData()), image.width, image.height,
        image.bytesPerPixel, image.bytesPerLine);
    d->api.SetSourceResolution(dpi);
    if (d->api.Recognize(nullptr) != 0) {
        d->api.Clear();
        return std::unexpected(Rejection { RejectReason::Unreadable, QStringLiteral("OCR failed") });
    }

    ReadPage page;
    page.ocr = true;
    page.size = QSizeF(image.width * scale, image.height * scale);
    // Tesseract's words with where its lines start. Its paragraphs and blocks are not kept: it splits a
    // signature block ("Véronique FAYET," / "Présidente du …") as often as it finds a real one. A blank
    // line goes where the page has one: a gap taller than half a line.
    struct RecognisedWord {
        QString text;
        QRectF box;
        float confidence = 0;
        bool startsLine = false;
        QRectF line; // its line's box
    };
    QList<RecognisedWord> words;
    QList<qreal> lineHeights;
    std::unique_ptr<tesseract::ResultIterator> it(d->api.GetIterator());
    if (it) {
        const tesseract::PageIteratorLevel level = tesseract::RIL_WORD;
        do {
            const std::unique_ptr<char, TextDeleter> raw(it->GetUTF8Text(level));
            if (!raw)
                continue;
            const QString word = QString::fromUtf8(raw.get()).trimmed();
            if (word.isEmpty())
                continue;
            const auto boxAt = [&](tesseract::PageIteratorLevel of) {
                int left = 0;
                int top = 0;
                int right = 0;
                int bottom = 0;
                it->BoundingBox(of, &left, &top, &right, &bottom);
                return QRectF(left * scale, top * scale, (right - left) * scale, (bottom - top) * scale);
            };
            RecognisedWord w;
            w.text = word;
            w.box = boxAt(level);
            w.confidence = std::clamp(it->Confidence(level) / 100.0f, 0.0f, 1.0f);
            w.startsLine = it->IsAtBeginningOf(tesseract::RIL_BLOCK) || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE);
            w.line = boxAt(tesseract::RIL_TEXTLINE);
            if (w.startsLine)
                lineHeights.append(w.line.height());
            words.append(w);
        } while (it->Next(level));
    }
    qreal lineHeight = 0;
    if (!lineHeights.isEmpty()) {
        std::nth_element(lineHeights.begin(), lineHeights.begin() + lineHeights.size() / 2, lineHeights.end());
        lineHeight = lineHeights.at(lineHeights.size() / 2);
    }
    QRectF previousLine;
    for (const RecognisedWord& w : std::as_const(words)) {
        if (!page.text.isEmpty()) {
            if (w.startsLine) {
                const qreal gap = w.line.top() - previousLine.bottom();
                // A gap, or a line above the last (the next column), starts a paragraph. Not a block
                // alone: Tesseract makes one of a signature's name line as readily as of a column.
                const bool paragraph = gap > 0.5 * lineHeight || gap < -lineHeight;
                page.text += paragraph ? QStringLiteral("\n\n") : QStringLiteral("\n");
            } else {
                page.text += QLatin1Char(' ');
            }
        }
        if (w.startsLine)
            previousLine = w.line;
        PageWord out;
        out.offset = qint32(page.text.size());
        out.length = qint32(w.text.size());
        out.box = w.box;
        out.confidence = w.confidence;
        page.text += w.text;
        page.words.append(out);
    }
    // Drops the image and the results: the caller's pixels may go away after this call.
    d->api.Clear();
    return page;
}

} // namespace littoral::core
