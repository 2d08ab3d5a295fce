// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdatadialog.h"

#include "core/db/database.h"
#include "core/export/timelinejswriter.h"
#include "core/models/selectionstate.h"
#include "core/workpool.h"
#include "ui/retranslator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <numeric>

namespace littoral::ui {

using core::ExportFormat;

namespace {

const QString kFolderKey = QStringLiteral("exportData/folder");
const QString kFormatKey = QStringLiteral("exportData/format");

constexpr ExportFormat kFormats[] = { ExportFormat::Json, ExportFormat::Csv, ExportFormat::Gexf, ExportFormat::GraphMl,
    ExportFormat::Cmif, ExportFormat::TimelineJs };

} // namespace

ExportDataDialog::ExportDataDialog(core::SelectionState* selection, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_selection(selection)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("exportDataDialog"));
    m_selectionScope = new QRadioButton(this);
    m_allScope = new QRadioButton(this);
    m_selectionSummary = new QLabel(this);
    m_selectionSummary->setWordWrap(true);
    m_selectionSummary->setIndent(24);
    m_selectionScope->setChecked(true);

    m_format = new QComboBox(this);
    for (const ExportFormat format : kFormats)
        m_format->addItem(QString(), int(format));
    m_formatHelp = new QLabel(this);
    m_formatHelp->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("timelineJsWarning"));
    m_warning->setVisible(false);

    m_destination = new QLineEdit(this);
    m_destination->setMinimumWidth(360);
    m_browse = new QPushButton(this);
    auto* destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    // Beside the bar, shown only while an export runs.
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setVisible(false);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    m_report = new QLabel(this);
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::RichText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setVisible(false);

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);

    auto* form = new QFormLayout;
    auto* scope = new QVBoxLayout;
    scope->addWidget(m_selectionScope);
    scope->addWidget(m_selectionSummary);
    scope->addWidget(m_allScope);
    m_formatLabel = new QLabel(this);
    m_destinationLabel = new QLabel(this);
    auto* scopeLabel = new QLabel(this);
    form->addRow(scopeLabel, scope);
    // The format's purpose and the TimelineJS warning under the list, in the same column.
    auto* formatBox = new QVBoxLayout;
    formatBox->addWidget(m_format);
    formatBox->addWidget(m_formatHelp);
    formatBox->addWidget(m_warning);
    form->addRow(m_formatLabel, formatBox);
    form->addRow(m_destinationLabel, destinationRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_report);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const QString remembered = QSettings().value(kFormatKey).toString();
    setFormat(core::exportFormatFromName(remembered).value_or(ExportFormat::Json));

    m_retranslator = new Retranslator(this);
    m_retranslator->add([this, scopeLabel] {
        setWindowTitle(tr("Export Data"));
        scopeLabel->setText(tr("Documents:"));
        m_formatLabel->setText(tr("&Format:"));
        m_destinationLabel->setText(tr("&Save to:"));
        m_browse->setText(tr("&Choose…"));
        m_exportButton->setText(tr("&Export"));
        m_cancelButton->setText(tr("Cancel Export"));
        m_format->setItemText(0, tr("JSON (everything Littoral knows)"));
        m_format->setItemText(1, tr("CSV tables (spreadsheets)"));
        m_format->setItemText(2, tr("GEXF (Gephi)"));
        m_format->setItemText(3, tr("GraphML (yEd, igraph, networkx)"));
        m_format->setItemText(4, tr("CMIF (correspSearch)"));
        m_format->setItemText(5, tr("TimelineJS"));
        updateScope();
        formatChanged();
        showReport();
    });
    m_formatLabel->setBuddy(m_format);
    m_destinationLabel->setBuddy(m_destination);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        setDestination(defaultDestination(format()));
        formatChanged();
    });
    connect(m_selectionScope, &QRadioButton::toggled, this, &ExportDataDialog::updateWarning);
    connect(m_browse, &QPushButton::clicked, this, &ExportDataDialog::chooseDestination);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDataDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDataDialog::cancelExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDataDialog::reject);
    connect(m_selection, &core::SelectionState::filterChanged, this, &ExportDataDialog::updateScope);
    connect(m_selection, &core::SelectionState::corpusChanged, this, &ExportDataDialog::updateScope);
    connect(m_selection, &core::SelectionState::corpusCompleted, this, &ExportDataDialog::updateScope);
    connect(m_selection, &core::SelectionState::corpusReloaded, this, &ExportDataDialog::updateScope);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDataDialog::exportDone);
    setDestination(defaultDestination(format()));
}

ExportDataDialog::~ExportDataDialog()
{
    // The worker holds its own copies of everything it reads; wait so that it never outlives the
    // application, and so that a cancelled export has removed its temporary before we go.
    if (m_watcher.isRunning()) {
        cancelExport();
        m_watcher.waitForFinished();
    }
}

