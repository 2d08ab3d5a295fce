// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/briefingpack.h"

#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/domain/partialdatewords.h"
#include "core/models/documenttablemodel.h"
#include "core/models/selectionstate.h"
#include "render/briefingfigureobject.h"
#include "render/graphfigure.h"
#include "render/pagestyle.h"
#include "render/timelinefigure.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QMap>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSaveFile>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace littoral::render {

using namespace littoral::core;

namespace {

// Figures are laid out in logical pixels at these sizes and scaled to the text width: a 15 px font
// then reads as about 8 points on an A4 page.
constexpr QSize kTimelineSize(1000, 560);
constexpr QSize kGraphSize(1000, 760);
constexpr QSize kMonthChartSize(1000, 260);
constexpr int kFigureFontPixels = 15;
constexpr int kExtractLength = 600;
constexpr int kTopCorrespondents = 10;
// Above this many months the chart counts by year: bars stay wider than a hairline.
constexpr int kMostMonthBars = 120;
// ODT figures are PNG at twice their size on the page (96 dpi units), sharp when zoomed or printed.
constexpr qreal kOdtTextWidth = 640;
constexpr int kOdtImageScale = 2;

FigureStyle pageStyle()
{
    return pageFigureStyle(kFigureFontPixels);
}

} // namespace

Figure BriefingPack::recorded(const Figure& figure)
{
    if (figure.isNull())
        return figure;
    QPicture picture;
    {
        QPainter painter(&picture);
        painter.setClipRect(QRect(QPoint(0, 0), figure.size));
        figure.paint(painter);
    }
    return { figure.caption, figure.size, [picture](QPainter& painter) {
                // A picture plays scaled by the target's resolution over its own (3.125 on a 300 dpi
                // page): undone, so it fills the logical size it was recorded at, like the painter.
                const QPaintDevice* device = painter.device();
                painter.save();
                painter.scale(qreal(picture.logicalDpiX()) / device->logicalDpiX(), qreal(picture.logicalDpiY()) / device->logicalDpiY());
                painter.drawPicture(0, 0, picture);
                painter.restore();
            } };
}

