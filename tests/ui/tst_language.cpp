// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// View ▸ Language on the real window: the words, the dates and the numbers follow at once, and the
// choice is remembered.
#include "core/i18n/interfacelanguage.h"
#include "core/import/corpuslocation.h"
#include "core/import/importjob.h"
#include "core/models/documentfilterproxy.h"
#include "core/models/documenttablemodel.h"
#include "core/models/factsmodel.h"
#include "core/models/selectionstate.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/timelineview.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QToolBar>
#include <QTranslator>
#include <QWidgetAction>
#include <QWheelEvent>

#include <algorithm>

using namespace littoral;
using core::InterfaceLanguage;

namespace {

// Letters dated over four months of 2017: enough of them that counts have thousands, and a range
// short enough that the axis names months.
constexpr int kLetters = 1234;

QString letter(int i)
{
    static const char* const months[] = { "janvier", "février", "mars", "avril" };
    return QStringLiteral("Calais, le %1 %2 2017\n\nMonsieur le Préfet,\n\n"
                          "Nous vous écrivons au sujet de la situation du camp, courrier numéro %3.\n\n"
                          "Veuillez agréer, Monsieur le Préfet, nos salutations distinguées.\n\nJeanne Martin\n")
        .arg(1 + i % 28)
        .arg(QString::fromUtf8(months[(i / 28) % 4]))
        .arg(i);
}

// Whether a tick names this month (the first tick and January carry the year: "févr. 2017", others "févr.").
bool namesMonth(const QStringList& axis, const QString& month)
{
    return std::any_of(axis.cbegin(), axis.cend(), [&](const QString& label) {
        return label == month || label.startsWith(month + QLatin1Char(' '));
    });
}

// Wheels in around mid-February 2017, as a person would, until the axis names months (and two
// notches more: French labels are wider, and must not send the axis back to quarters).
bool zoomToMonths(ui::TimelineView* timeline)
{
    int more = -1;
    for (int notch = 0; notch < 60 && more != 0; ++notch) {
        if (more < 0 && namesMonth(timeline->axisLabels(), QStringLiteral("Feb")))
            more = 2;
        else if (more > 0)
            --more;
        if (more == 0)
            break;
        const QPointF at(timeline->timeScale().dateToX(QDate(2017, 2, 15)), timeline->height() / 2.0);
        QWheelEvent wheel(at, timeline->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(timeline, &wheel);
    }
    return namesMonth(timeline->axisLabels(), QStringLiteral("Feb"));
}

// The list's date column, as shown.
QStringList listedDates(ui::MainWindow& window)
{
    QStringList dates;
    for (int row = 0; row < window.documentProxy()->rowCount(); ++row)
        dates << window.documentProxy()->index(row, core::DocumentTableModel::DateColumn).data().toString();
    return dates;
}

QStringList menuTitles(ui::MainWindow& window)
{
    QStringList titles;
    for (const QAction* a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

// Says every Littoral text in brackets: shows which texts went through tr() and were set again when
// the language changed, without depending on a translation file.
class BracketTranslator final : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!QByteArrayView(context).startsWith("littoral::") || !source || !*source)
            return {};
        return QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

bool bracketed(const QString& text) { return text.startsWith(QStringLiteral("⟦")); }

// Every text a person reads on the window's frame: menus and their actions, the toolbar's
// tooltips, the list's tabs, the placeholders and the timeline's controls. Names of languages
// (each said in itself) and of recent corpora are data, not words of the interface.
QStringList frameTexts(ui::MainWindow& window)
{
    QStringList texts;
    for (QAction* menu : window.menuBar()->actions()) {
        texts << menu->text();
        for (QAction* a : menu->menu()->actions()) {
            if (a->isSeparator() || a->objectName().startsWith(QStringLiteral("language_")))
                continue;
            texts << a->text();
        }
    }
    for (QAction* a : window.findChild<QToolBar*>(QStringLiteral("searchToolBar"))->actions())
        if (!a->isSeparator() && !qobject_cast<QWidgetAction*>(a))
            texts << a->toolTip();
    auto* tabs = window.findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    for (QLineEdit* edit : window.findChildren<QLineEdit*>())
        if (!edit->placeholderText().isEmpty())
            texts << edit->placeholderText();
    for (QComboBox* combo : window.timeline()->findChildren<QComboBox*>())
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    return texts;
}

} // namespace

class TestLanguage final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;

    // A window on the 1,234-letter corpus, every view filled.
    static bool open(ui::MainWindow& window, const QString& database)
    {
        QSignalSpy loaded(&window, &ui::MainWindow::corpusLoaded);
        if (!window.openDatabase(database) || !loaded.wait(60000))
            return false;
        // The review counts ("0 of 1,234 reviewed") follow on their own, read on the pool.
        return QTest::qWaitFor([&window] { return !window.statusText().endsWith(QStringLiteral(" · ")); }, 30000);
    }

    static void choose(ui::MainWindow& window, InterfaceLanguage language)
    {
        window.languageMenu()->action(language)->trigger(); // as a click on View ▸ Language ▸ …
        QCoreApplication::processEvents(); // LanguageChange is posted to the windows
    }

    static bool hasFrenchTranslation() { return QFile::exists(QStringLiteral(":/i18n/littoral_fr.qm")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        const QString folder = m_dir.filePath(QStringLiteral("letters"));
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < kLetters; ++i) {
            QFile f(folder + QStringLiteral("/%1.txt").arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(letter(i).toUtf8());
        }
        m_database = m_dir.filePath(QStringLiteral("letters.db"));
        const auto imported = core::ImportJob(m_database, { folder }).runSynchronously();
        QVERIFY(imported);
        QCOMPARE(imported->imported, kLetters);
    }

    void init()
    {
        QSettings().remove(QStringLiteral("ui/language"));
        ui::LanguageMenu::apply(InterfaceLanguage::English);
    }

    void cleanupTestCase() { ui::LanguageMenu::apply(InterfaceLanguage::English); }

    // Without any translation file: QLocale's default follows the choice, and the painted axis and
    // the counts in the status bar are said again at once.
    void french_axisAndStatusBar_followTheLocale()
    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(open(window, m_database));
        window.selection()->setPeriod(QDate(2017, 2, 1), QDate(2017, 2, 28));
        QVERIFY2(zoomToMonths(window.timeline()), qPrintable(window.timeline()->axisLabels().join(QLatin1Char('|'))));
        QVERIFY2(window.statusText().contains(QStringLiteral("of 1,234")), qPrintable(window.statusText()));

        choose(window, InterfaceLanguage::French);
        const QLocale french(QLocale::French, QLocale::France);
        QCOMPARE(QLocale().language(), QLocale::French);
        const QStringList axis = window.timeline()->axisLabels();
        QVERIFY2(namesMonth(axis, QStringLiteral("févr.")), qPrintable(axis.join(QLatin1Char('|'))));
        QVERIFY(!namesMonth(axis, QStringLiteral("Feb")));
        const QString thousands = french.toString(kLetters); // "1 234", with the narrow no-break space
        QVERIFY(thousands != QStringLiteral("1234") && thousands != QStringLiteral("1,234"));
        QVERIFY2(window.statusText().contains(thousands), qPrintable(window.statusText()));
        QVERIFY2(!window.statusText().contains(QStringLiteral("1,234")), qPrintable(window.statusText()));
        QVERIFY(listedDates(window).contains(QStringLiteral("3 févr. 2017")));
        QVERIFY(!listedDates(window).contains(QStringLiteral("3 Feb 2017")));
        // The brushed period in the status bar in French words too.
        QVERIFY2(window.statusText().contains(french.toString(QDate(2017, 2, 1), QStringLiteral("d MMM yyyy"))),
            qPrintable(window.statusText()));

        choose(window, InterfaceLanguage::English);
        QVERIFY(namesMonth(window.timeline()->axisLabels(), QStringLiteral("Feb")));
        QVERIFY(listedDates(window).contains(QStringLiteral("3 Feb 2017")));
        QVERIFY2(window.statusText().contains(QStringLiteral("of 1,234")), qPrintable(window.statusText()));
    }

    // With Littoral's French translation embedded: menus, a toolbar tooltip and the status bar's
    // words read French, then English again.
    void french_menusToolbarAndStatus_retranslateLive()
    {
        if (!hasFrenchTranslation())
            QSKIP("littoral_fr.qm is not embedded in this build (resources/translations, qt_add_translations)");
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(open(window, m_database));
        window.selection()->setPeriod(QDate(2017, 2, 1), QDate(2017, 2, 28));
        const QStringList english = menuTitles(window);
        QVERIFY(english.contains(QStringLiteral("&File")));
        QVERIFY(english.contains(QStringLiteral("&View")));
        auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("searchToolBar"));
        QVERIFY(toolbar);
        const QString englishTip = toolbar->actions().constLast()->toolTip();
        const QString englishStatus = window.statusText();

        choose(window, InterfaceLanguage::French);
        const auto fr = [](const char* source) { return QCoreApplication::translate("littoral::ui::MainWindow", source); };
        QVERIFY(fr("&File") != QStringLiteral("&File")); // the translation is the one installed
        const QStringList french = menuTitles(window);
        QVERIFY2(french.contains(fr("&File")) && french.contains(fr("&View")), qPrintable(french.join(QLatin1Char('|'))));
        QVERIFY(!french.contains(QStringLiteral("&File")));
        QVERIFY(toolbar->actions().constLast()->toolTip() != englishTip);
        QVERIFY2(!window.statusText().contains(QStringLiteral("showing")), qPrintable(window.statusText()));
        QVERIFY(window.statusText() != englishStatus);
        QCOMPARE(window.languageMenu()->menu()->title(), QCoreApplication::translate("littoral::ui::LanguageMenu", "&Language"));

        choose(window, InterfaceLanguage::English);
        QCOMPARE(menuTitles(window), english);
        QCOMPARE(toolbar->actions().constLast()->toolTip(), englishTip);
        QCOMPARE(window.statusText(), englishStatus);
    }

