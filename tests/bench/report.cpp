// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <functional>
#include <optional>

namespace littoral::bench {
namespace {

struct Metric {
    QString name;
    QString unit;               // "s", "ms", "MB", "x", "" (yes/no)
    QString path;               // slash-separated path into a size's results ("graph/..." = the fixed graph run)
    std::optional<double> max;  // target: value <= max at the largest size
    bool growth = true;         // whether growth with corpus size means something
    QString baselinePath = {};  // an absolute baseline shown next to it
};

QList<Metric> metrics()
{
    return {
        { QStringLiteral("import: Littoral / sqlite3 floor"), QStringLiteral("x"), QStringLiteral("import_ratio"), 1.3, false },
        { QStringLiteral("import: Littoral (ImportJob)"), QStringLiteral("s"), QStringLiteral("import_app/seconds"), {}, true,
            QStringLiteral("import_floor/seconds") },
        { QStringLiteral("import: sqlite3 floor"), QStringLiteral("s"), QStringLiteral("import_floor/seconds"), {}, true },
        { QStringLiteral("search median (50 hits)"), QStringLiteral("ms"), QStringLiteral("search/median_ms"), {}, true,
            QStringLiteral("search/baseline_median_ms") },
        { QStringLiteral("search median / raw FTS5"), QStringLiteral("x"), QStringLiteral("search/ratio_median"), 1.5, false },
        { QStringLiteral("search p95 (50 hits)"), QStringLiteral("ms"), QStringLiteral("search/p95_ms"), 20.0, true,
            QStringLiteral("search/baseline_p95_ms") },
        { QStringLiteral("search p95 / raw FTS5"), QStringLiteral("x"), QStringLiteral("search/ratio_p95"), {}, false },
        { QStringLiteral("search p95, each query's first run"), QStringLiteral("ms"), QStringLiteral("search/first_run_p95_ms"), {},
            true },
        { QStringLiteral("search median (window: best 200 + all ids)"), QStringLiteral("ms"),
            QStringLiteral("search/window_limit/median_ms"), {}, true, QStringLiteral("search/window_limit/baseline_median_ms") },
        { QStringLiteral("search p95 (window: best 200 + all ids)"), QStringLiteral("ms"), QStringLiteral("search/window_limit/p95_ms"),
            {}, true, QStringLiteral("search/window_limit/baseline_p95_ms") },
        { QStringLiteral("search typed in the window, until shown"), QStringLiteral("ms"), QStringLiteral("view/search_in_window_ms"),
            {}, true },
        { QStringLiteral("GUI longest stall during that search"), QStringLiteral("ms"), QStringLiteral("view/search_max_stall_ms"),
            100.0, true },
        { QStringLiteral("timeline frame, full range"), QStringLiteral("ms"), QStringLiteral("view/timeline/full/median_ms"), 16.0,
            true, QStringLiteral("view/timeline/baseline_ms") },
        { QStringLiteral("timeline frame, zoomed"), QStringLiteral("ms"), QStringLiteral("view/timeline/zoomed/median_ms"), 16.0,
            true, QStringLiteral("view/timeline/baseline_ms") },
        { QStringLiteral("timeline frame, pan step"), QStringLiteral("ms"), QStringLiteral("view/timeline/pan/median_ms"), 16.0,
            true, QStringLiteral("view/timeline/baseline_ms") },
        { QStringLiteral("timeline frame, story step glide"), QStringLiteral("ms"), QStringLiteral("view/timeline/glide/median_ms"),
            16.0, true, QStringLiteral("view/timeline/baseline_ms") },
        { QStringLiteral("timeline repaint (no change)"), QStringLiteral("ms"), QStringLiteral("view/timeline/repaint/median_ms"),
            16.0, true },
        { QStringLiteral("timeline full / plain drawRects"), QStringLiteral("x"),
            QStringLiteral("view/timeline/full/ratio_to_baseline"), {}, false },
        { QStringLiteral("graph layout 5k/20k (GraphLayout)"), QStringLiteral("s"), QStringLiteral("graph/layout_s"), 0.5, false,
            QStringLiteral("graph/igraph_fr_s") },
        { QStringLiteral("graph layout / plain igraph FR"), QStringLiteral("x"), QStringLiteral("graph/ratio_to_igraph"), {}, false },
        { QStringLiteral("graph 5k/20k frame, fitted"), QStringLiteral("ms"), QStringLiteral("graph/view/fitted/median_ms"), 16.0,
            false },
        { QStringLiteral("graph 5k/20k frame, zoomed"), QStringLiteral("ms"), QStringLiteral("graph/view/zoomed/median_ms"), 16.0,
            false },
        { QStringLiteral("graph 5k/20k frame, drag"), QStringLiteral("ms"), QStringLiteral("graph/view/drag/median_ms"), 16.0,
            false },
        { QStringLiteral("corpus graph frame, fitted"), QStringLiteral("ms"), QStringLiteral("view/graph_view/fitted/median_ms"),
            16.0, true },
        { QStringLiteral("corpus graph frame, zoomed"), QStringLiteral("ms"), QStringLiteral("view/graph_view/zoomed/median_ms"),
            16.0, true },
        { QStringLiteral("corpus graph frame, drag"), QStringLiteral("ms"), QStringLiteral("view/graph_view/drag/median_ms"),
            16.0, true },
        { QStringLiteral("corpus graph layout (off GUI thread)"), QStringLiteral("s"),
            QStringLiteral("view/graph_view/layout_wall_s"), {}, true },
        { QStringLiteral("graph analysis (communities, centralities)"), QStringLiteral("s"), QStringLiteral("analysis/network_s"), 2.0,
            true, QStringLiteral("analysis/igraph_s") },
        { QStringLiteral("graph analysis / plain igraph calls"), QStringLiteral("x"), QStringLiteral("analysis/ratio_to_igraph"), {},
            false },
        { QStringLiteral("graph filters (core, largest group)"), QStringLiteral("ms"), QStringLiteral("analysis/filter_ms"), {}, true },
        { QStringLiteral("ego network, two steps, busiest"), QStringLiteral("ms"), QStringLiteral("analysis/ego_ms"), {}, true },
        { QStringLiteral("organisation view fold"), QStringLiteral("ms"), QStringLiteral("analysis/organisations_ms"), {}, true },
        { QStringLiteral("grouped layout (CommunityGroups)"), QStringLiteral("s"), QStringLiteral("analysis/groups_s"), {}, true,
            QStringLiteral("analysis/whole_layout_s") },
        { QStringLiteral("grouped layout / whole-graph layout"), QStringLiteral("x"),
            QStringLiteral("analysis/groups_ratio_to_whole_layout"), {}, false },
        { QStringLiteral("GUI longest stall, graph laid out and shown"), QStringLiteral("ms"),
            QStringLiteral("view/graph_view/gui_max_stall_ms"), 100.0, true },
        { QStringLiteral("open db to first painted window"), QStringLiteral("ms"), QStringLiteral("view/open_ms"), 1000.0, true,
            QStringLiteral("view/open_baseline_ms") },
        { QStringLiteral("open / sqlite3 open+count"), QStringLiteral("x"), QStringLiteral("view/open_ratio"), {}, false },
        { QStringLiteral("  correspondents and events shown"), QStringLiteral("ms"), QStringLiteral("view/complete_ms"), {}, true },
        { QStringLiteral("peak RSS, import (ImportJob)"), QStringLiteral("MB"), QStringLiteral("import_app/peak_rss_mb"), 400.0,
            true, QStringLiteral("import_floor/peak_rss_mb") },
        { QStringLiteral("peak RSS, viewing (the window: open, search, zoom, pan)"), QStringLiteral("MB"),
            QStringLiteral("view/window_peak_rss_mb"), 400.0, true },
        { QStringLiteral("  with the bench's second timeline and graph"), QStringLiteral("MB"), QStringLiteral("view/peak_rss_mb"), {}, true },
        { QStringLiteral("peak RSS, import in the app"), QStringLiteral("MB"), QStringLiteral("gui/peak_rss_mb"), 400.0, true },
        { QStringLiteral("GUI longest stall during import"), QStringLiteral("ms"), QStringLiteral("gui/max_gap_ms"), 100.0, true },
        { QStringLiteral("GUI longest stall incl. reload after"), QStringLiteral("ms"), QStringLiteral("gui/max_gap_with_reload_ms"),
            {}, true },
        { QStringLiteral("import in the app (GUI; cancelled after 60 s if longer)"), QStringLiteral("s"), QStringLiteral("gui/import_s"), {},
            true },
        { QStringLiteral("cancel honoured (job stopped)"), QStringLiteral("ms"), QStringLiteral("gui/cancel_ms"), 500.0, false },
        { QStringLiteral("cancel to window reloaded"), QStringLiteral("ms"), QStringLiteral("gui/cancel_to_window_ms"), {}, false },
        { QStringLiteral("db consistent after cancel"), QString(), QStringLiteral("gui/cancel_db/consistent"), {}, false },
    };
}

std::optional<double> lookup(const QJsonObject& root, const QString& path)
{
    QJsonValue v = root;
    for (const QString& part : path.split(QLatin1Char('/')))
        v = v.toObject().value(part);
    if (v.isBool())
        return v.toBool() ? 1.0 : 0.0;
    if (!v.isDouble())
        return std::nullopt;
    return v.toDouble();
}

// A size's results with the derived values (ratios, seconds) and the fixed graph run merged in.
QJsonObject enriched(const QJsonObject& results, int size)
{
    QJsonObject s = results.value(QStringLiteral("sizes")).toObject().value(QString::number(size)).toObject();
    QJsonObject graph = results.value(QStringLiteral("graph")).toObject();
    const double app = lookup(s, QStringLiteral("import_app/seconds")).value_or(0);
    const double floor = lookup(s, QStringLiteral("import_floor/seconds")).value_or(0);
    if (app > 0 && floor > 0)
        s.insert(QStringLiteral("import_ratio"), app / floor);
    graph.insert(QStringLiteral("layout_s"), graph.value(QStringLiteral("layout_ms")).toDouble() / 1000.0);
    graph.insert(QStringLiteral("igraph_fr_s"), graph.value(QStringLiteral("igraph_fr_ms")).toDouble() / 1000.0);
    s.insert(QStringLiteral("graph"), graph);
    QJsonObject view = s.value(QStringLiteral("view")).toObject();
    QJsonObject gv = view.value(QStringLiteral("graph_view")).toObject();
    gv.insert(QStringLiteral("layout_wall_s"), gv.value(QStringLiteral("layout_wall_ms")).toDouble() / 1000.0);
    view.insert(QStringLiteral("graph_view"), gv);
    s.insert(QStringLiteral("view"), view);
    QJsonObject gui = s.value(QStringLiteral("gui")).toObject();
    gui.insert(QStringLiteral("import_s"), gui.value(QStringLiteral("import_ms")).toDouble() / 1000.0);
    s.insert(QStringLiteral("gui"), gui);
    return s;
}

QString format(std::optional<double> v, const QString& unit)
{
    if (!v)
        return QStringLiteral("–");
    if (unit.isEmpty())
        return *v != 0 ? QStringLiteral("yes") : QStringLiteral("NO");
    const double x = *v;
    const int decimals = unit == QLatin1String("x") ? 2 : (std::abs(x) >= 100 ? 0 : (std::abs(x) >= 10 ? 1 : 2));
    const QString number = QString::number(x, 'f', decimals);
    if (unit == QLatin1String("x"))
        return number + QStringLiteral("×");
    return number + QLatin1Char(' ') + unit;
}

QString targetText(const Metric& m)
{
    if (m.unit.isEmpty())
        return QStringLiteral("yes");
    if (!m.max)
        return QString();
    return QStringLiteral("≤ ") + format(m.max, m.unit);
}

QString met(const Metric& m, std::optional<double> v)
{
    if (!v)
        return QString();
    if (m.unit.isEmpty())
        return *v != 0 ? QStringLiteral("yes") : QStringLiteral("**NO**");
    if (!m.max)
        return QString();
    return *v <= *m.max ? QStringLiteral("yes") : QStringLiteral("**NO** (%1×)").arg(*v / *m.max, 0, 'f', 1);
}

QString sizeLabel(int size)
{
    return size % 1000 == 0 ? QStringLiteral("%1k").arg(size / 1000) : QString::number(size);
}

QString growthText(double from, double to, double sizeFactor)
{
    if (from <= 0 || to <= 0)
        return QStringLiteral("–");
    const double factor = to / from;
    const double exponent = std::log(factor) / std::log(sizeFactor);
    const QString kind = exponent < 0.85 ? QStringLiteral("sub-linear")
                                         : (exponent > 1.15 ? QStringLiteral("super-linear") : QStringLiteral("linear"));
    return QStringLiteral("×%1 %2").arg(factor, 0, 'f', factor < 10 ? 1 : 0).arg(kind);
}

QString row(const QStringList& cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

} // namespace

QString sizeTable(const QJsonObject& results, int size)
{
    const QJsonObject s = enriched(results, size);
    QString out = QStringLiteral("\n### %1 documents\n\n").arg(size);
    out += row({ QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("baseline"), QStringLiteral("target"),
        QStringLiteral("met?") });
    out += row({ QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---"), QStringLiteral("---") });
    for (const Metric& m : metrics()) {
        const auto v = lookup(s, m.path);
        const auto base = m.baselinePath.isEmpty() ? std::nullopt : lookup(s, m.baselinePath);
        out += row({ m.name, format(v, m.unit), base ? format(base, m.unit) : QString(), targetText(m), met(m, v) });
    }
    return out;
}

QString summaryTable(QJsonObject& results, const QList<int>& sizes)
{
    QList<QJsonObject> perSize;
    for (int size : sizes)
        perSize << enriched(results, size);
    QStringList header { QStringLiteral("metric") };
    QStringList rule { QStringLiteral("---") };
    for (int size : sizes) {
        header << sizeLabel(size);
        rule << QStringLiteral("---:");
    }
    header << QStringLiteral("target") << QStringLiteral("met? (at %1)").arg(sizeLabel(sizes.isEmpty() ? 0 : sizes.last()))
           << QStringLiteral("growth");
    rule << QStringLiteral("---") << QStringLiteral("---") << QStringLiteral("---");
    QString out = row(header) + row(rule);
    QJsonArray summary;
    for (const Metric& m : metrics()) {
        QStringList cells { m.name };
        QJsonObject values;
        std::optional<double> last;
        QStringList growth;
        for (qsizetype i = 0; i < sizes.size(); ++i) {
            const auto v = lookup(perSize[i], m.path);
            cells << format(v, m.unit);
            if (v)
                values.insert(QString::number(sizes[i]), *v);
            last = v;
            if (m.growth && i > 0) {
                const auto previous = lookup(perSize[i - 1], m.path);
                if (v && previous)
                    growth << growthText(*previous, *v, double(sizes[i]) / sizes[i - 1]);
            }
        }
        cells << targetText(m) << met(m, last) << (m.growth ? growth.join(QStringLiteral(", ")) : QStringLiteral("fixed size"));
        out += row(cells);
        summary.append(QJsonObject { { QStringLiteral("metric"), m.name }, { QStringLiteral("unit"), m.unit },
            { QStringLiteral("values"), values }, { QStringLiteral("target_max"), m.max ? QJsonValue(*m.max) : QJsonValue() },
            { QStringLiteral("met"), met(m, last).startsWith(QLatin1String("yes")) },
            { QStringLiteral("growth"), growth.join(QStringLiteral(", ")) } });
    }
    results.insert(QStringLiteral("summary"), summary);
    return out;
}

QString hostileTable(const QJsonObject& hostile)
{
    const double capMs = hostile.value(QStringLiteral("cap_s")).toDouble() * 1000;
    const auto seconds = [](const QJsonObject& run) -> QString {
        if (run.contains(QStringLiteral("error")))
            return QStringLiteral("failed");
        const QString s = format(run.value(QStringLiteral("ms")).toDouble() / 1000.0, QStringLiteral("s"));
        if (run.value(QStringLiteral("capped")).toBool())
            return QStringLiteral("≥ ") + s + QStringLiteral(" (stopped)");
        return run.value(QStringLiteral("cut_short")).toBool() ? s + QStringLiteral(" (budget hit)") : s;
    };
    QString out = QStringLiteral("\n### Hostile folder (decode + clean + extract one document; stopped at %1)\n\n")
                      .arg(format(capMs / 1000.0, QStringLiteral("s")));
    out += row({ QStringLiteral("input"), QStringLiteral("size"), QStringLiteral("on one line"),
        QStringLiteral("broken into lines"), QStringLiteral("ratio") });
    out += row({ QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---:"),
        QStringLiteral("---:") });
    for (const QJsonValue& v : hostile.value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject input = v.toObject();
        const QJsonObject one = input.value(QStringLiteral("one_line")).toObject();
        const QJsonObject lines = input.value(QStringLiteral("lines")).toObject();
        const double oneMs = one.value(QStringLiteral("ms")).toDouble();
        const double linesMs = lines.value(QStringLiteral("ms")).toDouble();
        QString ratio = QStringLiteral("–");
        if (oneMs > 0 && linesMs > 0 && !one.contains(QStringLiteral("error")) && !lines.contains(QStringLiteral("error"))) {
            // A stopped run gives only a lower bound of its time, so of the ratio too.
            ratio = format(oneMs / linesMs, QStringLiteral("x"));
            if (one.value(QStringLiteral("capped")).toBool() && !lines.value(QStringLiteral("capped")).toBool())
                ratio = QStringLiteral("≥ ") + ratio;
        }
        out += row({ input.value(QStringLiteral("description")).toString(),
            QStringLiteral("%1 KB").arg(input.value(QStringLiteral("bytes")).toDouble() / 1024.0, 0, 'f', 0), seconds(one),
            seconds(lines), ratio });
    }
    return out;
}

QString ocrTable(const QJsonObject& ocr)
{
    QString out = QStringLiteral("\n### OCR (pages of the sample corpus drawn at 300 dpi, fra+eng, one thread)\n\n");
    if (ocr.contains(QStringLiteral("skipped")))
        return out + QStringLiteral("Skipped: %1.\n").arg(ocr.value(QStringLiteral("skipped")).toString());
    if (ocr.contains(QStringLiteral("error")))
        return out + QStringLiteral("Failed: %1.\n").arg(ocr.value(QStringLiteral("error")).toString());
    const int pages = ocr.value(QStringLiteral("pages")).toInt();
    const double oursS = ocr.value(QStringLiteral("ours_ms")).toDouble() / 1000.0;
    const double cliS = ocr.value(QStringLiteral("cli_ms")).toDouble() / 1000.0;
    const auto perSecond = [pages](double s) { return s > 0 ? QString::number(pages / s, 'f', 2) : QStringLiteral("–"); };
    out += row({ QStringLiteral("reader"), QStringLiteral("pages"), QStringLiteral("time"), QStringLiteral("pages/s"),
        QStringLiteral("words") });
    out += row({ QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---:"),
        QStringLiteral("---:") });
    out += row({ QStringLiteral("Littoral (OcrEngine, ImageFile; start-up %1)")
                     .arg(format(ocr.value(QStringLiteral("ours_init_ms")).toDouble(), QStringLiteral("ms"))),
        QString::number(pages), format(oursS, QStringLiteral("s")), perSecond(oursS),
        QString::number(ocr.value(QStringLiteral("ours_words")).toInt()) });
    out += row({ QStringLiteral("`tesseract` command line, a process per page"), QString::number(pages),
        format(cliS, QStringLiteral("s")), perSecond(cliS), QString::number(ocr.value(QStringLiteral("cli_words")).toInt()) });
    const Metric ratio { QStringLiteral("OCR: Littoral / tesseract CLI"), QStringLiteral("x"), QStringLiteral("ratio"), 1.3, false };
    const auto value = lookup(ocr, ratio.path);
    out += QStringLiteral("\nRatio (Littoral / CLI): %1, target %2, met: %3.\n")
               .arg(format(value, ratio.unit), targetText(ratio), met(ratio, value));
    return out;
}

QString pdfImportTable(const QJsonObject& pdf)
{
    QString out = QStringLiteral("\n### PDF import (text PDFs, the whole import vs pdftotext on each file)\n\n");
    if (pdf.contains(QStringLiteral("skipped")))
        return out + QStringLiteral("Skipped: %1.\n").arg(pdf.value(QStringLiteral("skipped")).toString());
    if (pdf.contains(QStringLiteral("error")))
        return out + QStringLiteral("Failed: %1.\n").arg(pdf.value(QStringLiteral("error")).toString());
    const double ratio = pdf.value(QStringLiteral("ratio")).toDouble();
    const double gap = pdf.value(QStringLiteral("window_max_gap_ms")).toDouble();
    out += row({ QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("baseline"), QStringLiteral("target"),
        QStringLiteral("met?") });
    out += row({ QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---"), QStringLiteral("---") });
    out += row({ QStringLiteral("PDF import, %1 files / %2 pages")
                     .arg(pdf.value(QStringLiteral("files")).toInt())
                     .arg(pdf.value(QStringLiteral("pages")).toInt()),
        format(pdf.value(QStringLiteral("pages_per_s")).toDouble(), QStringLiteral("pages/s")),
        format(pdf.value(QStringLiteral("pdftotext_pages_per_s")).toDouble(), QStringLiteral("pages/s")) + QStringLiteral(" (pdftotext, %1 at a time)").arg(pdf.value(QStringLiteral("pdftotext_parallel")).toInt()),
        QString(), QString() });
    out += row({ QStringLiteral("time vs pdftotext"), format(ratio, QStringLiteral("x")), QString(),
        QStringLiteral("≤ 1.30×"), ratio <= 1.3 ? QStringLiteral("yes") : QStringLiteral("**NO**") });
    out += row({ QStringLiteral("window's longest stall during it"), format(gap, QStringLiteral("ms")), QString(),
        QStringLiteral("≤ 100 ms"), gap <= 100 ? QStringLiteral("yes") : QStringLiteral("**NO**") });
    return out;
}

} // namespace littoral::bench
