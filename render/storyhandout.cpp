// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/storyhandout.h"

#include "core/domain/partialdatewords.h"
#include "core/models/selectionstate.h"
#include "core/models/storysteps.h"
#include "render/graphfigure.h"
#include "render/pagestyle.h"
#include "render/timelinefigure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace littoral::render {

namespace {

// The strings' translation context.
struct StoryHandout {
    Q_DECLARE_TR_FUNCTIONS(littoral::render::StoryHandout)
};

constexpr int kDpi = 300;
// Figures are laid out this wide in logical pixels (their height follows the room on the page) and
// scaled to it: the 15 px labels then read as about 7 points.
constexpr int kFigureWidth = 1000;
constexpr int kFigureFontPixels = 15;

QString dateInWords(const core::PartialDate& date)
{
    return date.isValid() ? core::PartialDateWords::say(date) : StoryHandout::tr("undated");
}

QString names(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("—") : list.join(QStringLiteral("; "));
}

// Text drawn in a band of the page, wrapped; returns the height it took.
qreal drawWrapped(QPainter& painter, const QFont& font, const QRectF& band, const QString& text, int flags = Qt::AlignLeft)
{
    painter.setFont(font);
    const QRectF needed = painter.boundingRect(band, flags | Qt::TextWordWrap, text);
    const QRectF drawn(band.topLeft(), QSizeF(band.width(), std::min(needed.height(), band.height())));
    painter.drawText(drawn, flags | Qt::TextWordWrap, text);
    return drawn.height();
}

// A figure laid out for `box` and scaled into it, centred.
void drawFigure(QPainter& painter, const Figure& figure, const QRectF& box)
{
    if (figure.isNull() || box.isEmpty())
        return;
    const qreal scale = std::min(box.width() / figure.size.width(), box.height() / figure.size.height());
    const QSizeF drawn = QSizeF(figure.size) * scale;
    painter.save();
    painter.translate(box.left() + (box.width() - drawn.width()) / 2, box.top() + (box.height() - drawn.height()) / 2);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(figure.size)));
    figure.paint(painter);
    painter.restore();
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(box.left() + (box.width() - drawn.width()) / 2, box.top() + (box.height() - drawn.height()) / 2,
        drawn.width(), drawn.height()));
}

// The lines under the figures: the step's document and its chronology event, or why they are missing.
QStringList factLines(const StoryHandoutInput& in, const core::StoryStep& step, const core::AppliedStep& applied)
{
    QStringList lines;
    if (!step.document.isEmpty()) {
        if (const core::DocumentSummary* d = applied.document != 0 ? in.corpus->document(applied.document) : nullptr) {
            lines << StoryHandout::tr("Document: %1 (%2)").arg(d->title.isEmpty() ? d->source : d->title, d->source);
            lines << StoryHandout::tr("%1 · from %2 to %3").arg(dateInWords(d->date), names(d->senders), names(d->recipients));
        } else {
            lines << StoryHandout::tr("Note: the document %1 of this step is not in this corpus; the page shows the rest of the step.")
                         .arg(step.document);
        }
    }
    if (!step.chronologyEvent.isEmpty()) {
        const core::ChronologyEvent* event = in.chronology ? in.chronology->event(step.chronologyEvent) : nullptr;
        if (event) {
            const QString when = event->isSpan()
                ? StoryHandout::tr("%1 – %2").arg(core::PartialDateWords::say(event->start), core::PartialDateWords::say(event->end))
                : core::PartialDateWords::say(event->start);
            lines << StoryHandout::tr("Chronology: %1 — %2").arg(event->label(), when);
            if (!event->description().isEmpty())
                lines << event->description();
            if (!event->sourceUrl.isEmpty())
                lines << StoryHandout::tr("Source: %1").arg(event->sourceUrl);
        } else {
            lines << StoryHandout::tr("Note: the chronology event %1 of this step is not in this corpus’s chronology.")
                         .arg(step.chronologyEvent);
        }
    }
    // Names a colleague's corpus does not have: the figures show the step without them.
    QStringList others = applied.unknown;
    others.removeAll(step.document);
    if (!others.isEmpty())
        lines << StoryHandout::tr("Note: not in this corpus: %1.").arg(others.join(QStringLiteral(", ")));
    return lines;
}

// Unqualified: lupdate reads "core::Error f()" as a member of a class core.
using Error = core::Error;

Error cannotWrite(const QString& path, const QString& reason)
{
    return { core::ErrorCode::Io, StoryHandout::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason) };
}

} // namespace

core::Result<void> writeStoryHandout(const StoryHandoutInput& input, const QString& pdfPath)
{
    return writeStoryHandout(input, pdfPath, {});
}