    // A translator installed while the window is open: every text of the frame, the status bar and
    // the timeline's lanes are said again through it, and again without it once it is removed.
    void translatorInstalled_everyFrameTextIsSaidAgain()
    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(open(window, m_database));
        QSignalSpy searched(&window, &ui::MainWindow::searchFinished);
        window.search(QStringLiteral("préfet"));
        QVERIFY(searched.wait(30000));
        QVERIFY2(window.searchMessage().contains(QStringLiteral("match")), qPrintable(window.searchMessage()));
        const QString englishSearch = window.searchMessage();
        const QStringList english = frameTexts(window);
        QVERIFY(english.size() > 30);
        QVERIFY(std::none_of(english.cbegin(), english.cend(), bracketed));
        const QString englishStatus = window.statusText();
        const QStringList englishLanes = window.timeline()->laneNames();

        BracketTranslator brackets;
        QVERIFY(QCoreApplication::installTranslator(&brackets));
        QCoreApplication::processEvents();
        QStringList missed;
        for (const QString& text : frameTexts(window))
            if (!bracketed(text))
                missed << text;
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('|'))));
        QVERIFY2(bracketed(window.statusText()), qPrintable(window.statusText()));
        QVERIFY2(window.timeline()->laneNames().first().startsWith(QStringLiteral("⟦")),
            qPrintable(window.timeline()->laneNames().join(QLatin1Char('|'))));
        QVERIFY(window.windowTitle().contains(QStringLiteral("⟦")));
        QVERIFY2(bracketed(window.searchMessage()), qPrintable(window.searchMessage()));

        QCoreApplication::removeTranslator(&brackets);
        QCoreApplication::processEvents();
        QCOMPARE(frameTexts(window), english);
        QCOMPARE(window.statusText(), englishStatus);
        QCOMPARE(window.timeline()->laneNames(), englishLanes);
        QCOMPARE(window.searchMessage(), englishSearch);
    }

    // The reader's facts and the list say dates in words in the interface language; EDTF stays the
    // editor's input.
    void french_factsAndList_sayDatesInWords()
    {
        if (!hasFrenchTranslation())
            QSKIP("littoral_fr.qm is not embedded in this build (resources/translations, qt_add_translations)");
        const QString sample = m_dir.filePath(QStringLiteral("sample.db"));
        if (!QFile::exists(sample)) {
            const auto imported = core::ImportJob(sample, { core::CorpusLocation::sampleCorpus() }).runSynchronously();
            QVERIFY(imported && imported->imported == 5);
        }
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(open(window, sample));
        // The mayor of Calais's letter of 7 February 2017, which mentions the Jungle's dismantling
        // in autumn 2016 (EDTF 2016-23).
        window.documentProxy()->setTextFilter(QStringLiteral("bouchart"));
        QCOMPARE(window.documentProxy()->rowCount(), 1);
        window.selectDocumentRow(0);
        QTRY_VERIFY(window.readerText().contains(QStringLiteral("Le 7 février 2017")));
        const auto values = [&window](int kind) {
            QStringList found;
            core::FactsModel* facts = window.factsModel();
            for (int row = 0; row < facts->rowCount(); ++row)
                if (facts->index(row, 0).data(core::FactsModel::KindRole).toInt() == kind)
                    found << facts->index(row, core::FactsModel::ValueColumn).data().toString();
            return found;
        };
        const auto startsWith = [](const QStringList& list, const QString& start) {
            return std::any_of(list.cbegin(), list.cend(), [&](const QString& v) { return v.startsWith(start); });
        };
        const auto listDate = [&window] {
            return window.documentProxy()->index(0, core::DocumentTableModel::DateColumn).data().toString();
        };
        QCOMPARE(values(int(core::FactsModel::Kind::Date)), QStringList { QStringLiteral("7 February 2017") });
        QVERIFY2(startsWith(values(int(core::FactsModel::Kind::Event)), QStringLiteral("autumn 2016")),
            qPrintable(values(int(core::FactsModel::Kind::Event)).join(QLatin1Char('|'))));
        QCOMPARE(listDate(), QStringLiteral("7 Feb 2017"));

        choose(window, InterfaceLanguage::French);
        QCOMPARE(values(int(core::FactsModel::Kind::Date)), QStringList { QStringLiteral("7 février 2017") });
        QVERIFY2(startsWith(values(int(core::FactsModel::Kind::Event)), QStringLiteral("automne 2016")),
            qPrintable(values(int(core::FactsModel::Kind::Event)).join(QLatin1Char('|'))));
        QCOMPARE(listDate(), QStringLiteral("7 févr. 2017"));
        // The date editor still takes and shows EDTF.
        core::FactsModel* facts = window.factsModel();
        for (int row = 0; row < facts->rowCount(); ++row)
            if (facts->index(row, 0).data(core::FactsModel::KindRole).toInt() == int(core::FactsModel::Kind::Date))
                QCOMPARE(facts->index(row, core::FactsModel::ValueColumn).data(Qt::EditRole).toString(), QStringLiteral("2017-02-07"));
    }

    void languageChoice_survivesANewWindow()
    {
        {
            ui::MainWindow window;
            QVERIFY(window.languageMenu()->action(InterfaceLanguage::System)->isChecked());
            choose(window, InterfaceLanguage::French);
            QVERIFY(window.languageMenu()->action(InterfaceLanguage::French)->isChecked());
            QVERIFY(!window.languageMenu()->action(InterfaceLanguage::System)->isChecked());
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        QCOMPARE(ui::LanguageMenu::remembered(), InterfaceLanguage::French);
        ui::MainWindow again;
        QVERIFY(again.languageMenu()->action(InterfaceLanguage::French)->isChecked());
        choose(again, InterfaceLanguage::English);
        QCOMPARE(ui::LanguageMenu::remembered(), InterfaceLanguage::English);
        ui::MainWindow third;
        QVERIFY(third.languageMenu()->action(InterfaceLanguage::English)->isChecked());
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