namespace {

// A month's (or a year's) first day, for the chart's buckets and the default extracts; null when the
// document's date is vaguer than a month.
QDate monthOf(const DocumentSummary& document)
{
    if (!document.dateStart.isValid() || !document.dateEnd.isValid())
        return {};
    if (document.dateStart.year() != document.dateEnd.year() || document.dateStart.month() != document.dateEnd.month())
        return {};
    return { document.dateStart.year(), document.dateStart.month(), 1 };
}

struct Count {
    QString name;
    int documents = 0;
};

struct KeyFigures {
    QList<std::pair<DocumentType, int>> byType;
    QMap<QDate, int> byMonth;
    int vaguerThanMonth = 0; // dated to a year or a season only, or undated
    QList<Count> senders;
    QList<Count> recipients;
};

QList<Count> topCounts(const QHash<qint64, int>& counts, const CorpusIndex& corpus)
{
    QList<Count> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (const CorrespondentSummary* c = corpus.correspondent(it.key()))
            list.append({ c->name, it.value() });
    std::sort(list.begin(), list.end(), [](const Count& a, const Count& b) {
        return a.documents != b.documents ? a.documents > b.documents : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (list.size() > kTopCorrespondents)
        list.resize(kTopCorrespondents);
    return list;
}

KeyFigures keyFigures(const BriefingInput& in)
{
    KeyFigures figures;
    const CorpusIndex& corpus = *in.corpus;
    QHash<DocumentType, int> types;
    QHash<qint64, int> senders;
    QHash<qint64, int> recipients;
    for (const qsizetype row : in.rows) {
        const DocumentSummary& document = corpus.documents().at(row);
        ++types[document.type];
        if (const QDate month = monthOf(document); month.isValid())
            ++figures.byMonth[month];
        else
            ++figures.vaguerThanMonth;
        QSet<qint64> sent;
        QSet<qint64> received;
        for (const Participation& p : corpus.participationsOfRow(row)) {
            if (p.role == ParticipantRole::Sender)
                sent.insert(p.correspondentId);
            else if (p.role == ParticipantRole::Recipient)
                received.insert(p.correspondentId);
        }
        for (const qint64 id : std::as_const(sent))
            ++senders[id];
        for (const qint64 id : std::as_const(received))
            ++recipients[id];
    }
    for (const DocumentType type : kDocumentTypes)
        if (types.value(type) > 0)
            figures.byType.append({ type, types.value(type) });
    figures.senders = topCounts(senders, corpus);
    figures.recipients = topCounts(recipients, corpus);
    return figures;
}

// Documents by month (by year past kMostMonthBars months) as bars, with the busiest bucket's count
// and the years along the axis. Painted here, so on any thread.
Figure monthChart(const QMap<QDate, int>& byMonth, const FigureStyle& style)
{
    QList<std::pair<QDate, int>> buckets;
    if (!byMonth.isEmpty()) {
        const QDate first = byMonth.firstKey();
        const QDate last = byMonth.lastKey();
        const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
        const bool byYear = months > kMostMonthBars;
        for (QDate d = byYear ? QDate(first.year(), 1, 1) : first; d <= last; d = byYear ? d.addYears(1) : d.addMonths(1)) {
            int n = 0;
            for (auto it = byMonth.lowerBound(d); it != byMonth.cend() && it.key() < (byYear ? d.addYears(1) : d.addMonths(1)); ++it)
                n += it.value();
            buckets.append({ d, n });
        }
    }
    Figure figure;
    figure.size = kMonthChartSize;
    figure.paint = [buckets, style, size = figure.size](QPainter& p) {
        const QColor ink = style.palette.color(QPalette::Text);
        const QColor bar = style.palette.color(QPalette::Highlight);
        p.fillRect(QRect(QPoint(0, 0), size), style.palette.color(QPalette::Base));
        p.setFont(style.font);
        const int textHeight = QFontMetrics(style.font).height();
        const QRectF plot(8, textHeight + 8, size.width() - 16, size.height() - 2 * textHeight - 20);
        int most = 0;
        for (const auto& [date, n] : buckets)
            most = std::max(most, n);
        p.setPen(ink);
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
        if (buckets.isEmpty() || most == 0)
            return;
        p.drawText(QRectF(plot.left(), 0, plot.width(), textHeight + 4), Qt::AlignLeft | Qt::AlignVCenter,
            BriefingPack::tr("Busiest: %1").arg(QLocale().toString(most)));
        const qreal step = plot.width() / buckets.size();
        const bool byYear = buckets.size() > 1 && buckets.at(1).first.year() != buckets.at(0).first.year()
            && buckets.at(1).first.month() == buckets.at(0).first.month();
        int lastLabelYear = -1;
        qreal lastLabelRight = -1;
        for (int i = 0; i < buckets.size(); ++i) {
            const auto& [date, n] = buckets.at(i);
            const qreal height = plot.height() * n / most;
            const QRectF rect(plot.left() + i * step + step * 0.1, plot.bottom() - height, step * 0.8, height);
            p.fillRect(rect, bar);
            // Years along the axis, where one starts (or at the first bar), never overlapping.
            if (date.year() != lastLabelYear && (byYear || date.month() == 1 || i == 0)) {
                const QString label = QLocale().toString(date, QStringLiteral("yyyy"));
                const qreal x = plot.left() + i * step;
                if (x > lastLabelRight) {
                    p.setPen(ink);
                    p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 6));
                    p.drawText(QPointF(x + 2, plot.bottom() + 6 + QFontMetrics(style.font).ascent()), label);
                    lastLabelRight = x + QFontMetrics(style.font).horizontalAdvance(label) + 8;
                    lastLabelYear = date.year();
                }
            }
        }
    };
    return figure;
}

QString dateInWords(const DocumentSummary& document)
{
    return document.date.isValid() ? PartialDateWords::say(document.date) : BriefingPack::tr("undated");
}

QString namesOrDash(const QStringList& names)
{
    return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral("; "));
}

// A table cell names the first few; an open letter's thirty co-signatories are in its citation.
constexpr int kNamesInACell = 3;

