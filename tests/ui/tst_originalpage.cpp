// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// View ▸ Original Page: the toggle, and a fact chosen in the facts table or on the page chosen on the
// other side; the e-mail type and the OCR mark where types are shown and chosen.
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/documentfilter.h"
#include "core/models/documenttablemodel.h"
#include "core/models/factsmodel.h"
#include "core/models/corpusindex.h"
#include "core/models/selectionstate.h"
#include "core/session/corpussession.h"
#include "core/domain/change.h"
#include "ui/documentlinksstrip.h"
#include "ui/factsdelegate.h"
#include "ui/mainwindow.h"
#include "ui/originalpagecontroller.h"
#include "ui/palette.h"
#include "support/testpdfs.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFontMetricsF>
#include <QMenuBar>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral;
using core::FactsModel;

namespace {

// A two-page letter as a text PDF: the sender's name at the foot of the second page.
core::Document writeLetter(const QString& path)
{
    const QSizeF size(400, 560);
    QPdfWriter writer(path);
    test::drawInPoints(writer, QPageSize(size, QPageSize::Point));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(14);
    painter.setFont(font);
    const QFontMetricsF metrics(font, &writer);
    core::Document document;
    document.id = 42;
    document.sourcePath = path;
    document.fileName = QFileInfo(path).fileName();
    document.format = core::SourceFormat::Pdf;
    const QList<std::pair<QString, qreal>> lines[] = { { { QStringLiteral("Le 7 février 2017"), 60 } },
        { { QStringLiteral("Veuillez agréer"), 60 }, { QStringLiteral("Jean Dupont"), 500 } } };
    for (int p = 0; p < 2; ++p) {
        if (p > 0)
            writer.newPage();
        core::DocumentPage page;
        page.number = p + 1;
        page.size = size;
        page.textStart = qint32(document.text.size());
        for (const auto& [line, baseline] : lines[p]) {
            painter.drawText(QPointF(50, baseline), line);
            page.words.append({ qint32(document.text.size()), qint32(line.size()),
                QRectF(50, baseline - metrics.ascent(), metrics.horizontalAdvance(line), metrics.height()), 1.0f });
            document.text += line + u'\n';
        }
        page.textEnd = qint32(document.text.size());
        document.pages.append(page);
    }
    core::Participant sender;
    sender.role = core::ParticipantRole::Sender;
    sender.name = QStringLiteral("Jean Dupont");
    sender.evidence = { QStringLiteral("Jean Dupont"), document.text.indexOf(QStringLiteral("Jean Dupont")) };
    sender.confidence = 0.84;
    document.extraction.participants = { sender };
    core::DocumentDate date;
    date.date = core::PartialDate::fromEdtf(QStringLiteral("2017-02-07"));
    date.evidence = { QStringLiteral("7 février 2017"), document.text.indexOf(QStringLiteral("7 février 2017")) };
    date.confidence = 0.95;
    document.extraction.date = date;
    document.extraction.type = core::DocumentType::Letter;
    return document;
}

// The shown document's own text laid out as an A4 PDF (wrapped lines, pages of 50 lines), and the
// document as the import stores it: its pages and each word's box, offsets into its text.
core::Document asPdf(core::Document document, const QString& path)
{
    const QSizeF a4(595, 842);
    QPdfWriter writer(path);
    test::drawInPoints(writer, QPageSize(a4, QPageSize::Point));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetricsF metrics(font, &writer);
    document.format = core::SourceFormat::Pdf;
    document.sourcePath = path;
    document.pages.clear();
    core::DocumentPage page;
    qreal x = 60, baseline = 70;
    const auto newPage = [&](qint32 at) {
        page.textEnd = at;
        document.pages.append(page);
        writer.newPage();
        page = {};
        page.number = int(document.pages.size()) + 1;
        page.textStart = at;
        baseline = 70;
    };
    page.size = a4;
    const QString& text = document.text;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'\n') {
            x = 60;
            baseline += 15;
            ++i;
            if (baseline > 780)
                newPage(qint32(i));
            page.size = a4;
            continue;
        }
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QString word = text.mid(i, end - i);
        const qreal width = metrics.horizontalAdvance(word);
        if (x + width > a4.width() - 60) {
            x = 60;
            baseline += 15;
            if (baseline > 780) {
                newPage(qint32(i));
                page.size = a4;
            }
        }
        painter.drawText(QPointF(x, baseline), word);
        page.words.append({ qint32(i), qint32(word.size()), QRectF(x, baseline - metrics.ascent(), width, metrics.height()), 1.0f });
        x += width + metrics.horizontalAdvance(u' ');
        i = end;
    }
    page.textEnd = qint32(text.size());
    document.pages.append(page);
    return document;
}