void ExportDataDialog::setSelectionOnly(bool selectionOnly)
{
    (selectionOnly ? m_selectionScope : m_allScope)->setChecked(true);
}

bool ExportDataDialog::isSelectionOnly() const
{
    return m_selectionScope->isChecked();
}

void ExportDataDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportFormat ExportDataDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDataDialog::setDestination(const QString& path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
}

QString ExportDataDialog::destination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

QList<qsizetype> ExportDataDialog::rows() const
{
    if (isSelectionOnly())
        return m_selection->acceptedRows();
    QList<qsizetype> all(m_selection->corpus().documents().size());
    std::iota(all.begin(), all.end(), qsizetype(0));
    return all;
}

void ExportDataDialog::formatChanged()
{
    switch (format()) {
    case ExportFormat::Json:
        m_formatHelp->setText(tr("Every document with its text, facts, evidence and corrections: for scripts and archives."));
        break;
    case ExportFormat::Csv:
        m_formatHelp->setText(tr("A folder with two tables, documents.csv and participations.csv: for spreadsheets, R or pandas."));
        break;
    case ExportFormat::Gexf:
        m_formatHelp->setText(tr("The network of who wrote to whom, with the letters' dates: for Gephi, whose timeline plays it."));
        break;
    case ExportFormat::GraphMl:
        m_formatHelp->setText(tr("The same network with dates as attributes: for yEd, igraph or networkx."));
        break;
    case ExportFormat::Cmif:
        m_formatHelp->setText(tr("Letters and open letters as TEI correspDesc: for correspSearch. Press releases are left out; "
                                 "copies are listed as received."));
        break;
    case ExportFormat::TimelineJs:
        m_formatHelp->setText(tr("Dated documents and the events they mention as slides: for a TimelineJS story."));
        break;
    }
    updateWarning();
}

void ExportDataDialog::updateScope()
{
    const int all = int(m_selection->corpus().documents().size());
    const int chosen = int(m_selection->acceptedRows().size());
    m_selectionScope->setText(tr("The current &selection: %Ln document(s)", nullptr, chosen));
    m_allScope->setText(tr("The &whole corpus: %Ln document(s)", nullptr, all));
    m_selectionSummary->setText(m_selection->filter().describe());
    updateWarning();
}

void ExportDataDialog::updateWarning()
{
    if (format() != ExportFormat::TimelineJs) {
        m_warning->setVisible(false);
        return;
    }
    const int slides = core::TimelineJsWriter::slideCount(m_selection->corpus(), rows());
    m_warning->setText(tr("TimelineJS is made for tens of slides: %Ln slides would be hard to read and slow to open. "
                          "Narrow the selection first (a period, a correspondent).",
        nullptr, slides));
    m_warning->setVisible(slides > kTimelineJsSlideWarning);
}

