// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/archiverenditions.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace littoral::test {
namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 20.0;
constexpr int kPaper = 246; // a scanned sheet is never pure white
constexpr int kInk = 30;

int mmToPixels(double mm) { return int(std::lround(mm / 25.4 * kDpi)); }
const QSize kA4Pixels { mmToPixels(210.0), mmToPixels(297.0) };
const int kMargin = mmToPixels(kMarginMm);

QFont letterFont()
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(11.0);
    // No "ﬁ"/"ﬀ" ligature glyphs: the PDF's text layer then carries the sample's own characters.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// A device at the scan's resolution, so layout, PDF and image agree on every line's width.
QImage referenceDevice()
{
    QImage image(1, 1, QImage::Format_Grayscale8);
    const int dotsPerMeter = int(std::lround(kDpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

// Greedy wrapping at the margin, as a typewritten letter is set; a word wider than the line stands alone.
QStringList wrapParagraph(const QString& line, const QFontMetricsF& metrics, double width)
{
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return { QString() };
    QStringList lines;
    QString current;
    for (const QString& word : words) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (current.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            current = candidate;
        } else {
            lines << current;
            current = word;
        }
    }
    lines << current;
    return lines;
}

void paintPage(QPainter& painter, const QStringList& lines, int number, int pageCount)
{
    const QFont font = letterFont();
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    double baseline = kMargin + metrics.ascent();
    for (const QString& line : lines) {
        painter.drawText(QPointF(kMargin, baseline), line);
        baseline += metrics.lineSpacing();
    }
    const QString footer = QStringLiteral("Page %1 sur %2").arg(number).arg(pageCount);
    const double footerX = (kA4Pixels.width() - metrics.horizontalAdvance(footer)) / 2.0;
    painter.drawText(QPointF(footerX, kA4Pixels.height() - kMargin / 2.0), footer);
}

// A [1 2 1] kernel each way: the softness of a 300-dpi scanner's optics.
void blur(QImage& image)
{
    const int w = image.width();
    const int h = image.height();
    QImage copy = image.copy();
    for (int y = 0; y < h; ++y) {
        const uchar* in = copy.constScanLine(y);
        uchar* out = image.scanLine(y);
        for (int x = 1; x + 1 < w; ++x)
            out[x] = uchar((in[x - 1] + 2 * in[x] + in[x + 1] + 2) / 4);
    }
    copy = image.copy();
    for (int y = 1; y + 1 < h; ++y) {
        const uchar* up = copy.constScanLine(y - 1);
        const uchar* mid = copy.constScanLine(y);
        const uchar* down = copy.constScanLine(y + 1);
        uchar* out = image.scanLine(y);
        for (int x = 0; x < w; ++x)
            out[x] = uchar((up[x] + 2 * mid[x] + down[x] + 2) / 4);
    }
}

void saltAndPepper(QImage& image, quint32 seed)
{
    QRandomGenerator random(seed);
    const qint64 specks = qint64(image.width()) * image.height() / 800; // about 0.12 % of the pixels
    for (qint64 i = 0; i < specks; ++i) {
        const int x = int(random.bounded(image.width()));
        const int y = int(random.bounded(image.height()));
        image.scanLine(y)[x] = random.bounded(2) ? uchar(255) : uchar(kInk);
    }
}

QByteArray crlf(const QByteArray& line) { return line + "\r\n"; }

bool isAscii(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

// RFC 2047 "B" encoded words of at most 75 characters, split between characters, never inside one.
QByteArray encodedWords(const QString& text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, n).toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
        i += n - 1;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QList<QByteArray> encoded;
    for (const QByteArray& word : words)
        encoded << "=?UTF-8?B?" + word.toBase64() + "?=";
    return encoded.join("\r\n "); // folded: each encoded word on its own line
}

QByteArray headerText(const QString& text)
{
    return isAscii(text) ? text.toLatin1() : encodedWords(text);
}

QByteArray mailbox(const QString& name)
{
    const QByteArray address = madeUpAddress(name).toLatin1();
    if (!isAscii(name))
        return encodedWords(name) + " <" + address + ">";
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return "\"" + quoted.toLatin1() + "\" <" + address + ">";
}

QByteArray addressList(const QStringList& names)
{
    QList<QByteArray> boxes;
    for (const QString& name : names)
        boxes << mailbox(name);
    return boxes.join(",\r\n ");
}

// RFC 2045 quoted-printable: lines of at most 76 characters, soft breaks never inside an "=XX".
QByteArray quotedPrintable(const QString& text)
{
    QList<QByteArray> out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QByteArray bytes = line.toUtf8();
        QByteArray current;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const uchar c = uchar(bytes[i]);
            const bool last = i + 1 == bytes.size();
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = QByteArray("=") + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (current.size() + piece.size() > 75) {
                out << current + "=";
                current.clear();
            }
            current += piece;
        }
        out << current;
    }
    return out.join("\r\n");
}

QByteArray headers(const ArchiveLetter& letter)
{
    QByteArray head;
    head += crlf("From: " + addressList(letter.senders));
    if (!letter.recipients.isEmpty())
        head += crlf("To: " + addressList(letter.recipients));
    if (!letter.copies.isEmpty())
        head += crlf("Cc: " + addressList(letter.copies));
    if (letter.date.isValid()) {
        const QDateTime at(letter.date, QTime(9, 0), QTimeZone("Europe/Paris"));
        const int offset = at.offsetFromUtc() / 60;
        const QString zone = QStringLiteral("%1%2%3")
                                 .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                 .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                                 .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
        head += crlf("Date: " + QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")).toLatin1()
            + zone.toLatin1());
    }
    head += crlf("Subject: " + headerText(letter.title));
    const QByteArray id = QCryptographicHash::hash(letter.text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    head += crlf("Message-ID: <" + id + "@example.org>");
    head += crlf("MIME-Version: 1.0");
    return head;
}

} // namespace

