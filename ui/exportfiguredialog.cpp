// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportfiguredialog.h"

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
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace littoral::ui {

using render::FigureExporter;
using render::FigureFormat;

namespace {

const QString kFolderKey = QStringLiteral("figures/lastFolder");
const QString kFormatKey = QStringLiteral("figures/lastFormat");
constexpr int kThumbnailWidth = 360;

} // namespace

ExportFigureDialog::ExportFigureDialog(std::function<render::Figure(FigureView)> figureOf, FigureView view, QWidget* parent)
    : QDialog(parent)
    , m_figureOf(std::move(figureOf))
    , m_view(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_widthLabel(new QLabel(this))
    , m_width(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportFigureDialog"));
    // The figure is the view as it was when asked for: the window waits while it is written.
    setWindowModality(Qt::WindowModal);
    m_view->setObjectName(QStringLiteral("figureView"));
    m_format->setObjectName(QStringLiteral("figureFormat"));
    m_width->setObjectName(QStringLiteral("figureWidth"));
    m_scale->setObjectName(QStringLiteral("figureScale"));
    m_path->setObjectName(QStringLiteral("figurePath"));
    m_preview->setObjectName(QStringLiteral("figurePreview"));
    for (int i = 0; i < 2; ++i)
        m_view->addItem(QString(), i);
    for (const FigureFormat format : FigureExporter::formats())
        m_format->addItem(QString(), int(format));
    m_scale->addItem(QString(), 1);
    m_scale->addItem(QString(), 2);
    m_width->setRange(16, FigureExporter::kMaxPixels);
    m_width->setSingleStep(100);
    m_width->setGroupSeparatorShown(true);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMinimumSize(kThumbnailWidth + 8, kThumbnailWidth * 2 / 3 + 8);
    m_caption->setWordWrap(true);
    m_caption->setMaximumWidth(kThumbnailWidth + 8);
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* widthRow = new QHBoxLayout;
    widthRow->addWidget(m_width, 1);
    widthRow->addWidget(m_scale);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* viewLabel = new QLabel(this);
    auto* formatLabel = new QLabel(this);
    auto* sizeLabel = new QLabel(this);
    auto* fileLabel = new QLabel(this);
    viewLabel->setBuddy(m_view);
    formatLabel->setBuddy(m_format);
    m_widthLabel->setBuddy(m_width);
    fileLabel->setBuddy(m_path);
    form->addRow(viewLabel, m_view);
    form->addRow(formatLabel, m_format);
    form->addRow(m_widthLabel, widthRow);
    form->addRow(sizeLabel, m_summary);
    form->addRow(fileLabel, pathRow);
    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_preview);
    previewColumn->addWidget(m_caption);
    previewColumn->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(previewColumn);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_retranslator = new Retranslator(this);
    m_retranslator->add([=, this] {
        setWindowTitle(tr("Export Figure"));
        viewLabel->setText(tr("&View:"));
        formatLabel->setText(tr("&Format:"));
        m_widthLabel->setText(tr("&Width:"));
        sizeLabel->setText(tr("Size:"));
        fileLabel->setText(tr("F&ile:"));
        m_view->setItemText(int(FigureView::Timeline), tr("Timeline"));
        m_view->setItemText(int(FigureView::Graph), tr("Correspondence graph"));
        m_format->setItemText(0, tr("PNG image"));
        m_format->setItemText(1, tr("SVG drawing (vector)"));
        m_format->setItemText(2, tr("PDF document (vector)"));
        m_width->setSuffix(tr(" px"));
        m_scale->setItemText(0, tr("1× (screen)"));
        m_scale->setItemText(1, tr("2× (high density, print)"));
        m_browse->setText(tr("&Choose…"));
        m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
        m_preview->setToolTip(tr("What will be written, in small"));
        updateForm();
        if (!m_figure.isNull())
            m_caption->setText(m_figure.caption);
    });

    QSettings settings;
    const auto remembered = FigureExporter::formatOf(QStringLiteral("x.") + settings.value(kFormatKey).toString());
    m_format->setCurrentIndex(int(remembered.value_or(FigureFormat::Png)));
    m_view->setCurrentIndex(int(view));
    QString folder = settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    takeFigure();
    m_path->setText(QDir(folder).filePath(defaultName()));
    updateForm();

    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        // A name the dialog made follows the view; one the person typed or chose stays.
        const QFileInfo info(m_path->text());
        const bool made = info.completeBaseName() == tr("timeline") || info.completeBaseName() == tr("graph");
        takeFigure();
        if (made)
            m_path->setText(info.dir().filePath(defaultName()));
        updateForm();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::updateForm);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportFigureDialog::updateForm);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::updateForm);
    connect(m_browse, &QPushButton::clicked, this, &ExportFigureDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportFigureDialog::~ExportFigureDialog() = default;

void ExportFigureDialog::refresh()
{
    takeFigure();
    updateForm();
}

FigureView ExportFigureDialog::view() const
{
    return FigureView(m_view->currentData().toInt());
}

void ExportFigureDialog::setView(FigureView view)
{
    m_view->setCurrentIndex(int(view));
}

FigureFormat ExportFigureDialog::format() const
{
    return FigureFormat(m_format->currentData().toInt());
}

void ExportFigureDialog::setFormat(FigureFormat format)
{
    m_format->setCurrentIndex(int(format));
}

int ExportFigureDialog::pngWidth() const
{
    return m_width->value();
}

void ExportFigureDialog::setPngWidth(int width)
{
    m_width->setValue(width);
}

int ExportFigureDialog::scale() const
{
    return m_scale->currentData().toInt();
}

void ExportFigureDialog::setScale(int scale)
{
    m_scale->setCurrentIndex(scale >= 2 ? 1 : 0);
}

QString ExportFigureDialog::path() const
{
    const QString text = m_path->text().trimmed();
    if (text.isEmpty())
        return {};
    const QString suffix = FigureExporter::suffix(format());
    return QFileInfo(text).suffix().compare(suffix, Qt::CaseInsensitive) == 0 ? text : text + QLatin1Char('.') + suffix;
}

void ExportFigureDialog::setPath(const QString& path)
{
    m_path->setText(path);
    updateForm();
}

QImage ExportFigureDialog::preview() const
{
    return m_thumbnail;
}

QString ExportFigureDialog::summary() const
{
    return m_summary->text();
}

QString ExportFigureDialog::status() const
{
    return m_status->text();
}

void ExportFigureDialog::takeFigure()
{
    m_figure = m_figureOf(view());
    m_caption->setText(m_figure.caption);
    if (!m_figure.isNull()) {
        const QSignalBlocker quiet(m_width);
        m_width->setValue(m_figure.size.width());
    }
    // The thumbnail is the figure painted small, by the same code as the file.
    const int ratio = devicePixelRatio() > 1.0 ? 2 : 1;
    const int width = m_figure.isNull() ? 0 : std::min(kThumbnailWidth, m_figure.size.width() * kThumbnailWidth * 2 / 3 / std::max(1, m_figure.size.height()));
    m_thumbnail = m_figure.isNull() ? QImage() : FigureExporter::image(m_figure, std::max(16, width), ratio);
    m_preview->setPixmap(QPixmap::fromImage(m_thumbnail));
}

void ExportFigureDialog::updateForm()
{
    const FigureFormat chosen = format();
    const bool png = chosen == FigureFormat::Png;
    m_width->setEnabled(png);
    m_scale->setEnabled(png);
    m_widthLabel->setEnabled(png);
    const QLocale locale;
    if (m_figure.isNull()) {
        m_summary->setText(tr("The view has nothing to show yet."));
    } else if (png) {
        const QSize pixels = FigureExporter::pixelSize(m_figure, pngWidth(), scale());
        m_summary->setText(tr("%1 × %2 pixels").arg(locale.toString(pixels.width()), locale.toString(pixels.height())));
    } else {
        m_summary->setText(tr("Drawn as shapes and text, sharp at any size (%1 × %2 at 100%)")
                               .arg(locale.toString(m_figure.size.width()), locale.toString(m_figure.size.height())));
    }
    // The file's suffix follows the format.
    const QString text = m_path->text().trimmed();
    if (!text.isEmpty()) {
        const QFileInfo info(text);
        if (FigureExporter::formatOf(text) && FigureExporter::formatOf(text) != chosen) {
            const QSignalBlocker quiet(m_path);
            m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + FigureExporter::suffix(chosen)));
        }
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_figure.isNull());
}