core::Result<void> writeStoryHandout(
    const StoryHandoutInput& in, const QString& pdfPath, const std::function<bool(int done, int total)>& progress)
{
    if (!in.corpus)
        return std::unexpected(core::Error { core::ErrorCode::InvalidInput, StoryHandout::tr("No corpus is open.") });
    if (in.story.steps.isEmpty())
        return std::unexpected(core::Error { core::ErrorCode::InvalidInput, StoryHandout::tr("The story has no step to print.") });

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(cannotWrite(pdfPath, file.errorString()));
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter));
    writer.setTitle(in.story.title);
    writer.setCreator(QStringLiteral("Littoral"));

    const QLocale locale;
    const QRectF page(QPointF(0, 0), QSizeF(writer.pageLayout().paintRectPixels(kDpi).size()));
    const qreal mm = kDpi / 25.4;
    QFont base = QGuiApplication::font();
    QFont titleFont = base;
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    QFont captionFont = base;
    captionFont.setPointSizeF(20);
    QFont bodyFont = base;
    bodyFont.setPointSizeF(10.5);
    QFont smallFont = base;
    smallFont.setPointSizeF(8);
    const QColor ink(0x11, 0x11, 0x11);
    const QColor grey(0x55, 0x55, 0x55);
    const FigureStyle style = pageFigureStyle(kFigureFontPixels);
    const QDate printed = in.printedOn.isValid() ? in.printedOn : QDate::currentDate();
    const int total = int(in.story.steps.size());

    QPainter painter;
    if (!painter.begin(&writer))
        return std::unexpected(cannotWrite(pdfPath, file.errorString()));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            writer.newPage();
        const core::StoryStep& step = in.story.steps.at(i);
        core::SelectionState selection;
        selection.setCorpus(in.corpus);
        const core::AppliedStep applied = core::applyStep(selection, step, in.snippets.value(i));

        // Header: the story and where this page is in it.
        painter.setPen(grey);
        painter.setFont(titleFont);
        const qreal headerHeight = QFontMetricsF(titleFont, &writer).height();
        painter.drawText(QRectF(0, 0, page.width() * 0.75, headerHeight), Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(in.story.title, Qt::ElideRight, int(page.width() * 0.75)));
        painter.drawText(QRectF(0, 0, page.width(), headerHeight), Qt::AlignRight | Qt::AlignVCenter,
            StoryHandout::tr("Step %1 of %2").arg(locale.toString(i + 1), locale.toString(total)));
        qreal y = headerHeight + 1.5 * mm;
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 2));
        painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
        y += 4 * mm;

        // The caption, large: at most about a quarter of the page.
        painter.setPen(ink);
        const QString caption = step.caption.trimmed().isEmpty() ? StoryHandout::tr("(This step has no text.)") : step.caption.trimmed();
        y += drawWrapped(painter, captionFont, QRectF(0, y, page.width(), page.height() * 0.26), caption) + 3 * mm;
        painter.setPen(grey);
        y += drawWrapped(painter, bodyFont, QRectF(0, y, page.width(), page.height() * 0.1),
                 StoryHandout::tr("Period and filters: %1").arg(step.filter.describe()))
            + 3 * mm;

        // What is said below the figures is measured first: the figures take the room that is left.
        const QStringList facts = factLines(in, step, applied);
        const qreal footerHeight = QFontMetricsF(smallFont, &writer).height() * 1.6;
        qreal factsHeight = 0;
        if (!facts.isEmpty()) {
            painter.setFont(bodyFont);
            factsHeight = painter.boundingRect(QRectF(0, 0, page.width(), page.height()), Qt::TextWordWrap, facts.join(QLatin1Char('\n'))).height()
                + 3 * mm;
            factsHeight = std::min(factsHeight, page.height() * 0.3);
        }
        const QRectF figures(0, y, page.width(), std::max(0.0, page.height() - footerHeight - factsHeight - y - 2 * mm));
        const bool timeline = step.showTimeline || !step.showGraph; // a reader-only step still shows its period
        const bool graph = step.showGraph;
        if (figures.height() > 20 * mm) {
            const qreal gap = 4 * mm;
            QRectF timelineBox = figures;
            QRectF graphBox;
            if (timeline && graph) {
                timelineBox.setWidth((figures.width() - gap) * 0.58);
                graphBox = QRectF(timelineBox.right() + gap, figures.top(), figures.width() - timelineBox.width() - gap, figures.height());
            } else if (graph) {
                graphBox = figures;
            }
            const auto figureSize = [](const QRectF& box) {
                return QSize(kFigureWidth, std::max(200, int(kFigureWidth * box.height() / box.width())));
            };
            if (timeline) {
                const std::pair<QDate, QDate> days = step.zoomFrom.isValid() && step.zoomTo.isValid()
                    ? std::pair(step.zoomFrom, step.zoomTo)
                    : std::pair<QDate, QDate>();
                drawFigure(painter, timelineFigure(selection, figureSize(timelineBox), style, days, in.chronology), timelineBox);
            }
            if (graph && !graphBox.isEmpty())
                drawFigure(painter, graphFigure(selection, figureSize(graphBox), style), graphBox);
        }

        if (!facts.isEmpty()) {
            painter.setPen(ink);
            drawWrapped(painter, bodyFont, QRectF(0, page.height() - footerHeight - factsHeight + 2 * mm, page.width(), factsHeight),
                facts.join(QLatin1Char('\n')));
        }

        // Footer: where the page comes from.
        painter.setPen(grey);
        painter.setFont(smallFont);
        const QRectF footer(0, page.height() - footerHeight, page.width(), footerHeight);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
            in.corpusName.isEmpty() ? StoryHandout::tr("Littoral") : StoryHandout::tr("Corpus: %1").arg(in.corpusName));
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
            StoryHandout::tr("Printed on %1 with Littoral").arg(locale.toString(printed, QLocale::LongFormat)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
            StoryHandout::tr("page %1 of %2").arg(locale.toString(i + 1), locale.toString(total)));

        if (progress && !progress(i + 1, total)) {
            painter.end();
            return std::unexpected(core::Error { core::ErrorCode::Cancelled, StoryHandout::tr("The handout was cancelled.") });
        }
    }
    painter.end();
    if (!file.commit())
        return std::unexpected(cannotWrite(pdfPath, file.errorString()));
    return {};
}

} // namespace littoral::render
