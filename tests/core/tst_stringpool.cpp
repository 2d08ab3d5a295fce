// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/stringpool.h"

#include <QTest>

using namespace littoral::core;

class TestStringPool final : public QObject {
    Q_OBJECT
private slots:
    void intern_decodesUtf8_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<QString>("expected");
        QTest::addRow("ascii") << QByteArray("Natacha Bouchart") << QStringLiteral("Natacha Bouchart");
        QTest::addRow("accents") << QByteArray("Nathana\xc3\xabl Caillaux") << QStringLiteral("Nathanaël Caillaux");
        QTest::addRow("empty") << QByteArray() << QString();
    }
    void intern_decodesUtf8()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(QString, expected);
        StringPool pool;
        QCOMPARE(pool.intern(utf8), expected);
        QCOMPARE(pool.intern(utf8), expected); // from the pool this time
    }

    void intern_sharesOneCopyOfEachText()
    {
        StringPool pool;
        // Separate buffers with the same bytes, as SQLite hands out row after row.
        const QByteArray first("Secours Catholique");
        const QByteArray second("Secours Catholique");
        const QString a = pool.intern(first);
        const QString b = pool.intern(second);
        QCOMPARE(a, b);
        QCOMPARE(a.constData(), b.constData()); // one allocation, shared
        const QString other = pool.intern(QByteArray("Médecins du Monde"));
        QVERIFY(other.constData() != a.constData());
        QCOMPARE(other, QStringLiteral("Médecins du Monde"));
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