QString ExportDataDialog::defaultDestination(ExportFormat format) const
{
    QString folder = QFileInfo(destination()).absolutePath();
    if (destination().isEmpty() || !QFileInfo(folder).isDir())
        folder = QSettings().value(kFolderKey).toString();
    if (!QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = QFileInfo(m_databasePath).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("littoral");
    const QString suffix = core::exportFormatSuffix(format);
    // CSV is a folder of two tables; the rest one file with the format's suffix (TimelineJS and JSON
    // share .json, so TimelineJS says its name).
    QString name = base;
    if (format == ExportFormat::Csv)
        name += QStringLiteral("-tables");
    else if (format == ExportFormat::TimelineJs)
        name += QStringLiteral("-timeline.") + suffix;
    else if (format == ExportFormat::Cmif)
        name += QStringLiteral("-cmif.") + suffix;
    else
        name += QLatin1Char('.') + suffix;
    return QDir(folder).filePath(name);
}

void ExportDataDialog::chooseDestination()
{
    const ExportFormat f = format();
    QString chosen;
    if (f == ExportFormat::Csv) {
        chosen = QFileDialog::getSaveFileName(this, tr("Folder to Write the Tables Into"), destination(), QString(), nullptr,
            QFileDialog::ShowDirsOnly);
    } else {
        const QString suffix = core::exportFormatSuffix(f);
        chosen = QFileDialog::getSaveFileName(this, tr("Export Data"), destination(),
            tr("%1 files (*.%2)").arg(m_format->currentText(), suffix));
        if (!chosen.isEmpty() && QFileInfo(chosen).suffix().isEmpty())
            chosen += QLatin1Char('.') + suffix;
    }
    if (!chosen.isEmpty())
        setDestination(chosen);
}

void ExportDataDialog::setRunning(bool running)
{
    m_exportButton->setEnabled(!running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    m_closeButton->setEnabled(!running);
    m_progress->setVisible(running);
    for (QWidget* w : { static_cast<QWidget*>(m_selectionScope), static_cast<QWidget*>(m_allScope),
             static_cast<QWidget*>(m_format), static_cast<QWidget*>(m_destination), static_cast<QWidget*>(m_browse) })
        w->setEnabled(!running);
}

void ExportDataDialog::startExport()
{
    if (m_watcher.isRunning())
        return;
    const QString target = destination();
    if (target.isEmpty() || m_databasePath.isEmpty()) {
        m_report->setText(tr("Choose where to save the export."));
        m_report->setVisible(true);
        return;
    }
    m_runningFormat = format();
    m_runningDestination = target;
    m_lastResult.reset();
    m_report->setVisible(false);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    setRunning(true);

    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const QList<qsizetype> chosen = rows();
    m_runningRows = int(chosen.size());
    m_watcher.setFuture(QtConcurrent::run(core::workPool(),
        [path = m_databasePath, corpus = m_selection->corpusPointer(), rows = chosen,
            filter = isSelectionOnly() ? m_selection->filter() : core::DocumentFilter {}, format = m_runningFormat,
            target, cancel](QPromise<core::Result<core::ExportCounts>>& promise) {
            // A connection of this thread, read-only: the window may be writing meanwhile.
            auto database = core::Database::openExisting(path);
            if (!database) {
                promise.addResult(std::unexpected(database.error()));
                return;
            }
            core::ExportInput input;
            input.database = &*database;
            input.corpus = corpus;
            input.rows = rows;
            input.filter = filter;
            promise.setProgressRange(0, int(rows.size()));
            input.progress = [&promise, &cancel](int done, int) {
                promise.setProgressValue(done);
                return !cancel->load();
            };
            promise.addResult(core::DataExporter::write(format, input, target));
        }));
}

void ExportDataDialog::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancelButton->setEnabled(false);
}

void ExportDataDialog::reject()
{
    if (m_watcher.isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

QString ExportDataDialog::countsReport(const core::ExportCounts& counts) const
{
    QStringList items;
    items << tr("%Ln document(s)", nullptr, counts.documents);
    const bool graph = m_runningFormat == ExportFormat::Gexf || m_runningFormat == ExportFormat::GraphMl;
    if (counts.correspondents > 0 || graph || m_runningFormat == ExportFormat::Csv || m_runningFormat == ExportFormat::Cmif)
        items << tr("%Ln correspondent(s)", nullptr, counts.correspondents);
    if (counts.links > 0 || graph)
        items << tr("%Ln link(s)", nullptr, counts.links);
    if (counts.participations > 0 || m_runningFormat == ExportFormat::Csv)
        items << tr("%Ln participation(s)", nullptr, counts.participations);
    if (counts.events > 0 || m_runningFormat == ExportFormat::TimelineJs)
        items << tr("%Ln mentioned event(s)", nullptr, counts.events);
    QString html = QStringLiteral("<p>%1</p><ul>").arg(tr("Written to %1:").arg(QDir::toNativeSeparators(m_runningDestination).toHtmlEscaped()));
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    // What a format cannot hold, so that a count smaller than the selection is not a surprise.
    const int leftOut = m_runningRows - counts.documents;
    if (leftOut > 0 && m_runningFormat == ExportFormat::Cmif)
        html += QStringLiteral("<p>%1</p>").arg(tr("%Ln document(s) left out: not letters (CMIF holds correspondence only).", nullptr, leftOut));
    else if (leftOut > 0 && m_runningFormat == ExportFormat::TimelineJs)
        html += QStringLiteral("<p>%1</p>").arg(tr("%Ln undated document(s) left out: TimelineJS cannot place them.", nullptr, leftOut));
    if (!counts.files.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Files: %1").arg(counts.files.join(QStringLiteral(", ")).toHtmlEscaped()));
    return html;
}

void ExportDataDialog::exportDone()
{
    setRunning(false);
    m_cancel.reset();
    const auto future = m_watcher.future();
    m_lastResult = future.resultCount() == 0
        ? core::Result<core::ExportCounts>(core::fail(core::ErrorCode::Cancelled, QString()))
        : future.result();
    const bool written = m_lastResult->has_value();
    if (written) {
        // Remembered once something was written there: a failed attempt is no place to come back to.
        QSettings().setValue(kFolderKey, QFileInfo(m_runningDestination).absolutePath());
        QSettings().setValue(kFormatKey, core::exportFormatName(m_runningFormat));
    }
    showReport();
    emit exportFinished(written);
}

// Also on a change of language: the report is said again in the new one.
void ExportDataDialog::showReport()
{
    if (!m_lastResult)
        return;
    const core::Result<core::ExportCounts>& result = *m_lastResult;
    if (result)
        m_report->setText(countsReport(*result));
    else if (result.error().code == core::ErrorCode::Cancelled)
        m_report->setText(tr("Export cancelled: nothing was written."));
    else
        m_report->setText(tr("Nothing was written: %1").arg(result.error().detail.toHtmlEscaped()));
    m_report->setVisible(true);
}

} // namespace littoral::ui
