// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The original beside the text: a PDF written here with QPdfWriter, its words' boxes taken from where
// they were drawn, rendered by poppler-qt6 and boxed in the facts' colours.
#include "ui/pageview.h"
#include "ui/palette.h"
#include "support/testpaths.h"
#include "support/testpdfs.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral;
using ui::PageFact;
using ui::PageView;

namespace {

constexpr QSizeF kPage(400, 560); // points

// Writes `pages` (each a list of lines, each line words separated by spaces) as a text PDF at `path`
// and returns the Document the import would store for it: its text, and each word's box where it was drawn.
core::Document writePdf(const QString& path, const QList<QStringList>& pages)
{
    QPdfWriter writer(path);
    test::drawInPoints(writer, QPageSize(kPage, QPageSize::Point));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(14);
    painter.setFont(font);
    const QFontMetricsF metrics(font, &writer);
    core::Document document;
    document.id = 1;
    document.sourcePath = path;
    document.fileName = QFileInfo(path).fileName();
    document.format = core::SourceFormat::Pdf;
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        core::DocumentPage page;
        page.number = p + 1;
        page.size = kPage;
        page.textStart = qint32(document.text.size());
        qreal baseline = 60;
        for (const QString& line : pages.at(p)) {
            qreal x = 50;
            for (const QString& word : line.split(u' ')) {
                painter.drawText(QPointF(x, baseline), word);
                core::PageWord w;
                w.offset = qint32(document.text.size());
                w.length = qint32(word.size());
                w.box = QRectF(x, baseline - metrics.ascent(), metrics.horizontalAdvance(word), metrics.height());
                page.words.append(w);
                document.text += word + u' ';
                x += metrics.horizontalAdvance(word + u' ');
            }
            document.text.back() = u'\n';
            baseline += 24;
        }
        page.textEnd = qint32(document.text.size());
        document.pages.append(page);
    }
    return document;
}

PageFact factOf(const core::Document& document, const QString& words, int id, QColor color)
{
    const qsizetype offset = document.text.indexOf(words);
    return { id, offset, words.size(), color, QStringLiteral("Sender: %1").arg(words) };
}

bool near(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) <= 2 && std::abs(a.green() - b.green()) <= 2 && std::abs(a.blue() - b.blue()) <= 2;
}

} // namespace

