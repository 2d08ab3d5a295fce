// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Correspondents pane driven as a person would, offscreen, on a real corpus file through the session.
// Set LITTORAL_DOCS_DIR to also write its screenshot there (docs/correspondents.png).
#include "support/richletter.h"
#include "support/samplecorpus.h"
#include "core/db/documentrepository.h"
#include "core/models/corpusindex.h"
#include "core/models/correspondentsmodel.h"
#include "core/session/corpussession.h"
#include "ui/correspondentspane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace littoral;
using core::CorrespondentKind;
using core::CorrespondentsModel;
using core::CorpusSession;
using core::Document;
using core::ParticipantRole;
using ui::CorrespondentsPane;

namespace {

QString errorOf(const auto& result)
{
    return result ? QString() : result.error().detail;
}

Document letter(const QString& path, const QString& sender, const QString& recipient)
{
    const QString text = QStringLiteral("%1\nà %2\nObjet : la situation à Calais.\n").arg(sender, recipient);
    Document d = littoral::test::makeDocument(path, text);
    d.extraction.participants = {
        { ParticipantRole::Sender, CorrespondentKind::Person, sender, {}, {}, core::Evidence { sender, 0 }, 0.9 },
        { ParticipantRole::Recipient, CorrespondentKind::Person, recipient, {}, {},
            core::Evidence { recipient, qsizetype(text.indexOf(recipient)) }, 0.9 },
    };
    return d;
}

// Answers the next modal dialog (an input dialog, a message box) once it is up.
void whenDialogOpens(std::function<void(QWidget*)> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

} // namespace

class TestCorrespondentsPane final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CorpusSession> m_session;
    std::unique_ptr<CorrespondentsPane> m_pane;