QString namesInACell(const QStringList& names)
{
    if (names.size() <= kNamesInACell + 1)
        return namesOrDash(names);
    return BriefingPack::tr("%1 and %Ln other(s)", nullptr, int(names.size() - kNamesInACell))
        .arg(names.first(kNamesInACell).join(QStringLiteral("; ")));
}

// About kExtractLength characters of a text, cut at a word, whitespace folded, with an ellipsis when cut.
QString extractOf(const QString& text)
{
    const QString folded = text.simplified();
    if (folded.size() <= kExtractLength)
        return folded;
    qsizetype cut = folded.lastIndexOf(QLatin1Char(' '), kExtractLength);
    if (cut < kExtractLength / 2)
        cut = kExtractLength;
    return folded.left(cut) + QStringLiteral(" …");
}

// Builds the pack's text in a QTextDocument. Figures go in as vector objects (PDF) or as PNG image
// resources (ODT: the ODF writer only keeps images).
class Composer {
public:
    Composer(const BriefingInput& in, QTextDocument& document, BriefingFigureObject* vectors, qreal textWidth,
        const std::function<bool()>& step)
        : m_in(in)
        , m_document(document)
        , m_vectors(vectors)
        , m_textWidth(textWidth)
        , m_step(step)
        , m_cursor(&document)
    {
        QFont base = QGuiApplication::font();
        base.setPointSizeF(10);
        m_document.setDefaultFont(base);
        m_body.setFontPointSize(10);
        m_small.setFontPointSize(8.5);
        m_title.setFontPointSize(22);
        m_title.setFontWeight(QFont::Bold);
        m_heading.setFontPointSize(14);
        m_heading.setFontWeight(QFont::Bold);
        m_strong = m_body;
        m_strong.setFontWeight(QFont::Bold);
        m_caption.setFontPointSize(9);
        m_caption.setFontItalic(true);
        m_quote = m_body;
        m_quote.setFontItalic(true);
    }

