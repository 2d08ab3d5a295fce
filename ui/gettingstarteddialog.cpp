// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gettingstarteddialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace littoral::ui {

namespace {

QString plainText(const QString& actionText)
{
    QString text = actionText;
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    // "Open Corpus Folder…" reads the same in a list of things to do without its ellipsis.
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QString keysOf(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void collect(QMenu* menu, const QString& group, QSet<const QAction*>& seen, QList<GettingStartedDialog::Shortcut>& rows)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || seen.contains(action))
            continue;
        seen.insert(action);
        if (QMenu* sub = action->menu()) {
            collect(sub, group, seen, rows);
            continue;
        }
        if (const QString keys = keysOf(action); !keys.isEmpty() && !action->text().isEmpty())
            rows.append({ group, plainText(action->text()), keys });
    }
}

} // namespace

GettingStartedDialog::GettingStartedDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_window(window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStarted"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
    rebuild();
}

QList<GettingStartedDialog::Shortcut> GettingStartedDialog::shortcuts(QWidget* window)
{
    QList<Shortcut> rows;
    QSet<const QAction*> seen;
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (QAction* top : main->menuBar()->actions())
            if (QMenu* menu = top->menu())
                collect(menu, plainText(top->text()), seen, rows);
    }
    // Actions outside the menus (a view's own, a context menu's) that still answer a key.
    for (QAction* action : window->findChildren<QAction*>()) {
        if (seen.contains(action) || action->isSeparator() || action->menu() || action->text().isEmpty())
            continue;
        seen.insert(action);
        if (const QString keys = keysOf(action); !keys.isEmpty())
            rows.append({ QString(), plainText(action->text()), keys });
    }
    return rows;
}

void GettingStartedDialog::rebuild()
{
    setWindowTitle(tr("Getting Started with Littoral"));
    const int scrolled = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(pageHtml());
    if (m_browser->verticalScrollBar())
        m_browser->verticalScrollBar()->setValue(scrolled);
}

QString GettingStartedDialog::pageHtml() const
{
    const auto section = [](const QString& title) { return QStringLiteral("<h3>%1</h3>").arg(title); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Getting started"));
    html += tr("<p>Littoral reads a folder of letters, open letters and press releases and shows who wrote to whom, "
               "when, and which events they mention. All the views show one selection: choose a period, a "
               "correspondent or a search in one of them, and the others follow.</p>");
    html += tr("<p>To read your own documents, choose File ▸ Open Corpus Folder, or drop files and folders on the "
               "window. Littoral keeps what it read from them: opening the folder again reads only what changed.</p>");

    html += section(tr("What each view shows"));
    html += QStringLiteral("<ul>");
    const QString items[] = {
        tr("<b>Timeline</b> (top): every document at its date, in lanes by type or by sender; a month, season "
           "or year is a bar across its span, and mentioned events are diamonds. The wheel zooms, dragging pans."),
        tr("<b>Graph</b> (bottom left): the correspondents, persons as circles and organisations as squares, "
           "linked from sender to recipient; a dashed link is a copy."),
        tr("<b>Documents</b> (the list): the documents the selection keeps, sortable by each column; its "
           "filter field narrows it further."),
        tr("<b>Reader</b> (bottom right): the text of the chosen document, below the table of the facts read "
           "from it."),
        tr("<b>Search results</b> (a tab beside the list): the most relevant documents for the search, with "
           "the matching words highlighted."),
        tr("<b>Correspondents</b> (a tab beside the list): every person and organisation with its spellings "
           "and documents; merge, split, rename or change its kind there."),
        tr("<b>History</b> (Edit ▸ History): every change made to the corpus, by whom and when; Revert "
           "cancels one."),
    };
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    html += QStringLiteral("</ul>");

    html += section(tr("Choose a period"));
    html += tr("<p>Drag along the timeline's axis (or Shift+drag anywhere on the timeline) to brush a period: "
               "the graph, the list and the search results keep only its documents. Esc, or a click on the "
               "axis, clears it. F or Home shows the whole corpus again.</p>");
    html += section(tr("Follow a correspondent"));
    html += tr("<p>Click a correspondent in the graph to keep only the documents it appears in; click a link to "
               "keep the letters on it. Hovering a correspondent highlights its neighbours. A double-click in the "
               "Correspondents tab does the same. Edit ▸ Clear Filters shows everything again.</p>");
    html += section(tr("Search"));
    html += tr("<p>Type in the search field above the views. Accents and case do not matter: <i>prefet</i> finds "
               "<i>Préfet</i>. Put an exact phrase in \"quotes\", end a word with * to find every word that "
               "begins so (<i>expuls*</i>), write OR between alternatives and -word to leave a word out. Every "
               "matching document is shown in the list, the timeline and the graph.</p>");
    html += section(tr("Where a fact came from"));
    html += tr("<p>In the reader, each fact is highlighted where it was read, in the colour of its role (sender, "
               "recipient, copy, mentioned, date, event). Click a fact in the table above the text to select the "
               "words it was read from; its <i>Read from</i> column quotes them, and its confidence says how sure "
               "the reading is.</p>");
    html += section(tr("Correct a fact, and undo"));
    html += tr("<p>Double-click a value in the facts table (or press F2) to correct it: Enter keeps the "
               "correction, Esc cancels it. Or select words in the text and right-click ▸ Use as, to make them "
               "the sender, a recipient, the date, the place or an event. A corrected fact is marked ✎. Edit ▸ "
               "Undo cancels the last change, even after a restart; Edit ▸ History lists them all.</p>");

    html += section(tr("Keyboard shortcuts"));
    html += tr("<p>On the timeline: F or Home fits the whole corpus, + and − zoom, ← and → pan, Esc clears the "
               "period.</p>");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(tr("Menu"), tr("Action"), tr("Shortcut"));
    for (const Shortcut& row : shortcuts(m_window))
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td></tr>")
                    .arg((row.group.isEmpty() ? tr("In the views") : row.group).toHtmlEscaped(), row.action.toHtmlEscaped(),
                        row.keys.toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

void GettingStartedDialog::showEvent(QShowEvent* event)
{
    rebuild(); // an action added or a shortcut changed since it was last shown
    QDialog::showEvent(event);
}

void GettingStartedDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QDialog::changeEvent(event);
}

} // namespace littoral::ui
