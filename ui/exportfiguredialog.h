// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/figure.h"
#include "render/figureexporter.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace littoral::ui {

class Retranslator;

// The views a figure is taken from.
enum class FigureView { Timeline, Graph };

// File ▸ Export Figure…: which view, which format (PNG at a width and 1× or 2×, SVG, PDF), where; a
// thumbnail of what will be written, painted by the figure itself. Remembers the last folder and format
// (QSettings). GUI thread.
class ExportFigureDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportFigureDialog)
public:
    // `figureOf` takes the view's figure as it stands when asked (the dialog asks again when the view
    // chosen changes).
    ExportFigureDialog(std::function<render::Figure(FigureView)> figureOf, FigureView view, QWidget* parent);
    ~ExportFigureDialog() override;

    // Takes the chosen view's figure again (the view changed while the dialog was away).
    void refresh();

    FigureView view() const;
    void setView(FigureView view);
    render::FigureFormat format() const;
    void setFormat(render::FigureFormat format);
    // The PNG's width in logical pixels and its scale (1 or 2).
    int pngWidth() const;
    void setPngWidth(int width);
    int scale() const;
    void setScale(int scale);
    // Where it will be written: the field's path, its suffix made the format's.
    QString path() const;
    void setPath(const QString& path);
    // The figure as it will be written (taken when the view was chosen).
    const render::Figure& figure() const { return m_figure; }
    // The thumbnail shown.
    QImage preview() const;
    // What the dialog says it will write: "PNG, 1,200 × 800 pixels" …
    QString summary() const;
    // The line under the form: the last error, or empty.
    QString status() const;

    // Writes the figure; on success remembers the folder and format and accepts the dialog; on failure
    // says why in the dialog and stays open.
    bool save();
    QString writtenPath() const { return m_written; }

private:
    void takeFigure();
    void updateForm();
    void chooseFile();
    QString defaultName() const;

    std::function<render::Figure(FigureView)> m_figureOf;
    render::Figure m_figure;
    QComboBox* m_view = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_widthLabel = nullptr;
    QSpinBox* m_width = nullptr;
    QComboBox* m_scale = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_caption = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    Retranslator* m_retranslator = nullptr;
    QImage m_thumbnail;
    QString m_written;
};

} // namespace littoral::ui
