// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/pdfreader.h"

#include "support/testpaths.h"
#include "support/testpdfs.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace littoral::core;
using namespace littoral::test;

namespace {

// A failed read's detail for a test's message; nothing when it succeeded (error() would be undefined).
template <typename T>
QByteArray why(const std::expected<T, Rejection>& result)
{
    return result ? QByteArray() : result.error().detail.toUtf8();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray protectedPdf() { return readAll(QStringLiteral(LITTORAL_TEST_DATA_DIR "/pdf/password-protected.pdf")); }

} // namespace

class TestPdfReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void oneColumnLetter_pagesTextAndWordBoxes()
    {
        const QList<TextLine> lines { { 0, 72, 100, QStringLiteral("Bordeaux, le 3 mai 1905") },
            { 0, 72, 130, QStringLiteral("Monsieur le Préfet,") },
            { 0, 72, 145, QStringLiteral("J’ai l’honneur de vous transmettre la pétition") },
            { 0, 72, 160, QStringLiteral("des riverains de la digue.") },
            { 1, 72, 100, QStringLiteral("Veuillez agréer, Monsieur le Préfet,") },
            { 1, 72, 115, QStringLiteral("l’assurance de ma considération.") },
            { 2, 300, 200, QStringLiteral("Le maire, Jean Dupont") } };
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        const QList<DrawnWord> drawn = writeTextPdf(path, lines, 3);
        const auto pdf = PdfReader::open(readAll(path));
        QVERIFY2(pdf, why(pdf).constData());
        QCOMPARE(pdf->pageCount(), 3);

        const QStringList expected { QStringLiteral("Bordeaux, le 3 mai 1905\n\nMonsieur le Préfet,\n"
                                                    "J’ai l’honneur de vous transmettre la pétition\ndes riverains de la digue."),
            QStringLiteral("Veuillez agréer, Monsieur le Préfet,\nl’assurance de ma considération."),
            QStringLiteral("Le maire, Jean Dupont") };
        qsizetype checked = 0;
        for (int p = 0; p < 3; ++p) {
            const ReadPage page = pdf->textPage(p);
            QVERIFY(!page.ocr);
            QVERIFY(pdf->hasTextLayer(p));
            QCOMPARE(page.text, expected.at(p));
            // A4 in points.
            QVERIFY2(qAbs(page.size.width() - 595.3) < 1 && qAbs(page.size.height() - 841.9) < 1,
                qPrintable(QStringLiteral("%1 x %2").arg(page.size.width()).arg(page.size.height())));
            QList<DrawnWord> onPage;
            for (const DrawnWord& word : drawn) {
                if (word.page == p)
                    onPage.append(word);
            }
            QCOMPARE(page.words.size(), onPage.size());
            for (qsizetype i = 0; i < page.words.size(); ++i) {
                const PageWord& word = page.words.at(i);
                QCOMPARE(page.text.mid(word.offset, word.length), onPage.at(i).text);
                QCOMPARE(word.confidence, 1.0f);
                const QRectF& want = onPage.at(i).box;
                const QString where = QStringLiteral("%1: read (%2,%3)-(%4,%5), drawn (%6,%7)-(%8,%9)")
                                          .arg(onPage.at(i).text)
                                          .arg(word.box.left()).arg(word.box.top()).arg(word.box.right()).arg(word.box.bottom())
                                          .arg(want.left()).arg(want.top()).arg(want.right()).arg(want.bottom());
                QVERIFY2(qAbs(word.box.left() - want.left()) <= 2 && qAbs(word.box.right() - want.right()) <= 2
                        && qAbs(word.box.top() - want.top()) <= 2 && qAbs(word.box.bottom() - want.bottom()) <= 2,
                    qPrintable(where));
                ++checked;
            }
        }
        QCOMPARE(checked, drawn.size());
    }