    int rowOf(const QString& name) const
    {
        const QAbstractItemModel* model = m_pane->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, CorrespondentsModel::NameColumn).data().toString() == name)
                return row;
        return -1;
    }
    qint64 idOf(const QString& name) const
    {
        const int row = rowOf(name);
        return row < 0 ? 0 : m_pane->table()->model()->index(row, 0).data(CorrespondentsModel::IdRole).toLongLong();
    }
    void select(const QStringList& names)
    {
        QItemSelectionModel* selection = m_pane->table()->selectionModel();
        selection->clearSelection();
        for (const QString& name : names) {
            const int row = rowOf(name);
            QVERIFY2(row >= 0, qPrintable(name));
            selection->select(m_pane->table()->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = CorpusSession::open(m_dir->filePath(QStringLiteral("corpus.db")));
        QVERIFY2(session, qPrintable(errorOf(session)));
        m_session = std::move(*session);
        core::DocumentRepository repository(m_session->database());
        for (const Document& d : { letter(QStringLiteral("/corpus/a.txt"), QStringLiteral("Jean DUPONT"), QStringLiteral("Paul Martin")),
                 letter(QStringLiteral("/corpus/b.txt"), QStringLiteral("J. Dupont"), QStringLiteral("Paul Martin")),
                 letter(QStringLiteral("/corpus/c.txt"), QStringLiteral("Paul Martin"), QStringLiteral("Préfète du Nord")) })
            QVERIFY(repository.write(d, d.fileName));
        m_pane = std::make_unique<CorrespondentsPane>();
        m_pane->resize(900, 400);
        m_pane->setSession(m_session.get());
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QCOMPARE(m_pane->table()->model()->rowCount(), 4);
    }
    void cleanup()
    {
        m_pane.reset();
        m_session.reset();
        m_dir.reset();
    }

    void models_passTheModelTester()
    {
        QAbstractItemModelTester source(m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxy(m_pane->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->refresh();
        m_pane->filterBox()->setText(QStringLiteral("dupont"));
        QCOMPARE(m_pane->table()->model()->rowCount(), 2);
    }

    // Paul Martin hears from both spellings of Dupont and writes to the prefect: the only way
    // between them goes through him.
    void graphColumns_filledOffTheGuiThread_andSortable()
    {
        QAbstractItemModelTester tester(m_pane->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QAbstractItemModel* model = m_pane->table()->model();
        const int martin = rowOf(QStringLiteral("Paul Martin"));
        QVERIFY(!model->index(martin, CorrespondentsModel::BetweennessColumn).data().isValid()); // not computed yet

        auto corpus = core::CorpusIndex::load(m_session->database());
        QVERIFY2(corpus, qPrintable(errorOf(corpus)));
        QSignalSpy analysed(m_pane.get(), &CorrespondentsPane::analysed);
        m_pane->setCorpus(std::make_shared<const core::CorpusIndex>(std::move(*corpus)));
        QVERIFY(m_pane->isAnalysing());
        QVERIFY(analysed.wait(10000));
        QVERIFY(!m_pane->isAnalysing());

        const auto cell = [&](const QString& name, int column) { return model->index(rowOf(name), column).data().toString(); };
        QCOMPARE(cell(QStringLiteral("Paul Martin"), CorrespondentsModel::InDegreeColumn), QStringLiteral("2"));
        QCOMPARE(cell(QStringLiteral("Paul Martin"), CorrespondentsModel::OutDegreeColumn), QStringLiteral("1"));
        QCOMPARE(cell(QStringLiteral("Paul Martin"), CorrespondentsModel::BetweennessColumn), QStringLiteral("3"));
        QCOMPARE(cell(QStringLiteral("J. Dupont"), CorrespondentsModel::BetweennessColumn), QStringLiteral("0"));
        QCOMPARE(cell(QStringLiteral("Préfète du Nord"), CorrespondentsModel::InDegreeColumn), QStringLiteral("1"));
        QVERIFY(!cell(QStringLiteral("Paul Martin"), CorrespondentsModel::CommunityColumn).isEmpty());
        QVERIFY(model->index(rowOf(QStringLiteral("Paul Martin")), CorrespondentsModel::CommunityColumn)
                    .data(Qt::ToolTipRole).toString().contains(QStringLiteral("Paul Martin")));

        m_pane->table()->sortByColumn(CorrespondentsModel::BetweennessColumn, Qt::DescendingOrder);
        QCOMPARE(model->index(0, CorrespondentsModel::NameColumn).data().toString(), QStringLiteral("Paul Martin"));
        m_pane->table()->sortByColumn(CorrespondentsModel::InDegreeColumn, Qt::DescendingOrder);
        QCOMPARE(model->index(0, CorrespondentsModel::NameColumn).data().toString(), QStringLiteral("Paul Martin"));
        QCOMPARE(model->index(1, CorrespondentsModel::NameColumn).data().toString(), QStringLiteral("Préfète du Nord"));
    }

    void mergeTwoSelected_showsOneWithBothSpellings_andUndoRestoresTwo()
    {
        select({ QStringLiteral("Jean DUPONT"), QStringLiteral("J. Dupont") });
        QVERIFY(m_pane->mergeAction()->isEnabled());
        QString offered;
        whenDialogOpens([&](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            offered = input->comboBoxItems().join(QLatin1Char('|'));
            const QStringList items = input->comboBoxItems();
            const auto survivor = std::find_if(items.cbegin(), items.cend(),
                [](const QString& item) { return item.startsWith(QStringLiteral("Jean DUPONT")); });
            QVERIFY(survivor != items.cend());
            input->setTextValue(*survivor);
            input->accept();
        });
        m_pane->mergeAction()->trigger();
        QVERIFY2(m_pane->lastError().isEmpty(), qPrintable(m_pane->lastError()));
        QVERIFY2(offered.contains(QStringLiteral("J. Dupont")), qPrintable(offered));
        QCOMPARE(m_pane->table()->model()->rowCount(), 3);
        const int row = rowOf(QStringLiteral("Jean DUPONT"));
        QVERIFY(row >= 0);
        QCOMPARE(m_pane->table()->model()->index(row, CorrespondentsModel::AliasesColumn).data().toString(), QStringLiteral("J. Dupont"));
        QCOMPARE(m_pane->table()->model()->index(row, CorrespondentsModel::SenderColumn).data().toInt(), 2);
        QCOMPARE(m_pane->selectedIds(), QList<qint64> { idOf(QStringLiteral("Jean DUPONT")) });

        // Undone elsewhere (Edit ▸ Undo, the CLI): the pane follows the session.
        QVERIFY(m_session->undo());
        QTRY_COMPARE(m_pane->table()->model()->rowCount(), 4);
        QVERIFY(rowOf(QStringLiteral("J. Dupont")) >= 0);
        QCOMPARE(m_pane->table()->model()->index(rowOf(QStringLiteral("Jean DUPONT")), CorrespondentsModel::AliasesColumn).data().toString(),
            QString());
    }

    void splitASpelling_throughItsDialog()
    {
        QVERIFY(m_session->merge({ idOf(QStringLiteral("J. Dupont")) }, idOf(QStringLiteral("Jean DUPONT"))));
        QTRY_COMPARE(m_pane->table()->model()->rowCount(), 3);
        select({ QStringLiteral("Jean DUPONT") });
        QVERIFY(m_pane->splitAction()->isEnabled());
        whenDialogOpens([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("J. Dupont"));
            input->accept();
        });
        m_pane->splitAction()->trigger();
        QVERIFY2(m_pane->lastError().isEmpty(), qPrintable(m_pane->lastError()));
        QCOMPARE(m_pane->table()->model()->rowCount(), 4);
        QCOMPARE(m_pane->selectedIds(), QList<qint64> { idOf(QStringLiteral("J. Dupont")) });
    }

    void renameAndKind_fromTheActions()
    {
        select({ QStringLiteral("Préfète du Nord") });
        whenDialogOpens([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Préfecture du Nord"));
            input->accept();
        });
        m_pane->renameAction()->trigger();
        QVERIFY(rowOf(QStringLiteral("Préfecture du Nord")) >= 0);
        select({ QStringLiteral("Préfecture du Nord") });
        m_pane->organisationAction()->trigger();
        const int row = rowOf(QStringLiteral("Préfecture du Nord"));
        QCOMPARE(m_pane->table()->model()->index(row, 0).data(CorrespondentsModel::KindRole).toInt(), int(CorrespondentKind::Organization));
        auto history = m_session->history();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
    }

    void refusal_isShownAndChangesNothing()
    {
        QSignalSpy failed(m_pane.get(), &CorrespondentsPane::failed);
        QVERIFY(!m_pane->renameCorrespondent(idOf(QStringLiteral("Paul Martin")), QStringLiteral("   ")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!m_pane->lastError().isEmpty());
        // Told in a box that does not block the window.
        QMessageBox* box = m_pane->findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY(box->text().contains(m_pane->lastError()));
        box->close();
        QCOMPARE(m_session->history()->size(), 0);
        QVERIFY(rowOf(QStringLiteral("Paul Martin")) >= 0);
    }

    void screenshot_onTheSampleCorpus()
    {
        // The bundled samples and one more letter spelling the mayor otherwise, merged into her, as
        // the README shows the pane.
        const QString path = m_dir->filePath(QStringLiteral("sample.db"));
        auto sample = littoral::test::loadSampleCorpus(path);
        QVERIFY2(sample, qPrintable(errorOf(sample)));
        auto session = CorpusSession::open(path);
        QVERIFY2(session, qPrintable(errorOf(session)));
        const Document extra = letter(QStringLiteral("/corpus/extra.txt"), QStringLiteral("N. BOUCHART"), QStringLiteral("Nathanaël Caillaux"));
        QVERIFY(core::DocumentRepository((*session)->database()).write(extra, extra.fileName));
        auto mayor = (*session)->findCorrespondents(QStringLiteral("Natacha Bouchart"));
        auto spelling = (*session)->findCorrespondents(QStringLiteral("N. BOUCHART"));
        QVERIFY(mayor && mayor->size() == 1 && spelling && spelling->size() == 1);
        QVERIFY((*session)->merge(*spelling, mayor->first()));
        CorrespondentsPane pane;
        pane.resize(1000, 420);
        pane.setSession(session->get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.table()->model()->rowCount() > 5);
        QVERIFY(pane.selectCorrespondent(mayor->first()));
        const int row = pane.table()->currentIndex().row();
        QCOMPARE(pane.table()->model()->index(row, CorrespondentsModel::AliasesColumn).data().toString(), QStringLiteral("N. BOUCHART"));
        QCOMPARE(pane.table()->model()->index(row, CorrespondentsModel::SenderColumn).data().toInt(), 2);
        pane.table()->scrollTo(pane.table()->currentIndex(), QAbstractItemView::PositionAtCenter);
        const QString dir = qEnvironmentVariable("LITTORAL_DOCS_DIR");
        if (!dir.isEmpty())
            QVERIFY(pane.grab().save(dir + QStringLiteral("/correspondents.png")));
    }
};

QTEST_MAIN(TestCorrespondentsPane)
#include "tst_correspondentspane.moc"
