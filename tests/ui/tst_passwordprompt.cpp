// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The password prompt after an import: which files it asks about, and Import / Skip / Skip All.
#include "ui/passwordprompt.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace littoral;
using core::ImportOutcome;

namespace {

bool touch(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("%PDF-1.7\n") > 0;
}

// Answers the prompts as they come: a password ("" = Skip, "*" = Skip All).
void answer(QStringList answers)
{
    QTimer::singleShot(0, [answers]() mutable {
        auto* prompt = qobject_cast<ui::PasswordPrompt*>(QApplication::activeModalWidget());
        if (!prompt) {
            answer(answers); // not shown yet
            return;
        }
        const QString next = answers.takeFirst();
        if (next == QLatin1String("*"))
            prompt->skipAllButton()->click();
        else if (next.isEmpty())
            prompt->skipButton()->click();
        else {
            prompt->passwordField()->setText(next);
            QTest::keyClick(prompt->passwordField(), Qt::Key_Return);
        }
        if (!answers.isEmpty())
            QTimer::singleShot(50, [answers] { answer(answers); });
    });
}

} // namespace

class TestPasswordPrompt final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Only the files reported password-protected, by the path the import gave them; an attachment's
    // is imported again through the file holding it (the message, the mbox).
    void protectedFiles_areTheReportedPaths()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("archive"));
        const QString prefecture = folder + QStringLiteral("/2016/prefecture.pdf");
        const QString message = folder + QStringLiteral("/note.eml");
        const QString mbox = folder + QStringLiteral("/2016.mbox");
        for (const QString& file : { prefecture, message, mbox })
            QVERIFY(touch(file));
        core::ImportSummary summary;
        summary.problems = {
            { ImportOutcome::Status::Rejected, QStringLiteral("2016/prefecture.pdf"), QStringLiteral("password-protected"), {}, prefecture },
            { ImportOutcome::Status::Rejected, QStringLiteral("damaged.pdf"), QStringLiteral("damaged file"), {}, folder + QStringLiteral("/damaged.pdf") },
            { ImportOutcome::Status::Rejected, QStringLiteral("note.eml/scan.pdf"), QStringLiteral("password-protected"), {}, message + QStringLiteral("/scan.pdf") },
            { ImportOutcome::Status::Rejected, QStringLiteral("2016.mbox#3/a.pdf"), QStringLiteral("password-protected"), {}, mbox + QStringLiteral("#3/a.pdf") },
            { ImportOutcome::Status::Kept, QStringLiteral("kept.pdf"), QStringLiteral("password-protected"), {}, folder + QStringLiteral("/kept.pdf") },
        };
        const QStringList files = ui::PasswordPrompt::protectedFiles(summary);
        QCOMPARE(files, (QStringList { prefecture, message + QStringLiteral("/scan.pdf"), mbox + QStringLiteral("#3/a.pdf") }));
        QCOMPARE(ui::PasswordPrompt::filesHolding(files), (QStringList { prefecture, message, mbox }));
    }

    // One file at a time: a password is kept for its file, Skip leaves one out, Skip All the rest.
    void ask_oneFileAtATime_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QStringList>("unlocked");
        QTest::addRow("all_given") << QStringList { QStringLiteral("s3cret"), QStringLiteral("other"), QStringLiteral("third") }
                                   << QStringList { QStringLiteral("a.pdf=s3cret"), QStringLiteral("b.pdf=other"), QStringLiteral("c.pdf=third") };
        QTest::addRow("skip_one") << QStringList { QString(), QStringLiteral("other"), QStringLiteral("third") }
                                  << QStringList { QStringLiteral("b.pdf=other"), QStringLiteral("c.pdf=third") };
        QTest::addRow("skip_all") << QStringList { QStringLiteral("s3cret"), QStringLiteral("*") } << QStringList { QStringLiteral("a.pdf=s3cret") };
    }
    void ask_oneFileAtATime()
    {
        QFETCH(QStringList, answers);
        QFETCH(QStringList, unlocked);
        answer(answers);
        const QHash<QString, QString> passwords = ui::PasswordPrompt::ask(nullptr,
            { QStringLiteral("/x/a.pdf"), QStringLiteral("/x/b.pdf"), QStringLiteral("/x/c.pdf") });
        QStringList got;
        for (auto it = passwords.cbegin(); it != passwords.cend(); ++it)
            got << QFileInfo(it.key()).fileName() + u'=' + it.value();
        got.sort();
        QCOMPARE(got, unlocked);
    }

    // The field hides what is typed; a second try says the first password did not open the file.
    void prompt_hidesThePassword_andSaysWhenItFailed()
    {
        ui::PasswordPrompt prompt;
        QCOMPARE(prompt.passwordField()->echoMode(), QLineEdit::Password);
        prompt.setFile(QStringLiteral("/x/a.pdf"), false);
        const QString first = prompt.findChild<QLabel*>()->text();
        prompt.setFile(QStringLiteral("/x/a.pdf"), true);
        QVERIFY(prompt.findChild<QLabel*>()->text() != first);
        QVERIFY(prompt.findChild<QLabel*>()->text().contains(QDir::toNativeSeparators(QStringLiteral("/x/a.pdf"))));
    }
};

QTEST_MAIN(TestPasswordPrompt)
#include "tst_passwordprompt.moc"