    void twoColumns_leftColumnReadBeforeRight_data()
    {
        QTest::addColumn<qreal>("rightShift"); // the right column's baselines against the left's
        QTest::addRow("same_baselines") << 0.0;
        QTest::addRow("offset_baselines") << 7.0;
    }
    void twoColumns_leftColumnReadBeforeRight()
    {
        QFETCH(qreal, rightShift);
        const QStringList left { QStringLiteral("Le préfet de la Gironde"), QStringLiteral("à Monsieur le maire"),
            QStringLiteral("de la commune de Lège,"), QStringLiteral("au sujet de la digue"), QStringLiteral("et des dunes.") };
        const QStringList right { QStringLiteral("Réponse du maire"), QStringLiteral("au préfet, reçue"),
            QStringLiteral("le 3 mai 1905."), QStringLiteral("Elle est jointe"), QStringLiteral("au dossier.") };
        QList<TextLine> lines { { 0, 72, 80, QStringLiteral("Lettre ouverte sur le littoral") } };
        for (qsizetype i = 0; i < left.size(); ++i) {
            lines.append({ 0, 72, 120 + 15.0 * i, left.at(i) });
            lines.append({ 0, 320, 120 + 15.0 * i + rightShift, right.at(i) });
        }
        lines.append({ 0, 72, 220, QStringLiteral("Fait à Bordeaux, sur toute la largeur de la page, le 4 mai 1905.") });
        const QString path = m_dir.filePath(QStringLiteral("columns.pdf"));
        writeTextPdf(path, lines, 1);
        const auto pdf = PdfReader::open(readAll(path));
        QVERIFY2(pdf, why(pdf).constData());
        const ReadPage page = pdf->textPage(0);
        QCOMPARE(page.text,
            QStringLiteral("Lettre ouverte sur le littoral\n\n") + left.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                + right.join(QLatin1Char('\n'))
                + QStringLiteral("\n\nFait à Bordeaux, sur toute la largeur de la page, le 4 mai 1905."));
        for (const PageWord& word : page.words)
            QVERIFY(!page.text.mid(word.offset, word.length).contains(QLatin1Char(' ')));
    }

    void hyphenatedLineEnd_keptAsIs()
    {
        const QString path = m_dir.filePath(QStringLiteral("hyphen.pdf"));
        writeTextPdf(path,
            { { 0, 72, 100, QStringLiteral("Nous avons exami-") }, { 0, 72, 115, QStringLiteral("né votre demande avec atten-") },
                { 0, 72, 130, QStringLiteral("tion.") } },
            1);
        const auto pdf = PdfReader::open(readAll(path));
        QVERIFY2(pdf, why(pdf).constData());
        // Joining the halves is the import's cleaning (TextCleaner), which knows the lexicon.
        QCOMPARE(pdf->textPage(0).text, QStringLiteral("Nous avons exami-\nné votre demande avec atten-\ntion."));
    }

    void metadata_readButKeptOutOfTheText()
    {
        const QByteArray bytes = handPagesPdf({ HandPage { "Bonjour Monsieur le Maire", {} } },
            "<< /Author (Agence de communication) /Title (Rapport annuel) /CreationDate (D:20160312101500Z) >>");
        const auto pdf = PdfReader::open(bytes);
        QVERIFY2(pdf, why(pdf).constData());
        const PdfMetadata metadata = pdf->metadata();
        QCOMPARE(metadata.author, QStringLiteral("Agence de communication"));
        QCOMPARE(metadata.title, QStringLiteral("Rapport annuel"));
        QCOMPARE(metadata.created, QDateTime(QDate(2016, 3, 12), QTime(10, 15), Qt::UTC));
        QCOMPARE(pdf->textPage(0).text, QStringLiteral("Bonjour Monsieur le Maire"));

        const QString path = m_dir.filePath(QStringLiteral("titled.pdf"));
        writeTextPdf(path, { { 0, 72, 100, QStringLiteral("Texte") } }, 1, QStringLiteral("Titre du fichier"));
        const auto titled = PdfReader::open(readAll(path));
        QVERIFY(titled);
        QCOMPARE(titled->metadata().title, QStringLiteral("Titre du fichier"));
        QVERIFY(titled->metadata().author.isEmpty());
        QVERIFY(titled->metadata().created.isValid());
    }