class TestPageView final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // One box per line: the words of the range that sit on one line are united, a new line starts another.
    void evidenceBoxes_unitesWordsPerLine_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("length");
        QTest::addColumn<QList<QRectF>>("boxes");
        QTest::addRow("one_word") << 0 << 4 << QList<QRectF> { QRectF(10, 10, 40, 12) };
        QTest::addRow("two_words_one_line") << 0 << 10 << QList<QRectF> { QRectF(10, 10, 100, 12) };
        QTest::addRow("part_of_a_word") << 6 << 2 << QList<QRectF> { QRectF(60, 10, 50, 12) };
        QTest::addRow("across_lines") << 5 << 12 << QList<QRectF> { QRectF(60, 10, 50, 12), QRectF(10, 30, 40, 12) };
        QTest::addRow("dropped_word_never_boxed") << 19 << 10 << QList<QRectF> {};
        QTest::addRow("nothing") << 30 << 2 << QList<QRectF> {};
    }
    void evidenceBoxes_unitesWordsPerLine()
    {
        QFETCH(int, offset);
        QFETCH(int, length);
        QFETCH(QList<QRectF>, boxes);
        // "Jean Dupont\nCalais" — and a running header the cleaning dropped (offset -1).
        core::DocumentPage page;
        page.words = { { 0, 4, QRectF(10, 10, 40, 12), 1.0f }, { 5, 6, QRectF(60, 10, 50, 12), 1.0f },
            { 12, 6, QRectF(10, 30, 40, 12), 1.0f }, { -1, 6, QRectF(10, 500, 40, 12), 1.0f } };
        QCOMPARE(PageView::evidenceBoxes(page, offset, length), boxes);
    }

    // The sender's evidence is framed in the sender's colour where its words are on the rendered page.
    void senderFact_isBoxedInItsRoleColour()
    {
        QTemporaryDir dir;
        const core::Document document = writePdf(dir.filePath(QStringLiteral("lettre.pdf")),
            { { QStringLiteral("Calais, le 7 février 2017"), QStringLiteral("Madame la Préfète,"), QStringLiteral("Jean Dupont") } });
        PageView view;
        view.resize(500, 700);
        view.show();
        view.setDocument(document);
        QTRY_VERIFY(view.isRendered());
        QCOMPARE(view.state(), PageView::State::Shown);
        const QColor sender = ui::Palette::role(core::ParticipantRole::Sender);
        const QColor date = ui::Palette::date();

        const QImage before = view.viewport()->grab().toImage();
        view.setFacts({ factOf(document, QStringLiteral("Jean Dupont"), 0, sender), factOf(document, QStringLiteral("7 février 2017"), 1, date) });
        const QList<QRectF> rects = view.factRects(0);
        QCOMPARE(rects.size(), 1);
        const QImage after = view.viewport()->grab().toImage();
        // The frame is drawn 2 px outside the words, 2 px wide.
        const QPoint leftEdge(qRound(rects.first().left() - 2), qRound(rects.first().center().y()));
        QVERIFY2(near(after.pixelColor(leftEdge), sender), qPrintable(after.pixelColor(leftEdge).name()));
        QVERIFY(!near(before.pixelColor(leftEdge), sender));
        const QRectF dateRect = view.factRects(1).value(0);
        QVERIFY(near(after.pixelColor(qRound(dateRect.left() - 2), qRound(dateRect.center().y())), date));
        // poppler drew the words inside the box: dark pixels there, none before it on a blank margin.
        int dark = 0;
        for (int x = int(rects.first().left()); x < int(rects.first().right()); ++x)
            for (int y = int(rects.first().top()); y < int(rects.first().bottom()); ++y)
                dark += before.pixelColor(x, y).lightness() < 100;
        QVERIFY2(dark > 20, qPrintable(QString::number(dark)));
        // The box sits where the words were drawn: 50 points from the page's left edge.
        const qreal scale = (view.viewport()->width() - 16) / kPage.width();
        QVERIFY(std::abs(rects.first().left() - (view.viewport()->width() - kPage.width() * scale) / 2 - 50 * scale) < 1.5);
    }

    void clickingABox_selectsItsFact()
    {
        QTemporaryDir dir;
        const core::Document document = writePdf(dir.filePath(QStringLiteral("lettre.pdf")),
            { { QStringLiteral("Madame la Préfète,"), QStringLiteral("Jean Dupont") } });
        PageView view;
        view.resize(500, 700);
        view.show();
        view.setDocument(document);
        view.setFacts({ factOf(document, QStringLiteral("Madame la Préfète"), 3, Qt::blue),
            factOf(document, QStringLiteral("Jean Dupont"), 7, ui::Palette::role(core::ParticipantRole::Sender)) });
        QSignalSpy clicked(&view, &PageView::factClicked);
        const QRectF box = view.factRects(7).value(0);
        QVERIFY(!box.isEmpty());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, box.center().toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toInt(), 7);
        QCOMPARE(view.selectedFact(), 7);
        // Beside the boxes, a click selects nothing.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(box.right() + 120, box.bottom() + 100));
        QCOMPARE(clicked.size(), 1);
    }

    // Selecting a fact on the third page scrolls the pages until its box is in view.
    void selectingAFact_scrollsToItsBox()
    {
        QTemporaryDir dir;
        const core::Document document = writePdf(dir.filePath(QStringLiteral("long.pdf")),
            { { QStringLiteral("Page une") }, { QStringLiteral("Page deux") }, { QStringLiteral("Veuillez agréer"), QStringLiteral("Marie Martin") } });
        PageView view;
        view.resize(400, 300);
        view.show();
        view.setDocument(document);
        view.setFacts({ factOf(document, QStringLiteral("Marie Martin"), 0, ui::Palette::role(core::ParticipantRole::Sender)) });
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QVERIFY(!view.viewport()->rect().intersects(view.factRects(0).value(0).toRect()));
        view.showFact(0);
        QVERIFY(view.verticalScrollBar()->value() > 0);
        const QRectF box = view.factRects(0).value(0);
        QVERIFY2(view.viewport()->rect().contains(box.toRect()), qPrintable(QStringLiteral("%1,%2").arg(box.top()).arg(box.bottom())));
        QCOMPARE(view.selectedFact(), 0);
    }

    // Ctrl+wheel zooms; the boxes follow the page.
    void ctrlWheel_zooms()
    {
        QTemporaryDir dir;
        const core::Document document = writePdf(dir.filePath(QStringLiteral("z.pdf")), { { QStringLiteral("Jean Dupont") } });
        PageView view;
        view.resize(400, 300);
        view.show();
        view.setDocument(document);
        view.setFacts({ factOf(document, QStringLiteral("Jean Dupont"), 0, Qt::red) });
        const qreal width = view.factRects(0).value(0).width();
        QWheelEvent wheel(QPointF(50, 50), view.viewport()->mapToGlobal(QPointF(50, 50)), {}, QPoint(0, 120), Qt::NoButton,
            Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.zoom() > 1.0);
        QVERIFY(view.factRects(0).value(0).width() > width * 1.1);
        QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view.zoom(), 1.0);
    }

    // An original that has moved: the view says where it was looked for, and shows no page.
    void missingOriginal_saysWhereItWasLookedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lettre.pdf"));
        core::Document document = writePdf(path, { { QStringLiteral("Jean Dupont") } });
        QVERIFY(QFile::remove(path));
        PageView view;
        view.resize(400, 300);
        view.show();
        QSignalSpy loaded(&view, &PageView::loaded);
        view.setDocument(document);
        view.setFacts({ factOf(document, QStringLiteral("Jean Dupont"), 0, Qt::red) });
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(view.state(), PageView::State::Missing);
        QVERIFY2(view.message().contains(QDir::toNativeSeparators(path)), qPrintable(view.message()));
        QVERIFY(view.factRects(0).isEmpty());
        QVERIFY(!view.viewport()->grab().isNull()); // paints the message
    }

    // A file that is not the PDF it was: a sentence, never a crash.
    void damagedOriginal_isReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lettre.pdf"));
        core::Document document = writePdf(path, { { QStringLiteral("Jean Dupont") } });
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("%PDF-1.4\nthis is no longer a PDF");
        file.close();
        PageView view;
        view.setDocument(document);
        QTRY_COMPARE(view.state(), PageView::State::Unreadable);
        QVERIFY(!view.message().isEmpty());
    }

    // A PDF that opens only with a password: the view says so and asks; a wrong password leaves it
    // locked, the right one shows the page.
    void lockedOriginal_opensWithItsPassword()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.pdf"));
        QVERIFY(QFile::copy(QStringLiteral(LITTORAL_TEST_DATA_DIR "/pdf/password-protected.pdf"), path));
        core::Document document = writePdf(dir.filePath(QStringLiteral("plain.pdf")), { { QStringLiteral("Monsieur le Préfet,") } });
        document.sourcePath = path;
        PageView view;
        view.resize(400, 500);
        view.show();
        QSignalSpy asked(&view, &PageView::passwordNeeded);
        view.setDocument(document);
        QTRY_COMPARE(view.state(), PageView::State::Locked);
        QCOMPARE(asked.size(), 1);
        QVERIFY(view.message().contains(QStringLiteral("password")));
        QVERIFY(!view.unlock(QStringLiteral("not-it")));
        QCOMPARE(view.state(), PageView::State::Locked);
        // The same document shown again does not ask again; a click on the view does.
        view.setDocument(document);
        QCOMPARE(view.state(), PageView::State::Locked);
        QCOMPARE(asked.size(), 1);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.viewport()->rect().center());
        QCOMPARE(asked.size(), 2);
        QVERIFY(view.unlock(QStringLiteral("littoral-user")));
        QCOMPARE(view.state(), PageView::State::Shown);
        QVERIFY(view.message().isEmpty());
        QTRY_VERIFY(view.isRendered());
        // The page drawn: some ink on it.
        const QImage shot = view.viewport()->grab().toImage();
        int dark = 0;
        for (int y = 0; y < shot.height(); y += 2)
            for (int x = 0; x < shot.width(); x += 2)
                dark += qGray(shot.pixel(x, y)) < 100 ? 1 : 0;
        QVERIFY2(dark > 20, qPrintable(QString::number(dark)));
    }

    // A scan as an image file: drawn from QImageReader, the box over the page it shows.
    void imageOriginal_isShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scan.png"));
        QImage scan(400, 560, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter(&scan).fillRect(QRect(0, 0, 400, 280), QColor(20, 20, 20)); // a dark upper half
        QVERIFY(scan.save(path));
        core::Document document;
        document.id = 5;
        document.sourcePath = path;
        document.format = core::SourceFormat::Image;
        document.text = QStringLiteral("Jean Dupont");
        core::DocumentPage page;
        page.size = kPage;
        page.ocr = true;
        page.textEnd = 11;
        page.words = { { 0, 4, QRectF(50, 400, 40, 14), 0.4f }, { 5, 6, QRectF(95, 400, 50, 14), 0.9f } };
        document.pages = { page };
        PageView view;
        view.resize(420, 700);
        view.show();
        view.setDocument(document);
        QTRY_VERIFY(view.isRendered());
        const QImage shown = view.viewport()->grab().toImage();
        const qreal scale = (view.viewport()->width() - 16) / kPage.width();
        const int left = int((view.viewport()->width() - kPage.width() * scale) / 2);
        QVERIFY(shown.pixelColor(left + 20, int(8 + 100 * scale)).lightness() < 60); // the image's dark half
        QVERIFY(shown.pixelColor(left + 20, int(8 + 400 * scale)).lightness() > 200);
        // The doubtful word (40 %) is underlined with dots; the sure one is not.
        const int underline = int(8 + 414 * scale + 1);
        auto marked = [&](qreal from, qreal to) {
            for (int x = int(left + from * scale); x < int(left + to * scale); ++x)
                for (int y = underline - 1; y <= underline + 1; ++y)
                    if (shown.pixelColor(x, y).lightness() < 200)
                        return true;
            return false;
        };
        QVERIFY(marked(50, 90));
        QVERIFY(!marked(95, 145));
    }

    void documentWithoutPages_showsNothing()
    {
        core::Document document;
        document.id = 3;
        document.text = QStringLiteral("Jean Dupont");
        PageView view;
        view.setDocument(document);
        QCOMPARE(view.state(), PageView::State::Empty);
        QCOMPARE(view.pageCount(), 0);
    }
};

QTEST_MAIN(TestPageView)
#include "tst_pageview.moc"