QString ExportFigureDialog::defaultName() const
{
    // File names in the interface language: "frise.png" for a French reader.
    const QString base = view() == FigureView::Timeline ? tr("timeline") : tr("graph");
    return base + QLatin1Char('.') + FigureExporter::suffix(format());
}

void ExportFigureDialog::chooseFile()
{
    QString filter;
    switch (format()) {
    case FigureFormat::Png:
        filter = tr("PNG images (*.png)");
        break;
    case FigureFormat::Svg:
        filter = tr("SVG drawings (*.svg)");
        break;
    case FigureFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    }
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Figure"), path(), filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

bool ExportFigureDialog::save()
{
    const QString target = path();
    if (target.isEmpty()) {
        m_status->setText(tr("Choose a file to write."));
        return false;
    }
    const QFileInfo info(target);
    if (!info.absoluteDir().exists()) {
        m_status->setText(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    const render::FigureExportOptions options { format(), pngWidth(), scale() };
    if (const auto written = FigureExporter::write(m_figure, options, target); !written) {
        m_status->setText(tr("The figure was not saved: %1").arg(written.error().detail));
        return false;
    }
    QSettings settings;
    settings.setValue(kFolderKey, info.absolutePath());
    settings.setValue(kFormatKey, FigureExporter::suffix(format()));
    m_written = info.absoluteFilePath();
    m_status->clear();
    accept();
    return true;
}

} // namespace littoral::ui