    void passwordProtected_refusedWithoutThePassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addRow("none") << QString();
        QTest::addRow("wrong") << QStringLiteral("littoral-wrong");
    }
    void passwordProtected_refusedWithoutThePassword()
    {
        QFETCH(QString, password);
        const QByteArray bytes = protectedPdf();
        QVERIFY(!bytes.isEmpty());
        const auto pdf = PdfReader::open(bytes, password);
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().reason, RejectReason::PasswordProtected);
        QCOMPARE(rejectReasonText(pdf.error().reason), QStringLiteral("password-protected"));
    }

    void passwordProtected_readWithThePassword()
    {
        const auto pdf = PdfReader::open(protectedPdf(), QStringLiteral("littoral-user"));
        QVERIFY2(pdf, why(pdf).constData());
        QCOMPARE(pdf->pageCount(), 1);
        QCOMPARE(pdf->textPage(0).text,
            QStringLiteral("Bordeaux, le 3 mai 1905\n\nMonsieur le Préfet,\nJe vous écris au sujet de la digue."));
    }

    void damaged_isRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("garbage_after_header") << QByteArray("%PDF-1.7\n") + QByteArray(4000, 'x');
        QTest::addRow("header_only") << QByteArray("%PDF-1.4\n%%EOF\n");
        QTest::addRow("no_header") << QByteArray("Bonjour, ceci est du texte.");
        // Cut before the page tree and the cross-reference table: nothing of the document is left.
        QTest::addRow("truncated") << handPagesPdf({ HandPage { "Bonjour", {} } }).left(60);
    }
    void damaged_isRejected()
    {
        QFETCH(QByteArray, bytes);
        const auto pdf = PdfReader::open(bytes);
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().reason, RejectReason::Damaged);
    }

    void scannedPage_hasNoTextLayerAndRendersAt300Dpi()
    {
        const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
        writeTextPdf(path, {}, 1, {}, { 0 }, QStringLiteral("Bordeaux, le 3 mai 1905"));
        const auto pdf = PdfReader::open(readAll(path));
        QVERIFY2(pdf, why(pdf).constData());
        QVERIFY(!pdf->hasTextLayer(0));
        QVERIFY(pdf->textPage(0).words.isEmpty());
        QVERIFY(pdf->textPage(0).text.isEmpty());
        const auto image = pdf->render(0, 150);
        QVERIFY2(image, why(image).constData());
        QCOMPARE(image->dpi, 150);
        QCOMPARE(image->bytesPerPixel, 1);
        QVERIFY(qAbs(image->width - 1240) <= 2 && qAbs(image->height - 1754) <= 2);
        QCOMPARE(image->pixels.size(), qsizetype(image->width) * image->height);
        // The drawn line is dark where it was drawn (x 300 px, baseline 400 px at 300 dpi), white elsewhere.
        qsizetype dark = 0;
        for (int y = 170; y < 205; ++y) {
            for (int x = 150; x < 600; ++x)
                dark += uchar(image->pixels.at(qsizetype(y) * image->bytesPerLine + x)) < 128 ? 1 : 0;
        }
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
        QCOMPARE(uchar(image->pixels.at(qsizetype(1500) * image->bytesPerLine + 1000)), uchar(255));
    }

    void hugePage_renderIsTooDemanding()
    {
        const QByteArray bytes = handMadePdf({ "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R >>", pdfStream({}, "0 0 m 14400 14400 l S") });
        const auto pdf = PdfReader::open(bytes);
        QVERIFY2(pdf, why(pdf).constData());
        const auto image = pdf->render(0, 300);
        QVERIFY(!image);
        QCOMPARE(image.error().reason, RejectReason::TooDemanding);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