    // False when cancelled.
    bool compose(const QList<qint64>& extractIds, const QHash<qint64, QString>& texts)
    {
        const KeyFigures figures = keyFigures(m_in);
        const QLocale locale;
        block(m_title, m_in.title, 0, 12);
        block(m_body, BriefingPack::tr("Selection: %1").arg(m_in.filter.describe()));
        const QDate made = m_in.madeOn.isValid() ? m_in.madeOn : QDate::currentDate();
        block(m_body, BriefingPack::tr("Made on %1 with Littoral.").arg(locale.toString(made, QLocale::LongFormat)));

        heading(BriefingPack::tr("Key figures"));
        block(m_strong, BriefingPack::tr("%Ln document(s) in this selection.", nullptr, int(m_in.rows.size())));
        heading(BriefingPack::tr("Documents by type"), 11);
        {
            QStringList cells;
            for (const auto& [type, n] : figures.byType)
                cells << DocumentTableModel::typeLabel(type) << locale.toString(n);
            table({ BriefingPack::tr("Type"), BriefingPack::tr("Documents") }, cells, 0.5, { 60, 40 });
        }
        heading(BriefingPack::tr("Documents by month"), 11);
        figure(monthChart(figures.byMonth, pageStyle()));
        if (figures.vaguerThanMonth > 0)
            block(m_caption, BriefingPack::tr("%Ln document(s) dated less precisely than a month, or undated, are not in the chart.",
                                 nullptr, figures.vaguerThanMonth));
        heading(BriefingPack::tr("Most active senders and recipients"), 11);
        {
            QStringList cells;
            const qsizetype lines = std::max(figures.senders.size(), figures.recipients.size());
            for (qsizetype i = 0; i < lines; ++i) {
                for (const QList<Count>* list : { &figures.senders, &figures.recipients }) {
                    cells << (i < list->size() ? list->at(i).name : QString())
                          << (i < list->size() ? locale.toString(list->at(i).documents) : QString());
                }
            }
            table({ BriefingPack::tr("Sender"), BriefingPack::tr("Documents"), BriefingPack::tr("Recipient"), BriefingPack::tr("Documents") },
                cells, 1.0, { 34, 16, 34, 16 });
        }

        heading(BriefingPack::tr("Figures"));
        breakPage();
        numberedFigure(m_in.timeline);
        numberedFigure(m_in.graph);

        heading(BriefingPack::tr("Documents"));
        {
            QTextTableFormat format = tableFormat(1.0);
            format.setHeaderRowCount(1);
            QList<QTextLength> widths;
            for (const qreal percent : { 14.0, 11.0, 20.0, 18.0, 22.0, 15.0 })
                widths.append(QTextLength(QTextLength::PercentageLength, percent));
            format.setColumnWidthConstraints(widths);
            QTextTable* t = m_cursor.insertTable(int(m_in.rows.size()) + 1, 6, format);
            const QStringList headers { BriefingPack::tr("Date"), BriefingPack::tr("Type"), BriefingPack::tr("From"),
                BriefingPack::tr("To"), BriefingPack::tr("Title"), BriefingPack::tr("Source") };
            for (int c = 0; c < headers.size(); ++c)
                cell(t, 0, c, headers.at(c), true);
            int r = 1;
            for (const qsizetype row : m_in.rows) {
                const DocumentSummary& d = m_in.corpus->documents().at(row);
                const QStringList values { dateInWords(d), DocumentTableModel::typeLabel(d.type), namesInACell(d.senders),
                    namesInACell(d.recipients), d.title.isEmpty() ? QStringLiteral("—") : d.title, d.source };
                for (int c = 0; c < values.size(); ++c)
                    cell(t, r, c, values.at(c), false);
                ++r;
                if (!m_step())
                    return false;
            }
            m_cursor.movePosition(QTextCursor::End);
        }

        heading(BriefingPack::tr("Extracts"));
        if (extractIds.isEmpty())
            block(m_body, BriefingPack::tr("No extract was chosen."));
        for (const qint64 id : extractIds) {
            const DocumentSummary* d = m_in.corpus->document(id);
            if (!d)
                continue;
            block(m_strong, d->title.isEmpty() ? d->source : d->title, 10, 2);
            block(m_caption, BriefingPack::tr("%1, %2 · %3 · source: %4")
                                 .arg(namesOrDash(d->senders), dateInWords(*d), DocumentTableModel::typeLabel(d->type), d->source));
            QTextBlockFormat quote;
            quote.setLeftMargin(m_textWidth * 0.04);
            quote.setRightMargin(m_textWidth * 0.04);
            quote.setTopMargin(4);
            quote.setBottomMargin(6);
            m_cursor.insertBlock(quote, m_quote);
            m_cursor.insertText(QStringLiteral("« %1 »").arg(extractOf(texts.value(id))), m_quote);
            if (!m_step())
                return false;
        }
        return true;
    }

private:
    void block(const QTextCharFormat& format, const QString& text, qreal top = 4, qreal bottom = 4)
    {
        QTextBlockFormat b;
        b.setTopMargin(top);
        b.setBottomMargin(bottom);
        if (m_first) { // the document's first block exists already
            m_cursor.setBlockFormat(b);
            m_cursor.setBlockCharFormat(format);
        } else {
            m_cursor.insertBlock(b, format);
        }
        m_first = false;
        m_cursor.insertText(text, format);
    }

    void heading(const QString& text, qreal points = 14)
    {
        QTextCharFormat format = m_heading;
        format.setFontPointSize(points);
        block(format, text, points > 12 ? 18 : 10, 4);
    }

    // The figures start a page: a heading alone at the foot of the key figures says nothing.
    void breakPage()
    {
        QTextBlockFormat b = m_cursor.blockFormat();
        b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_cursor.setBlockFormat(b);
    }

