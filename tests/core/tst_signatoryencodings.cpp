// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"
#include "core/db/documentrepository.h"
#include "core/import/importjob.h"

#include "support/encodedtext.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;

namespace {

// An open letter whose signatories are listed one organisation per line. Its number of line ends is
// even: a text-mode write then leaves every other line out of step, without changing the file's parity.
const QString kOpenLetter = QStringLiteral(u"Lettre ouverte au Préfet de la Somme sur l'hébergement d'urgence\n\n"
                                           u"Amiens, le 9 janvier 2020\n\n"
                                           u"Monsieur le Préfet,\n\n"
                                           u"Depuis le début de l'hiver, des dizaines de familles dorment dehors à Amiens faute de places "
                                           u"d'hébergement, alors que le plan grand froid a été déclenché il y a trois semaines.\n\n"
                                           u"Nous vous demandons l'ouverture immédiate de places supplémentaires et le respect de "
                                           u"l'inconditionnalité de l'accueil.\n\n"
                                           u"Signataires :\n"
                                           u"Collectif Solidarité Picardie\n"
                                           u"Association Le Toit Partagé\n"
                                           u"Fédération des Foyers de l'Ouest\n"
                                           u"Réseau Accueil Exilés Somme\n"
                                           u"Maraude Citoyenne d'Abbeville\n");

QByteArray utf16le(const QString& text)
{
    return littoral::test::EncodedText::utf16(text, true);
}

QByteArray utf16be(const QString& text)
{
    return littoral::test::EncodedText::utf16(text, false);
}

using littoral::test::EncodedText::throughTextMode;

QString crlf(QString text)
{
    return text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

// The senders of each imported file, by file name: "kind:name" in the order extraction found them.
QHash<QString, QStringList> sendersBySource(const QString& dbPath)
{
    QHash<QString, QStringList> out;
    auto db = Database::open(dbPath);
    if (!db)
        return out;
    DocumentRepository documents(*db);
    const auto visited = documents.forEachDocument([&](const Document& d, const QString& source) -> Result<void> {
        QStringList senders;
        for (const Participant& p : d.extraction.participants)
            if (p.role == ParticipantRole::Sender)
                senders.append(QStringLiteral("%1:%2").arg(p.kind == CorrespondentKind::Person ? u"person" : u"organization", p.name));
        out.insert(source, senders);
        return {};
    });
    return visited ? out : QHash<QString, QStringList> {};
}

} // namespace

// The same letter saved in UTF-16, as Windows programs write it, gives the same senders as in UTF-8:
// through the real import (decode, clean, extract, store), the two files side by side.
class TestSignatoryEncodings final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void import_utf16OpenLetter_sameSignatoriesAsUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QByteArray bom("\xFF\xFE", 2);
        QTest::addRow("utf16le_bom") << bom + utf16le(kOpenLetter) << QStringLiteral("utf-16le");
        QTest::addRow("utf16le_bom_crlf") << bom + utf16le(crlf(kOpenLetter)) << QStringLiteral("utf-16le");
        QTest::addRow("utf16le_noBom_crlf") << utf16le(crlf(kOpenLetter)) << QStringLiteral("utf-16le");
        QTest::addRow("utf16be_bom") << QByteArray("\xFE\xFF", 2) + utf16be(kOpenLetter) << QStringLiteral("utf-16be");
        // Every LF byte preceded by a CR byte: every other line was read one byte off (garbled), or the
        // file was rejected for its odd length.
        QTest::addRow("utf16le_bom_textModeWrite") << bom + throughTextMode(utf16le(kOpenLetter)) << QStringLiteral("utf-16le");
        QTest::addRow("utf16le_bom_textModeWrite_oddLineCount")
            << bom + throughTextMode(utf16le(kOpenLetter + QStringLiteral("\n"))) << QStringLiteral("utf-16le");
        QTest::addRow("utf16le_noBom_textModeWrite") << throughTextMode(utf16le(kOpenLetter)) << QStringLiteral("utf-16le");
        QTest::addRow("utf16le_bom_textModeWrite_crlf")
            << bom + throughTextMode(utf16le(crlf(kOpenLetter))) << QStringLiteral("utf-16le");
        // A newline appended by a byte-oriented tool ("echo >> lettre.txt"): one byte, an odd length.
        QTest::addRow("utf16le_bom_strayNewlineByte") << bom + utf16le(kOpenLetter) + '\n' << QStringLiteral("utf-16le");
        QTest::addRow("utf16le_noBom_strayNewlineByte") << utf16le(kOpenLetter) + '\n' << QStringLiteral("utf-16le");
    }
    void import_utf16OpenLetter_sameSignatoriesAsUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(folder));
        writeFile(folder + QStringLiteral("/lettre-utf8.txt"), kOpenLetter.toUtf8());
        writeFile(folder + QStringLiteral("/lettre-windows.txt"), bytes);
        const QString db = dir.filePath(QStringLiteral("corpus.db"));
        const auto summary = ImportJob(db, { folder }).runSynchronously();
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().detail));
        QVERIFY2(summary->problems.isEmpty(),
            qPrintable(summary->problems.isEmpty() ? QString() : summary->problems.first().reason));
        QCOMPARE(summary->imported, 2);

        const QHash<QString, QStringList> senders = sendersBySource(db);
        const QStringList expected { QStringLiteral("organization:Collectif Solidarité Picardie"),
            QStringLiteral("organization:Association Le Toit Partagé"), QStringLiteral("organization:Fédération des Foyers de l'Ouest"),
            QStringLiteral("organization:Réseau Accueil Exilés Somme"), QStringLiteral("organization:Maraude Citoyenne d'Abbeville") };
        QCOMPARE(senders.value(QStringLiteral("lettre-utf8.txt")), expected);
        QCOMPARE(senders.value(QStringLiteral("lettre-windows.txt")), expected);

        auto database = Database::open(db);
        QVERIFY(database);
        QString stored;
        const auto visited = DocumentRepository(*database).forEachDocument([&](const Document& d, const QString& source) -> Result<void> {
            if (source == QStringLiteral("lettre-windows.txt"))
                stored = d.encoding;
            return {};
        });
        QVERIFY(visited);
        QCOMPARE(stored, encoding);
    }
};

QTEST_GUILESS_MAIN(TestSignatoryEncodings)
#include "tst_signatoryencodings.moc"