QList<QStringList> letterPages(const QString& text)
{
    const QImage device = referenceDevice();
    const QFontMetricsF metrics(letterFont(), &device);
    const double width = kA4Pixels.width() - 2.0 * kMargin;
    const int linesPerPage = int((kA4Pixels.height() - 2.0 * kMargin) / metrics.lineSpacing());
    QList<QStringList> pages { {} };
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        for (const QString& line : wrapParagraph(paragraph, metrics, width)) {
            if (pages.last().size() == linesPerPage)
                pages.append(QStringList {});
            if (line.isEmpty() && pages.last().isEmpty() && pages.size() > 1)
                continue; // a new page does not start with a blank line
            pages.last() << line;
        }
    }
    while (pages.size() > 1 && std::all_of(pages.last().begin(), pages.last().end(), [](const QString& l) {
        return l.isEmpty();
    }))
        pages.removeLast();
    return pages;
}

int writeTextPdf(const QString& text, const QString& path)
{
    const QList<QStringList> pages = letterPages(text);
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Littoral tests"));
    QPainter painter;
    if (!painter.begin(&writer))
        return 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        paintPage(painter, pages[i], int(i + 1), int(pages.size()));
    }
    painter.end();
    return QFileInfo(path).size() > 0 ? int(pages.size()) : 0;
}

QList<QImage> scanPages(const QString& text, quint32 seed)
{
    const QImage device = referenceDevice();
    QList<QImage> images;
    const QList<QStringList> pages = letterPages(text);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QImage image(kA4Pixels, QImage::Format_Grayscale8);
        image.setDotsPerMeterX(device.dotsPerMeterX());
        image.setDotsPerMeterY(device.dotsPerMeterY());
        image.fill(QColor(kPaper, kPaper, kPaper));
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.setPen(QColor(kInk, kInk, kInk));
            // A sheet never lies quite straight on the glass.
            painter.translate(kA4Pixels.width() / 2.0, kA4Pixels.height() / 2.0);
            painter.rotate(i % 2 ? -0.4 : 0.4);
            painter.translate(-kA4Pixels.width() / 2.0, -kA4Pixels.height() / 2.0);
            paintPage(painter, pages[i], int(i + 1), int(pages.size()));
        }
        blur(image);
        saltAndPepper(image, seed * 7919u + quint32(i));
        images << image;
    }
    return images;
}

bool writeScanPdf(const QList<QImage>& pages, const QString& path)
{
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Littoral tests"));
    QPainter painter;
    if (pages.isEmpty() || !painter.begin(&writer))
        return false;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawImage(QRect(QPoint(0, 0), kA4Pixels), pages[i]);
    }
    painter.end();
    return QFileInfo(path).size() > 0;
}

QStringList writeScanPngs(const QList<QImage>& pages, const QString& base)
{
    QStringList paths;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString path = pages.size() == 1 ? base + QStringLiteral(".png")
                                               : QStringLiteral("%1-p%2.png").arg(base).arg(i + 1);
        if (pages[i].save(path, "PNG"))
            paths << path;
    }
    return paths;
}

QString madeUpAddress(const QString& name)
{
    QString plain;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QChar lower = c.toLower();
        if (lower == QChar(0x0153))
            plain += QLatin1String("oe");
        else if (lower == QChar(0x00e6))
            plain += QLatin1String("ae");
        else if (lower == QChar(0x00df))
            plain += QLatin1String("ss");
        else if ((lower >= QLatin1Char('a') && lower <= QLatin1Char('z')) || lower.isDigit())
            plain += lower;
        else
            plain += QLatin1Char(' ');
    }
    const QString local = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char('.'));
    return (local.isEmpty() ? QStringLiteral("unknown") : local) + QStringLiteral("@example.org");
}

QByteArray letterEmail(const ArchiveLetter& letter)
{
    QByteArray mail = headers(letter);
    mail += crlf("Content-Type: text/plain; charset=UTF-8");
    mail += crlf("Content-Transfer-Encoding: quoted-printable");
    mail += "\r\n";
    mail += crlf(quotedPrintable(letter.text));
    return mail;
}

QByteArray letterWithPdfAttachment(const ArchiveLetter& letter, const QByteArray& pdf, const QString& fileName)
{
    const QByteArray boundary = "=_littoral-" + QCryptographicHash::hash(pdf, QCryptographicHash::Sha1).toHex().left(12);
    const QByteArray name = headerText(fileName);
    QByteArray mail = headers(letter);
    mail += crlf("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"");
    mail += "\r\n";
    mail += crlf("--" + boundary);
    mail += crlf("Content-Type: text/plain; charset=UTF-8");
    mail += crlf("Content-Transfer-Encoding: quoted-printable");
    mail += "\r\n";
    mail += crlf(quotedPrintable(letter.title));
    mail += crlf("--" + boundary);
    mail += crlf("Content-Type: application/pdf; name=\"" + name + "\"");
    mail += crlf("Content-Disposition: attachment; filename=\"" + name + "\"");
    mail += crlf("Content-Transfer-Encoding: base64");
    mail += "\r\n";
    const QByteArray encoded = pdf.toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        mail += crlf(encoded.mid(i, 76));
    mail += crlf("--" + boundary + "--");
    return mail;
}

} // namespace littoral::test