    QTextTableFormat tableFormat(qreal width) const
    {
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setBorderBrush(QColor(0x99, 0x99, 0x99));
        format.setBorderCollapse(true);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, width * 100));
        return format;
    }

    // Columns in percent of the table's width: names wide, counts narrow.
    void table(const QStringList& headers, const QStringList& cells, qreal width, const QList<qreal>& percents)
    {
        const int columns = int(headers.size());
        QTextTableFormat format = tableFormat(width);
        format.setHeaderRowCount(1);
        QList<QTextLength> widths;
        for (const qreal percent : percents)
            widths.append(QTextLength(QTextLength::PercentageLength, percent));
        format.setColumnWidthConstraints(widths);
        m_cursor.insertBlock();
        QTextTable* t = m_cursor.insertTable(int(cells.size() / columns) + 1, columns, format);
        for (int c = 0; c < columns; ++c)
            cell(t, 0, c, headers.at(c), true);
        for (int i = 0; i < cells.size(); ++i)
            cell(t, i / columns + 1, i % columns, cells.at(i), false);
        m_cursor.movePosition(QTextCursor::End);
    }

    void cell(QTextTable* t, int row, int column, const QString& text, bool header)
    {
        QTextCursor c = t->cellAt(row, column).firstCursorPosition();
        QTextCharFormat format = m_small;
        if (header)
            format.setFontWeight(QFont::Bold);
        c.insertText(text, format);
    }

    void figure(const Figure& f)
    {
        QTextBlockFormat b;
        b.setAlignment(Qt::AlignHCenter);
        b.setTopMargin(6);
        m_cursor.insertBlock(b);
        if (f.isNull())
            return;
        if (m_vectors) {
            m_vectors->insert(m_cursor, f, m_textWidth);
            return;
        }
        const qreal height = m_textWidth * f.size.height() / f.size.width();
        QImage image(QSize(int(m_textWidth), int(height)) * kOdtImageScale, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            p.scale(qreal(image.width()) / f.size.width(), qreal(image.height()) / f.size.height());
            f.paint(p);
        }
        const QString name = QStringLiteral("littoral-figure-%1.png").arg(++m_images);
        m_document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat format;
        format.setName(name);
        format.setWidth(m_textWidth);
        format.setHeight(height);
        m_cursor.insertImage(format);
    }

    void numberedFigure(const Figure& f)
    {
        figure(f);
        ++m_figureNumber;
        QTextCharFormat format = m_caption;
        QTextBlockFormat b;
        b.setTopMargin(4);
        b.setBottomMargin(12);
        m_cursor.insertBlock(b, format);
        m_cursor.insertText(BriefingPack::tr("Figure %1 — %2").arg(m_figureNumber).arg(f.caption), format);
    }

    const BriefingInput& m_in;
    QTextDocument& m_document;
    BriefingFigureObject* m_vectors;
    qreal m_textWidth;
    const std::function<bool()>& m_step;
    QTextCursor m_cursor;
    QTextCharFormat m_body, m_small, m_title, m_heading, m_strong, m_caption, m_quote;
    bool m_first = true;
    int m_figureNumber = 0;
    int m_images = 0;
};

Error cancelled()
{
    return { ErrorCode::Cancelled, BriefingPack::tr("The briefing was cancelled.") };
}

Error cannotWrite(const QString& path, const QString& reason)
{
    return { ErrorCode::Io, BriefingPack::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason) };
}

} // namespace

BriefingInput BriefingPack::fromSelection(const SelectionState& selection, const QString& databasePath, const QString& title)
{
    BriefingInput in;
    in.corpus = selection.corpusPointer();
    in.rows = selection.acceptedRows();
    in.filter = selection.filter();
    in.title = title.isEmpty() ? defaultTitle(in.filter) : title;
    in.databasePath = databasePath;
    const FigureStyle style = pageStyle();
    in.timeline = BriefingPack::recorded(timelineFigure(selection, kTimelineSize, style));
    in.graph = BriefingPack::recorded(graphFigure(selection, kGraphSize, style));
    return in;
}

QString BriefingPack::defaultTitle(const DocumentFilter& filter)
{
    DocumentFilter period;
    period.from = filter.from;
    period.to = filter.to;
    return tr("Briefing — %1").arg(period.describe());
}

QList<qint64> BriefingPack::defaultExtracts(const CorpusIndex& corpus, const QList<qsizetype>& rows)
{
    QList<qint64> ids;
    QSet<QDate> months;
    for (const qsizetype row : rows) {
        const DocumentSummary& document = corpus.documents().at(row);
        const QDate month = monthOf(document);
        if (month.isValid() && !months.contains(month)) {
            months.insert(month);
            ids.append(document.id);
        }
    }
    return ids;
}

BriefingPack::Format BriefingPack::formatFor(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0 ? Format::Odt : Format::Pdf;
}

