// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/briefingdialog.h"

#include "core/domain/partialdatewords.h"
#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"
#include "core/workpool.h"
#include "render/briefingpack.h"
#include "ui/retranslator.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace littoral::ui {

using render::BriefingPack;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// A file name from the title: letters, digits, spaces and dashes kept, the rest dropped.
QString fileNameFor(const QString& title)
{
    QString name;
    for (const QChar c : title)
        if (c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-'))
            name.append(c);
    name = name.simplified();
    return name.isEmpty() ? QStringLiteral("briefing") : name;
}

} // namespace

BriefingDialog::BriefingDialog(core::SelectionState* selection, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_selection(selection)
    , m_databasePath(databasePath)
    , m_title(new QLineEdit(this))
    , m_filters(new QLabel(this))
    , m_documents(new QListWidget(this))
    , m_all(new QPushButton(this))
    , m_none(new QPushButton(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_retranslator(new Retranslator(this))
{
    setObjectName(QStringLiteral("briefingDialog"));
    m_filters->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_documents->setMinimumHeight(fontMetrics().height() * 12);
    m_progress->setVisible(false);
    m_format->addItem(QStringLiteral("PDF"), int(BriefingPack::Format::Pdf));
    m_format->addItem(QStringLiteral("ODT"), int(BriefingPack::Format::Odt));
    m_build = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_show = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_show->setVisible(false);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto* form = new QFormLayout;
    auto* titleLabel = new QLabel(this);
    auto* filtersLabel = new QLabel(this);
    auto* formatLabel = new QLabel(this);
    auto* fileLabel = new QLabel(this);
    form->addRow(titleLabel, m_title);
    form->addRow(filtersLabel, m_filters);
    form->addRow(formatLabel, m_format);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    form->addRow(fileLabel, fileRow);
    auto* extractsLabel = new QLabel(this);
    auto* tickRow = new QHBoxLayout;
    tickRow->addWidget(extractsLabel, 1);
    tickRow->addWidget(m_all);
    tickRow->addWidget(m_none);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(tickRow);
    layout->addWidget(m_documents, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    titleLabel->setBuddy(m_title);
    formatLabel->setBuddy(m_format);
    fileLabel->setBuddy(m_path);

    fillDocuments();
    const core::DocumentFilter filter = m_selection->filter();
    m_title->setText(BriefingPack::defaultTitle(filter));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(fileNameFor(m_title->text()) + QStringLiteral(".pdf")));

    m_retranslator->add([=, this] {
        setWindowTitle(tr("Briefing Pack"));
        titleLabel->setText(tr("&Title:"));
        filtersLabel->setText(tr("Selection:"));
        m_filters->setText(m_selection->filter().describe());
        formatLabel->setText(tr("&Format:"));
        fileLabel->setText(tr("&Save as:"));
        m_browse->setText(tr("&Choose…"));
        extractsLabel->setText(tr("Extracts: the ticked documents are quoted (by default, the first of each month)."));
        m_all->setText(tr("Tick &All"));
        m_none->setText(tr("Tick &None"));
        m_build->setText(tr("&Build"));
        m_show->setText(tr("Show in &Folder"));
        m_format->setItemText(0, tr("PDF (printable, figures as vectors)"));
        m_format->setItemText(1, tr("ODT (word processors)"));
        // The default title follows the language until someone types their own.
        if (!m_titleEdited)
            m_title->setText(BriefingPack::defaultTitle(m_selection->filter()));
        retranslateDocuments();
    });

    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    connect(m_all, &QPushButton::clicked, this, [this] { tickAll(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { tickAll(false); });
    connect(m_browse, &QPushButton::clicked, this, &BriefingDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &BriefingDialog::formatChosen);
    connect(m_build, &QPushButton::clicked, this, &BriefingDialog::build);
    connect(m_show, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isBuilding())
            cancelBuild();
        else
            reject();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BriefingDialog::onBuilt);
}

BriefingDialog::~BriefingDialog()
{
    // The build reads only its own copies; it is told to stop and waited for, so no file is left half-written.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void BriefingDialog::fillDocuments()
{
    const core::CorpusIndex& corpus = m_selection->corpus();
    const QList<qsizetype> rows = m_selection->acceptedRows();
    const QList<qint64> chosen = BriefingPack::defaultExtracts(corpus, rows);
    const QSet<qint64> ticked(chosen.cbegin(), chosen.cend());
    for (const qsizetype row : rows) {
        const core::DocumentSummary& d = corpus.documents().at(row);
        auto* item = new QListWidgetItem(m_documents);
        item->setData(kIdRole, d.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(ticked.contains(d.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void BriefingDialog::retranslateDocuments()
{
    const core::CorpusIndex& corpus = m_selection->corpus();
    for (int i = 0; i < m_documents->count(); ++i) {
        QListWidgetItem* item = m_documents->item(i);
        const core::DocumentSummary* d = corpus.document(item->data(kIdRole).toLongLong());
        if (!d)
            continue;
        const QString date = d->date.isValid() ? core::PartialDateWords::say(d->date, core::PartialDateWords::Style::Short) : tr("undated");
        item->setText(tr("%1 — %2 (%3, %4)").arg(date, d->title.isEmpty() ? d->source : d->title,
            core::DocumentTableModel::typeLabel(d->type), d->source));
    }
}

QList<qint64> BriefingDialog::tickedDocuments() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_documents->count(); ++i)
        if (m_documents->item(i)->checkState() == Qt::Checked)
            ids.append(m_documents->item(i)->data(kIdRole).toLongLong());
    return ids;
}

void BriefingDialog::tickAll(bool ticked)
{
    for (int i = 0; i < m_documents->count(); ++i)
        m_documents->item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void BriefingDialog::formatChosen()
{
    const bool odt = m_format->currentData().toInt() == int(BriefingPack::Format::Odt);
    QFileInfo file(m_path->text());
    if (!m_path->text().isEmpty())
        m_path->setText(QDir(file.path()).filePath(file.completeBaseName() + (odt ? QStringLiteral(".odt") : QStringLiteral(".pdf"))));
}

void BriefingDialog::chooseFile()
{
    const bool odt = m_format->currentData().toInt() == int(BriefingPack::Format::Odt);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Briefing Pack"), m_path->text(),
        odt ? tr("OpenDocument text (*.odt)") : tr("PDF document (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void BriefingDialog::setBuilding(bool building)
{
    m_progress->setVisible(building);
    m_build->setEnabled(!building);
    for (QWidget* w : std::initializer_list<QWidget*> { m_title, m_documents, m_all, m_none, m_format, m_path, m_browse })
        w->setEnabled(!building);
    // While building, the dialog's Close button cancels the build.
    m_buttons->button(QDialogButtonBox::Close)->setText(building ? tr("Cancel") : tr("Close"));
}

void BriefingDialog::build()
{
    if (isBuilding())
        return;
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose where to save the briefing."));
        return;
    }
    const BriefingPack::Format format = BriefingPack::Format(m_format->currentData().toInt());
    if (QFileInfo(path).suffix().isEmpty())
        path += format == BriefingPack::Format::Odt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    // The figures are recorded here, on the GUI thread; everything else is built on the pool.
    render::BriefingInput input = BriefingPack::fromSelection(*m_selection, m_databasePath, m_title->text().trimmed());
    input.extracts = tickedDocuments();
    m_status->setText(tr("Building the briefing…"));
    m_show->setVisible(false);
    m_progress->setRange(0, 0);
    setBuilding(true);
    m_writtenPath = path;
    m_watcher.setFuture(QtConcurrent::run(core::workPool(), [input, path, format](QPromise<Outcome>& promise) {
        const auto written = BriefingPack::write(input, path, format, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return !promise.isCanceled();
        });
        Outcome outcome;
        outcome.written = written.has_value();
        outcome.cancelled = !written && written.error().code == core::ErrorCode::Cancelled;
        if (!written)
            outcome.message = written.error().detail;
        promise.addResult(outcome);
    }));
}

void BriefingDialog::cancelBuild()
{
    m_status->setText(tr("Cancelling…"));
    m_watcher.cancel();
}

void BriefingDialog::onBuilt()
{
    setBuilding(false);
    const Outcome outcome = m_watcher.future().resultCount() > 0 ? m_watcher.result() : Outcome { false, true, {} };
    if (outcome.written) {
        m_status->setText(tr("The briefing is saved as %1.").arg(QDir::toNativeSeparators(m_writtenPath)));
        m_show->setVisible(true);
    } else if (outcome.cancelled) {
        m_status->setText(tr("Cancelled: no file was written."));
    } else {
        m_status->setText(tr("The briefing could not be written: %1").arg(outcome.message));
    }
    emit built(outcome.written);
}

} // namespace littoral::ui
