// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PDFs the PDF tests write themselves: text pages drawn through QPdfWriter (where each word was drawn
// is kept, to compare with the boxes poppler reads back), and PDFs written by hand object by object
// (metadata, images that cost too much to render). Header-only: it needs Qt Gui, which only the tests
// that include it link.

#include <QByteArray>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>
#include <QString>

#include <utility>

namespace littoral::test {

struct DrawnWord {
    int page = 0;
    QString text;
    QRectF box; // points from the page's top-left: advance × (ascent + descent)
};

// One line of text on a page at (x, baseline), in points.
struct TextLine {
    int page = 0;
    qreal x = 72;
    qreal baseline = 100;
    QString text;
};

// A writer whose painter units are points from each page's top-left: 72 dpi, no margins.
inline void drawInPoints(QPdfWriter& writer, const QPageSize& pageSize)
{
    writer.setResolution(72);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
}

// Writes the lines to an A4 PDF (72 dpi, no margins: painter units are points from the top-left) and
// returns where each word was drawn. `pages` at least one more than the highest line's page.
inline QList<DrawnWord> writeTextPdf(const QString& path, const QList<TextLine>& lines, int pages, const QString& title = {},
    const QList<int>& imageOnlyPages = {}, const QString& imageText = {})
{
    QPdfWriter writer(path);
    drawInPoints(writer, QPageSize(QPageSize::A4));
    writer.setCreator(QStringLiteral("Littoral tests"));
    if (!title.isEmpty())
        writer.setTitle(title);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(11);
    painter.setFont(font);
    const QFontMetricsF metrics(painter.font(), painter.device());
    QList<DrawnWord> drawn;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        if (imageOnlyPages.contains(page)) {
            // A scan: the words exist only as pixels, at 300 dpi.
            QImage image(2480, 3508, QImage::Format_Grayscale8);
            image.fill(Qt::white);
            QPainter imagePainter(&image);
            QFont big(QStringLiteral("DejaVu Serif"));
            big.setPixelSize(60);
            imagePainter.setFont(big);
            imagePainter.setPen(Qt::black);
            const QStringList imageLines = imageText.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < imageLines.size(); ++i)
                imagePainter.drawText(QPointF(300, 400 + 100 * i), imageLines.at(i));
            imagePainter.end();
            painter.drawImage(QRectF(0, 0, 595.28, 841.89), image);
            continue;
        }
        for (const TextLine& line : lines) {
            if (line.page != page)
                continue;
            painter.drawText(QPointF(line.x, line.baseline), line.text);
            qsizetype start = 0;
            while (start < line.text.size()) {
                while (start < line.text.size() && line.text.at(start).isSpace())
                    ++start;
                qsizetype end = start;
                while (end < line.text.size() && !line.text.at(end).isSpace())
                    ++end;
                if (end > start) {
                    const qreal left = line.x + metrics.horizontalAdvance(line.text.left(start));
                    const qreal right = line.x + metrics.horizontalAdvance(line.text.left(end));
                    drawn.append(DrawnWord { page, line.text.mid(start, end - start),
                        QRectF(QPointF(left, line.baseline - metrics.ascent()), QPointF(right, line.baseline + metrics.descent())) });
                }
                start = end;
            }
        }
    }
    painter.end();
    return drawn;
}

// A PDF written object by object: `objects[i]` is object i + 1 (without "obj"/"endobj"); object 1 is
// the catalogue. `info` (a dictionary) becomes the trailer's /Info when not empty.
inline QByteArray handMadePdf(const QList<QByteArray>& objects, const QByteArray& info = {})
{
    QList<QByteArray> all = objects;
    if (!info.isEmpty())
        all.append(info);
    QByteArray pdf = "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < all.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + all.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(all.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(all.size() + 1) + " /Root 1 0 R";
    if (!info.isEmpty())
        pdf += " /Info " + QByteArray::number(all.size()) + " 0 R";
    pdf += " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

inline QByteArray pdfStream(const QByteArray& dictionaryEntries, const QByteArray& data)
{
    return "<< " + dictionaryEntries + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

// A page of a hand-made PDF: a line of text in Helvetica (a text layer), or an image XObject over the
// whole A4 page (its dictionary entries and its encoded data), or both.
struct HandPage {
    QByteArray text;
    std::pair<QByteArray, QByteArray> image;
};

inline QByteArray handPagesPdf(const QList<HandPage>& pages, const QByteArray& info = {})
{
    QList<QByteArray> objects { "<< /Type /Catalog /Pages 2 0 R >>", {},
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>" };
    QByteArray kids;
    for (const HandPage& page : pages) {
        const qsizetype number = objects.size() + 1;
        kids += QByteArray::number(number) + " 0 R ";
        QByteArray resources = "/Font << /F1 3 0 R >>";
        QByteArray content;
        if (!page.image.second.isEmpty()) {
            resources += " /XObject << /Im0 " + QByteArray::number(number + 2) + " 0 R >>";
            content += "q 595 0 0 842 0 0 cm /Im0 Do Q\n";
        }
        if (!page.text.isEmpty())
            content += "BT /F1 12 Tf 72 742 Td (" + page.text + ") Tj ET\n";
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << " + resources + " >> /Contents "
            + QByteArray::number(number + 1) + " 0 R >>");
        objects.append(pdfStream({}, content));
        if (!page.image.second.isEmpty())
            objects.append(pdfStream("/Type /XObject /Subtype /Image " + page.image.first, page.image.second));
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>";
    return handMadePdf(objects, info);
}

// An image that declares width × height RGB pixels over a short zlib stream of zeros: tiny on disk,
// gigabytes once decoded, so rendering it for OCR is a decompression bomb.
inline std::pair<QByteArray, QByteArray> bombImage(int width, int height)
{
    // qCompress prefixes the zlib stream with the uncompressed size (4 bytes); FlateDecode wants the
    // zlib stream alone.
    const QByteArray zeros = qCompress(QByteArray(16 << 20, '\0'), 9).mid(4);
    return { "/Width " + QByteArray::number(width) + " /Height " + QByteArray::number(height)
            + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
        zeros };
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace littoral::test
