// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/db/documentrepository.h"
#include "core/import/corpuslocation.h"
#include "core/models/documenttablemodel.h"
#include "ui/palette.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace littoral::ui {

using namespace littoral::core;

namespace {


QTextEdit::ExtraSelection highlight(QPlainTextEdit* editor, qsizetype offset, qsizetype length, QColor color)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(editor->document());
    selection.cursor.setPosition(int(offset));
    selection.cursor.setPosition(int(offset + length), QTextCursor::KeepAnchor);
    color.setAlpha(70);
    selection.format.setBackground(color);
    selection.format.setToolTip(QString());
    return selection;
}

QString participantsLine(const Document& document, ParticipantRole role)
{
    constexpr int kShown = 6; // a list of 40 co-signatories stays one line; the table has them all
    QStringList names;
    int count = 0;
    for (const Participant& p : document.extraction.participants) {
        if (p.role != role || ++count > kShown)
            continue;
        QString entry = p.name;
        QStringList details;
        for (const QString& d : { p.title, p.organization })
            if (!d.isEmpty() && d != p.name && !details.contains(d))
                details << d;
        if (!details.isEmpty())
            entry += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
        names.append(entry);
    }
    QString line = names.join(QStringLiteral("; "));
    if (count > kShown)
        line += MainWindow::tr(" … and %n more", nullptr, count - kShown);
    return line;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new DocumentTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Littoral"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/littoral.svg")));
    setAcceptDrops(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DocumentTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter documents by date, type, sender, recipient or title  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DocumentTableModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            showDocument(current.data(DocumentTableModel::DocumentIdRole).toLongLong());
    });

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_table);

    m_facts = new QLabel(this);
    m_facts->setTextFormat(Qt::PlainText); // extracted text is data, never markup
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setMargin(8);
    m_reader = new QPlainTextEdit(this);
    m_reader->setReadOnly(true);
    m_reader->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* readerPane = new QWidget(this);
    auto* readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addWidget(m_facts);
    readerLayout->addWidget(m_reader, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(readerPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    buildActions();
    connect(&m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::finished, this, &MainWindow::onImportFinished);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    updateStatus();
}

MainWindow::~MainWindow()
{
    if (m_importWatcher.isRunning()) {
        m_importWatcher.cancel();
        m_importWatcher.waitForFinished();
    }
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openFolder = file->addAction(tr("Open Corpus &Folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence::Open);
    QAction* openDb = file->addAction(tr("Open &Database…"), this, &MainWindow::chooseDatabase);
    openDb->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addAction(tr("Open &Sample Corpus"), this, [this] {
        importInto(CorpusLocation::databaseFor(CorpusLocation::sampleCorpus()), { CorpusLocation::sampleCorpus() });
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Filter Documents"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
}

bool MainWindow::openDatabase(const QString& path)
{
    auto db = Database::open(path);
    if (!db) {
        showError(tr("Cannot open the corpus"), db.error().detail);
        return false;
    }
    m_database.reset();
    m_database.emplace(std::move(*db));
    setWindowTitle(tr("%1 — Littoral").arg(QFileInfo(path).completeBaseName()));
    reload();
    emit corpusLoaded();
    return true;
}

void MainWindow::reload()
{
    if (!m_database)
        return;
    DocumentRepository documents(*m_database);
    auto summaries = documents.summaries();
    if (!summaries) {
        showError(tr("Cannot read the corpus"), summaries.error().detail);
        return;
    }
    m_model->setDocuments(std::move(*summaries));
    m_table->resizeColumnsToContents();
    for (int column : { int(DocumentTableModel::SendersColumn), int(DocumentTableModel::RecipientsColumn) })
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 200));
    m_table->setColumnWidth(DocumentTableModel::TitleColumn, 360);
    updateStatus();
    if (m_proxy->rowCount() > 0)
        selectDocumentRow(0);
}

void MainWindow::selectDocumentRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

QString MainWindow::readerText() const
{
    return m_reader->toPlainText();
}

void MainWindow::showDocument(qint64 id)
{
    if (!m_database)
        return;
    DocumentRepository documents(*m_database);
    const auto document = documents.load(id);
    if (!document) {
        showError(tr("Cannot read the document"), document.error().detail);
        return;
    }
    const Extraction& e = document->extraction;
    m_reader->setPlainText(document->text);

    QStringList facts;
    facts << e.title;
    if (e.date)
        facts << tr("Date: %1 — from “%2”, confidence %3")
                     .arg(e.date->date.toEdtf(), e.date->evidence.text.simplified())
                     .arg(e.date->confidence, 0, 'f', 2);
    else
        facts << tr("Date: none found");
    if (!e.place.isEmpty())
        facts << tr("Place: %1").arg(e.place);
    const std::pair<ParticipantRole, QString> roles[] = { { ParticipantRole::Sender, tr("From") },
        { ParticipantRole::Recipient, tr("To") }, { ParticipantRole::Cc, tr("Copy") }, { ParticipantRole::Mentioned, tr("Mentions") } };
    for (const auto& [role, label] : roles)
        if (const QString line = participantsLine(*document, role); !line.isEmpty())
            facts << label + QStringLiteral(": ") + line;
    if (!e.events.isEmpty()) {
        QStringList events;
        for (const MentionedEvent& ev : e.events)
            events << ev.date.toEdtf() + QStringLiteral(" ") + ev.label;
        facts << tr("Events: %1").arg(events.join(QStringLiteral("; ")));
    }
    facts << tr("%1 · %2 · %3").arg(document->fileName, document->encoding, DocumentTableModel::typeLabel(e.type));
    m_facts->setText(facts.join(QLatin1Char('\n')));

    // Every fact highlighted where it was read, in its role's colour.
    QList<QTextEdit::ExtraSelection> selections;
    const qsizetype size = document->text.size();
    auto add = [&](const Evidence& evidence, const QColor& color) {
        if (evidence.offset >= 0 && evidence.offset + evidence.text.size() <= size)
            selections.append(highlight(m_reader, evidence.offset, evidence.text.size(), color));
    };
    if (e.date)
        add(e.date->evidence, Palette::date());
    for (const Participant& p : e.participants)
        add(p.evidence, Palette::role(p.role));
    for (const MentionedEvent& ev : e.events)
        add(ev.evidence, Palette::event());
    m_reader->setExtraSelections(selections);
}

void MainWindow::updateStatus()
{
    const int documents = m_model->rowCount();
    if (!m_database) {
        m_status->setText(tr("No corpus open — File ▸ Open Corpus Folder (Ctrl+O), or drop a folder here"));
        return;
    }
    QSet<QString> correspondents;
    int first = 0, last = 0;
    for (int row = 0; row < documents; ++row) {
        const DocumentSummary& d = m_model->document(row);
        for (const QString& name : d.senders + d.recipients)
            correspondents.insert(name);
        if (d.dateStart.isValid()) {
            first = first == 0 ? d.dateStart.year() : std::min(first, d.dateStart.year());
            last = std::max(last, d.dateEnd.year());
        }
    }
    // Spelled out: without a loaded translation, "%n document(s)" would show the parenthesis.
    const int people = int(correspondents.size());
    QString text = (documents == 1 ? tr("1 document") : tr("%1 documents").arg(documents)) + QStringLiteral(" · ")
        + (people == 1 ? tr("1 correspondent") : tr("%1 correspondents").arg(people));
    if (first > 0)
        text += QStringLiteral(" · %1–%2").arg(first).arg(last);
    m_status->setText(text);
}

void MainWindow::importInto(const QString& databasePath, const QStringList& paths)
{
    if (m_importWatcher.isRunning())
        return;
    m_importDatabase = databasePath;
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setWindowTitle(tr("Importing"));
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, &m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::cancel);
        connect(&m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::progressRangeChanged, m_progress, &QProgressDialog::setRange);
        connect(&m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::progressValueChanged, m_progress, &QProgressDialog::setValue);
        connect(&m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::progressTextChanged, m_progress, &QProgressDialog::setLabelText);
    }
    m_progress->setLabelText(tr("Reading %1…").arg(paths.join(QStringLiteral(", "))));
    m_progress->setValue(0);
    m_progress->show();
    statusBar()->showMessage(tr("Importing…"));
    m_importWatcher.setFuture(ImportJob(databasePath, paths).start());
}

void MainWindow::onImportFinished()
{
    m_progress->hide();
    statusBar()->clearMessage();
    const QFuture<Result<ImportSummary>> future = m_importWatcher.future();
    if (future.resultCount() == 0) {
        // Cancelled before the job could report: what was written is whole batches only.
        openDatabase(m_importDatabase);
        emit importFinished(false);
        return;
    }
    const Result<ImportSummary> result = future.result();
    if (!result) {
        showError(tr("Import failed"), result.error().detail);
        emit importFinished(false);
        return;
    }
    openDatabase(m_importDatabase);
    QStringList problems;
    for (const ImportOutcome& o : result->problems)
        problems << (o.status == ImportOutcome::Status::Rejected ? tr("%1: %2").arg(o.source, o.reason)
                                                                  : tr("%1: duplicate of %2").arg(o.source, o.duplicateOf));
    statusBar()->showMessage(tr("Imported %1, updated %2, unchanged %3, skipped %4%5")
                                 .arg(result->imported)
                                 .arg(result->updated)
                                 .arg(result->unchanged)
                                 .arg(result->rejected + result->duplicates)
                                 .arg(result->cancelled ? tr(" — cancelled") : QString()),
        15000);
    if (!problems.isEmpty() && isVisible() && !QApplication::arguments().contains(QStringLiteral("--screenshot"))) {
        QMessageBox box(QMessageBox::Information, tr("Some files were skipped"),
            tr("%1 file(s) could not be imported; everything else was.").arg(problems.size()), QMessageBox::Ok, this);
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        box.exec();
    }
    emit importFinished(true);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a corpus folder"));
    if (!folder.isEmpty())
        importInto(CorpusLocation::databaseFor(folder), { folder });
}

void MainWindow::chooseDatabase()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a corpus database"), QString(),
        tr("Littoral corpus (*.db *.sqlite);;All files (*)"));
    if (!file.isEmpty())
        openDatabase(file);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    if (QApplication::arguments().contains(QStringLiteral("--screenshot")) || !isVisible()) {
        qWarning("%s: %s", qUtf8Printable(title), qUtf8Printable(message));
        return;
    }
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (m_database)
        settings.setValue(QStringLiteral("corpus/lastDatabase"), m_database->path());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    // Dropped files join the open corpus; a dropped folder on an empty window becomes the corpus.
    const QString database = m_database ? m_database->path() : CorpusLocation::databaseFor(paths.first());
    importInto(database, paths);
    event->acceptProposedAction();
}

} // namespace littoral::ui