Result<void> BriefingPack::write(const BriefingInput& in, const QString& path, Format format,
    const std::function<bool(int done, int total)>& progress)
{
    if (!in.corpus)
        return std::unexpected(Error { ErrorCode::InvalidInput, tr("No corpus is open.") });

    // Extracts in corpus order, whatever order they were ticked in.
    QList<qint64> extractIds;
    {
        const QList<qint64> chosen = in.extracts ? *in.extracts : defaultExtracts(*in.corpus, in.rows);
        const QSet<qint64> wanted(chosen.cbegin(), chosen.cend());
        for (const qsizetype row : in.rows)
            if (wanted.contains(in.corpus->documents().at(row).id))
                extractIds.append(in.corpus->documents().at(row).id);
    }
    const int total = int(in.rows.size() + extractIds.size()) * 2;
    int done = 0;
    const std::function<bool()> step = [&] { return !progress || progress(++done, total); };

    QHash<qint64, QString> texts;
    if (!extractIds.isEmpty()) {
        auto database = Database::openExisting(in.databasePath);
        if (!database)
            return std::unexpected(database.error());
        DocumentRepository documents(*database);
        for (const qint64 id : std::as_const(extractIds)) {
            auto document = documents.load(id);
            if (!document)
                return std::unexpected(document.error());
            texts.insert(id, document->text);
            if (!step())
                return std::unexpected(cancelled());
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(cannotWrite(path, file.errorString()));

    QTextDocument document;
    document.setDocumentMargin(0);
    if (format == Format::Odt) {
        document.setTextWidth(kOdtTextWidth);
        Composer composer(in, document, nullptr, kOdtTextWidth, step);
        if (!composer.compose(extractIds, texts))
            return std::unexpected(cancelled());
        // The ODF writer closes its device when done, which a QSaveFile forbids: it writes to memory.
        QBuffer odt;
        QTextDocumentWriter writer(&odt, "odf");
        if (!writer.write(&document) || file.write(odt.data()) != odt.data().size())
            return std::unexpected(cannotWrite(path, file.errorString()));
    } else {
        constexpr int kDpi = 300;
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 16, 20, 14),
            QPageLayout::Millimeter));
        writer.setTitle(in.title);
        writer.setCreator(QStringLiteral("Littoral"));
        document.documentLayout()->setPaintDevice(&writer);
        BriefingFigureObject vectors;
        vectors.install(&document);

        const QRect paper = writer.pageLayout().paintRectPixels(kDpi);
        QFont footerFont = QGuiApplication::font();
        footerFont.setPointSizeF(8);
        const qreal footer = QFontMetricsF(footerFont, &writer).height() * 2.5;
        const QSizeF page(paper.width(), paper.height() - footer);
        document.setPageSize(page);

        Composer composer(in, document, &vectors, page.width(), step);
        if (!composer.compose(extractIds, texts))
            return std::unexpected(cancelled());

        // Each page painted from the laid-out document, then its footer: "page N of M".
        const int pages = document.pageCount();
        QPainter painter;
        if (!painter.begin(&writer))
            return std::unexpected(cannotWrite(path, file.errorString()));
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            // The painter's clip keeps a paragraph across pages out of the margins; the narrower rect
            // given to drawContents() keeps out of the page's text the lines that only touch its edge
            // (a line moved to the next page starts exactly there), so none is in the PDF twice.
            const QRectF shown(QPointF(0, i * page.height()), page);
            painter.setClipRect(shown);
            document.drawContents(&painter, shown.adjusted(0, 0.5, 0, -0.5));
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(0, page.height(), page.width(), footer), Qt::AlignLeft | Qt::AlignBottom, in.title);
            painter.drawText(QRectF(0, page.height(), page.width(), footer), Qt::AlignRight | Qt::AlignBottom,
                tr("page %1 of %2").arg(QLocale().toString(i + 1), QLocale().toString(pages)));
            if (progress && !progress(done, total)) {
                painter.end();
                return std::unexpected(cancelled());
            }
        }
        painter.end();
    }
    if (progress && !progress(total, total))
        return std::unexpected(cancelled());
    if (!file.commit())
        return std::unexpected(cannotWrite(path, file.errorString()));
    return {};
}

} // namespace littoral::render