int rowOf(const FactsModel& facts, FactsModel::Kind kind)
{
    for (int row = 0; row < facts.rowCount(); ++row)
        if (facts.index(row, 0).data(FactsModel::KindRole).toInt() == int(kind))
            return row;
    return -1;
}

} // namespace

class TestOriginalPage final : public QObject {
    Q_OBJECT
private:
    // The sample corpus imported into a new `name`.db; empty when the import failed.
    QString sampleCorpus(const QString& name)
    {
        const QString db = m_dir.filePath(name + QStringLiteral(".db"));
        const auto imported = core::ImportJob(db, { core::CorpusLocation::sampleCorpus() }).runSynchronously();
        return imported && imported->imported == 5 ? db : QString();
    }

    // The window on the sample corpus, shown at `size`, once its corpus is loaded.
    static bool openOn(ui::MainWindow& window, const QString& db, QSize size = {})
    {
        if (db.isEmpty())
            return false;
        if (size.isValid())
            window.resize(size);
        window.show();
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        return window.openDatabase(db) && loaded.wait(30000);
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }
    void init() { QSettings().remove(QStringLiteral("reader/originalPage")); }

    // Only a document read from a PDF or an image has a page to show.
    void toggle_enabledOnlyForDocumentsWithPages_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("withPages");
        QTest::addColumn<bool>("enabled");
        QTest::addRow("pdf") << int(core::SourceFormat::Pdf) << true << true;
        QTest::addRow("image") << int(core::SourceFormat::Image) << true << true;
        QTest::addRow("text") << int(core::SourceFormat::Text) << false << false;
        QTest::addRow("email") << int(core::SourceFormat::Email) << false << false;
        QTest::addRow("pdf_without_pages_stored") << int(core::SourceFormat::Pdf) << false << false;
    }
    void toggle_enabledOnlyForDocumentsWithPages()
    {
        QFETCH(int, format);
        QFETCH(bool, withPages);
        QFETCH(bool, enabled);
        FactsModel facts;
        QTableView table;
        table.setModel(&facts);
        QWidget holder;
        ui::OriginalPageController controller(&table, &facts, &holder, nullptr);
        holder.show();
        core::Document document = writeLetter(m_dir.filePath(QStringLiteral("toggle.pdf")));
        document.format = core::SourceFormat(format);
        if (!withPages)
            document.pages.clear();
        facts.setDocument(document);
        controller.action()->setChecked(true);
        controller.setDocument(document);
        QCOMPARE(controller.action()->isEnabled(), enabled);
        QCOMPARE(controller.view()->isVisible(), enabled);
        QVERIFY(!controller.action()->toolTip().isEmpty()); // a disabled toggle says why
        QCOMPARE(controller.action()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    }

    // The toggle is remembered for the next window.
    void toggle_isRemembered()
    {
        FactsModel facts;
        QTableView table;
        table.setModel(&facts);
        QWidget holder;
        {
            ui::OriginalPageController first(&table, &facts, &holder, nullptr);
            QVERIFY(!first.action()->isChecked());
            first.action()->setChecked(true);
        }
        ui::OriginalPageController second(&table, &facts, &holder, nullptr);
        QVERIFY(second.action()->isChecked());
    }

    // A fact chosen in the table scrolls the page to its box; a box clicked chooses its row.
    void factSelection_isLinkedBothWays()
    {
        FactsModel facts;
        QTableView table;
        table.setModel(&facts);
        QWidget holder;
        holder.resize(400, 300);
        ui::OriginalPageController controller(&table, &facts, &holder, nullptr);
        controller.view()->resize(400, 300);
        holder.show();
        const core::Document document = writeLetter(m_dir.filePath(QStringLiteral("linked.pdf")));
        facts.setDocument(document);
        controller.action()->setChecked(true);
        controller.setDocument(document);
        ui::PageView* view = controller.view();
        const int sender = rowOf(facts, FactsModel::Kind::Participant);
        const int date = rowOf(facts, FactsModel::Kind::Date);
        QVERIFY(sender >= 0 && date >= 0);
        QCOMPARE(view->factRects(sender).size(), 1);
        QCOMPARE(view->verticalScrollBar()->value(), 0);

        table.setCurrentIndex(facts.index(sender, 0));
        QCOMPARE(view->selectedFact(), sender);
        QVERIFY(view->verticalScrollBar()->value() > 0);
        QVERIFY(view->viewport()->rect().contains(view->factRects(sender).value(0).toRect()));

        view->showFact(date); // back to the top: the date is on the first page
        const QRectF box = view->factRects(date).value(0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center().toPoint());
        QCOMPARE(table.currentIndex().row(), date);
    }

    // Hovering a box names the fact, how sure it is, and whether it was read by OCR.
    void pageFacts_describeTheFact_data()
    {
        QTest::addColumn<bool>("ocr");
        QTest::addColumn<QString>("description");
        QTest::addRow("text_layer") << false << QStringLiteral("Sender: Jean Dupont — 84 % sure");
        QTest::addRow("ocr") << true << QStringLiteral("Sender: Jean Dupont — 84 % sure (OCR)");
    }
    void pageFacts_describeTheFact()
    {
        QFETCH(bool, ocr);
        QFETCH(QString, description);
        core::Document document = writeLetter(m_dir.filePath(QStringLiteral("describe.pdf")));
        document.pages[1].ocr = ocr;
        FactsModel facts;
        facts.setDocument(document);
        const QList<ui::PageFact> boxes = ui::OriginalPageController::pageFacts(facts, document);
        const int sender = rowOf(facts, FactsModel::Kind::Participant);
        const auto fact = std::find_if(boxes.cbegin(), boxes.cend(), [sender](const ui::PageFact& f) { return f.id == sender; });
        QVERIFY(fact != boxes.cend());
        QCOMPARE(fact->description, description);
        QCOMPARE(fact->color, ui::Palette::role(core::ParticipantRole::Sender));
        QCOMPARE(fact->offset, document.text.indexOf(QStringLiteral("Jean Dupont")));
    }

    // In the window: View ▸ Original Page is there, and disabled for the sample's text documents.
    void window_textDocument_disablesTheToggle()
    {
        const QString db = sampleCorpus(QStringLiteral("sample"));
        ui::MainWindow window;
        QVERIFY(openOn(window, db));
        QTRY_VERIFY(window.selection()->currentDocument() != 0);
        QAction* toggle = window.originalPage()->action();
        QVERIFY(!toggle->isEnabled());
        QVERIFY(!window.originalPage()->view()->isVisible());
        QList<QAction*> inViewMenu;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(toggle))
                inViewMenu << menu;
        QCOMPARE(inViewMenu.size(), 1);
        // No other action of the window answers to its shortcut.
        for (QAction* other : window.findChildren<QAction*>())
            if (other != toggle)
                QVERIFY2(!other->shortcuts().contains(toggle->shortcut()), qPrintable(other->text()));
    }

    // The window with a letter of the sample as a PDF: its real facts boxed on the page beside the text.
    // With LITTORAL_SCREENSHOT_DIR set, saves reader-page.png (1366×768) there.
    void window_pdfLetter_boxesItsFactsBesideTheText()
    {
        const QString db = sampleCorpus(QStringLiteral("shots"));
        ui::MainWindow window;
        QVERIFY(openOn(window, db, QSize(1366, 768)));
        window.emphasize(ui::MainWindow::View::Reader);
        // The letter with the most senders and recipients read.
        qint64 chosen = 0;
        int most = -1;
        for (const core::DocumentSummary& d : window.selection()->corpus().documents()) {
            const auto document = window.session()->document(d.id);
            QVERIFY(document);
            const int facts = int(document->extraction.participants.size());
            if (document->extraction.type == core::DocumentType::Letter && facts > most) {
                most = facts;
                chosen = d.id;
            }
        }
        QVERIFY(chosen != 0);
        window.selection()->setCurrentDocument(chosen);
        const auto document = window.session()->document(chosen);
        QVERIFY(document);
        const core::Document pdf = asPdf(*document, m_dir.filePath(QStringLiteral("letter.pdf")));
        window.originalPage()->action()->setChecked(true);
        window.originalPage()->setDocument(pdf);
        ui::PageView* view = window.originalPage()->view();
        QVERIFY(view->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(view->isRendered(), 10000);
        // Every participant with evidence has its box; choosing one in the table shows it.
        const FactsModel* facts = window.factsModel();
        int boxed = 0;
        int sender = -1;
        for (int row = 0; row < facts->rowCount(); ++row) {
            if (facts->index(row, 0).data(FactsModel::KindRole).toInt() != int(FactsModel::Kind::Participant)
                || facts->index(row, 0).data(FactsModel::EvidenceOffsetRole).toInt() < 0)
                continue;
            QVERIFY2(!view->factRects(row).isEmpty(), qPrintable(facts->index(row, 1).data().toString()));
            ++boxed;
            if (sender < 0 && facts->index(row, 0).data(FactsModel::ParticipantRoleRole).toInt() == int(core::ParticipantRole::Sender))
                sender = row;
        }
        QVERIFY(boxed >= 2);
        QVERIFY(sender >= 0);
        window.factsTable()->setCurrentIndex(facts->index(sender, 0));
        QCOMPARE(view->selectedFact(), sender);
        QVERIFY(view->viewport()->rect().intersects(view->factRects(sender).value(0).toRect()));
        QTRY_VERIFY_WITH_TIMEOUT(view->isRendered(), 10000);
        if (const QString dir = qEnvironmentVariable("LITTORAL_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("reader-page.png"))));
    }

    // The reader's strip in the window: a link clicked opens that document in the reader. The links are
    // given here (the corpus's own come with the e-mail import). With LITTORAL_SCREENSHOT_DIR set, saves
    // reader-email.png there.
    void window_linkStrip_opensTheLinkedDocument()
    {
        const QString db = sampleCorpus(QStringLiteral("links"));
        ui::MainWindow window;
        QVERIFY(openOn(window, db, QSize(1366, 768)));
        window.emphasize(ui::MainWindow::View::Reader);
        const QList<core::DocumentSummary> documents = window.selection()->corpus().documents();
        const qint64 message = documents.at(0).id;
        const qint64 attachment = documents.at(1).id;
        // The strip names the message's attachment.
        window.selection()->setCurrentDocument(message);
        QTRY_VERIFY(window.factsModel()->documentId() == message);
        ui::DocumentLinksStrip* strip = window.linksStrip();
        QVERIFY(strip->isHidden()); // the corpus has no links of its own
        QVERIFY(!window.originalPage()->action()->isEnabled());
        strip->setLinks({ { attachment, QStringLiteral("courriel.eml/") + documents.at(1).source, documents.at(1).title,
            core::DocumentLink::Kind::AttachmentOf, true } });
        QVERIFY(strip->isVisible());
        if (const QString dir = qEnvironmentVariable("LITTORAL_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("reader-email.png"))));
        emit strip->linkActivated(QStringLiteral("doc:%1").arg(attachment));
        QCOMPARE(window.selection()->currentDocument(), attachment);
        QTRY_COMPARE(window.factsModel()->documentId(), attachment);
    }

    // A user can correct a document's type to E-mail (the facts table offers it, the session stores it).
    void correction_setsTypeToEmail()
    {
        const QString db = sampleCorpus(QStringLiteral("email-type"));
        QVERIFY(!db.isEmpty());
        auto session = core::CorpusSession::open(db);
        QVERIFY(session);
        auto document = (*session)->document(1);
        QVERIFY(document);
        const auto typed = (*session)->setField(document->id, core::DocumentField::Type, QStringLiteral("email"));
        QVERIFY2(typed, typed ? "" : qPrintable(typed.error().detail));
        QCOMPARE((*session)->document(document->id)->extraction.type, core::DocumentType::Email);
    }

    // The e-mail type wherever a type is chosen or named.
    void emailType_isOfferedEverywhere()
    {
        // The facts table's type chooser.
        core::Document document = writeLetter(m_dir.filePath(QStringLiteral("type.pdf")));
        FactsModel facts;
        facts.setDocument(document);
        QTableView table;
        table.setModel(&facts);
        ui::FactsDelegate delegate;
        const int typeRow = rowOf(facts, FactsModel::Kind::Type);
        QVERIFY(typeRow >= 0);
        std::unique_ptr<QWidget> editor(delegate.createEditor(&table, QStyleOptionViewItem(), facts.index(typeRow, FactsModel::ValueColumn)));
        auto* types = qobject_cast<QComboBox*>(editor.get());
        QVERIFY(types);
        QVERIFY(types->findData(QStringLiteral("email")) >= 0);
        QCOMPARE(types->itemText(types->findData(QStringLiteral("email"))), QStringLiteral("E-mail"));
        // The filters' words (the CLI's --type and its error).
        QVERIFY(core::DocumentFilter::typeNames().contains(QStringLiteral("email")));
        QCOMPARE(core::DocumentFilter::parseTypes(QStringLiteral("email,letter")).value_or(QList<core::DocumentType>()),
            (QList<core::DocumentType> { core::DocumentType::Email, core::DocumentType::Letter }));
        const auto unknown = core::DocumentFilter::parseTypes(QStringLiteral("fax"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().detail.contains(QStringLiteral("email")), qPrintable(unknown.error().detail));
    }

    // The document list marks what was read by OCR, and its filter finds it by that mark.
    void documentList_marksOcr()
    {
        core::DocumentTableModel model;
        core::DocumentSummary scan;
        scan.id = 1;
        scan.type = core::DocumentType::Letter;
        scan.ocr = true;
        core::DocumentSummary text = scan;
        text.id = 2;
        text.ocr = false;
        model.setDocuments({ scan, text });
        QCOMPARE(model.index(0, core::DocumentTableModel::TypeColumn).data().toString(), QStringLiteral("Letter · OCR"));
        QVERIFY(!model.index(0, core::DocumentTableModel::TypeColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(1, core::DocumentTableModel::TypeColumn).data().toString(), QStringLiteral("Letter"));
    }
};

QTEST_MAIN(TestOriginalPage)
#include "tst_originalpage.moc"
