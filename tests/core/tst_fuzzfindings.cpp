// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every input kept in tests/fuzz/findings/ (crashes and slow inputs that `./dev fuzz` found) goes through
// the import's text path in the ordinary build: decode, clean, extract. It must end, with every evidence
// the text at its offset.
#include "core/extract/documentextractor.h"
#include "core/extract/textcleaner.h"
#include "core/extract/textdecoder.h"

#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace littoral::core;

class TestFuzzFindings final : public QObject {
    Q_OBJECT

private slots:
    void extract_fuzzFinding_endsWithEvidenceInText_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(LITTORAL_SOURCE_DIR "/tests/fuzz/findings"));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!names.isEmpty(), "no findings in tests/fuzz/findings");
        for (const QString& name : names) {
            if (!name.endsWith(QLatin1String(".md")))
                QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
        }
    }

    void extract_fuzzFinding_endsWithEvidenceInText()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto decoded = TextDecoder::decode(file.readAll());
        if (!decoded)
            return; // rejected as not text: nothing to extract, and nothing crashed
        const QString text = TextCleaner::clean(decoded->text);
        const Extraction found = DocumentExtractor::extract(text);
        QList<Evidence> evidence;
        if (found.date)
            evidence << found.date->evidence;
        for (const Participant& p : found.participants)
            evidence << p.evidence;
        for (const MentionedEvent& e : found.events)
            evidence << e.evidence;
        for (const Evidence& e : std::as_const(evidence)) {
            if (e.text.isEmpty())
                continue;
            QVERIFY(e.offset >= 0);
            QCOMPARE(text.mid(e.offset, e.text.size()), e.text);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
