// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/textdecoder.h"

#include "support/cputime.h"
#include "support/encodedtext.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace littoral::core;

using littoral::test::EncodedText::throughTextMode;
using littoral::test::EncodedText::utf16;

namespace {

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (char& b : out) {
        seed = seed * 1664525u + 1013904223u;
        b = char(seed >> 24);
    }
    return out;
}

const QString s_french
    = QStringLiteral(u"Monsieur le Préfet,\nJe vous écris au sujet de la « jungle » de Calais.\n");

} // namespace

class TestTextDecoder final : public QObject {
    Q_OBJECT
private slots:
    void decode_text_detectsEncodingAndText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");

        QTest::addRow("ascii_reportsUtf8")
            << QByteArrayLiteral("Dear Sir,\r\nThe camp.\r\n") << QStringLiteral("utf-8")
            << QStringLiteral("Dear Sir,\r\nThe camp.\r\n");
        QTest::addRow("utf8") << s_french.toUtf8() << QStringLiteral("utf-8") << s_french;
        QTest::addRow("utf8_bom_isStripped")
            << QByteArray("\xEF\xBB\xBF" + s_french.toUtf8()) << QStringLiteral("utf-8-bom") << s_french;
        QTest::addRow("utf16le_bom") << QByteArray("\xFF\xFE" + utf16(s_french, true))
                                     << QStringLiteral("utf-16le") << s_french;
        QTest::addRow("utf16be_bom") << QByteArray("\xFE\xFF" + utf16(s_french, false))
                                     << QStringLiteral("utf-16be") << s_french;
        QTest::addRow("utf16le_noBom") << utf16(s_french, true) << QStringLiteral("utf-16le") << s_french;
        QTest::addRow("utf16be_noBom") << utf16(s_french, false) << QStringLiteral("utf-16be") << s_french;
        const QString arabic = QStringLiteral(u"مرحبا بكم في كاليه\nشكرا\n");
        QTest::addRow("utf16le_noBom_arabic") << utf16(arabic, true) << QStringLiteral("utf-16le") << arabic;
        // Mended: each CR byte a text-mode write put before an LF byte is dropped (U+0A0D is unassigned);
        // a stray newline byte appended to an even file is dropped.
        const QString frenchCrlf = QString(s_french).replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        QTest::addRow("utf16le_bom_textModeWrite") << QByteArray("\xFF\xFE" + throughTextMode(utf16(s_french, true)))
                                                   << QStringLiteral("utf-16le") << s_french;
        QTest::addRow("utf16le_bom_textModeWrite_oddLength")
            << QByteArray("\xFF\xFE" + throughTextMode(utf16(s_french + QStringLiteral("\n"), true))) << QStringLiteral("utf-16le")
            << s_french + QStringLiteral("\n");
        QTest::addRow("utf16le_bom_textModeWrite_crlf") << QByteArray("\xFF\xFE" + throughTextMode(utf16(frenchCrlf, true)))
                                                        << QStringLiteral("utf-16le") << frenchCrlf;
        QTest::addRow("utf16le_noBom_textModeWrite") << throughTextMode(utf16(s_french, true)) << QStringLiteral("utf-16le") << s_french;
        QTest::addRow("utf16le_bom_strayNewlineByte") << QByteArray("\xFF\xFE" + utf16(s_french, true) + "\n")
                                                      << QStringLiteral("utf-16le") << s_french;
        QTest::addRow("utf16le_noBom_strayNewlineByte") << QByteArray(utf16(s_french, true) + "\n") << QStringLiteral("utf-16le")
                                                        << s_french;
        const QByteArray utf32le = QByteArrayLiteral("\xFF\xFE\x00\x00"
                                                     "A\x00\x00\x00"
                                                     "\xE9\x00\x00\x00");
        QTest::addRow("utf32le_bom") << utf32le << QStringLiteral("utf-32le") << QStringLiteral(u"Aé");
        QTest::addRow("windows1252_quotesAndEuro")
            << QByteArrayLiteral("Pr\xE9"
                                 "fet \x93"
                                 "citation\x94 co\xFBt 10 \x80 \x85 \x9C"
                                 "uvre")
            << QStringLiteral("windows-1252") << QStringLiteral(u"Préfet “citation” coût 10 € … œuvre");
        QTest::addRow("iso88591_noC1Bytes")
            << QByteArrayLiteral("Pr\xE9"
                                 "fet de Calais, \xAB jungle \xBB")
            << QStringLiteral("iso-8859-1") << QStringLiteral(u"Préfet de Calais, « jungle »");
        QTest::addRow("utf8_truncatedAtEnd_fallsBackToLatin1")
            << QByteArrayLiteral("Caf\xC3") << QStringLiteral("iso-8859-1") << QStringLiteral(u"CafÃ");
        QTest::addRow("strayNuls_areKept")
            << QByteArrayLiteral("Bonjour\0 le monde, voici une lettre assez longue.\0\n")
            << QStringLiteral("utf-8")
            << QString(QStringLiteral("Bonjour") + QChar(0)
                   + QStringLiteral(" le monde, voici une lettre assez longue.") + QChar(0)
                   + QStringLiteral("\n"));
        QTest::addRow("cString_trailingNul") << QByteArrayLiteral("Court.\0") << QStringLiteral("utf-8")
                                             << QString(QStringLiteral("Court.") + QChar(0));
        QTest::addRow("formFeed_isText") << QByteArrayLiteral("page 1\fpage 2\f") << QStringLiteral("utf-8")
                                         << QStringLiteral("page 1\fpage 2\f");
        QTest::addRow("textStartingWithBZh")
            << QByteArrayLiteral("BZh is not bzip2 here") << QStringLiteral("utf-8")
            << QStringLiteral("BZh is not bzip2 here");
    }
    void decode_text_detectsEncodingAndText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        const auto result = TextDecoder::decode(bytes);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(result->encoding, encoding);
        QCOMPARE(result->text, text);
    }

    void decode_pngRenamedTxt_isRejectedAsBinary()
    {
        QByteArray png("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16);
        png += noise(200, 7);
        const auto result = TextDecoder::decode(png);
        QVERIFY(!result);
        QCOMPARE(result.error().reason, RejectReason::Binary);
        QCOMPARE(result.error().detail, QStringLiteral("PNG image"));
    }

    void decode_binary_isRejectedWithFormat_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("detail");
        QTest::addRow("pdf") << QByteArrayLiteral("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj")
                             << QStringLiteral("PDF document");
        QTest::addRow("docx_zip") << QByteArrayLiteral("PK\x03\x04\x14\x00\x06\x00word/document.xml")
                                  << QStringLiteral("ZIP archive (or DOCX/ODT/XLSX document)");
        QTest::addRow("jpeg") << QByteArrayLiteral("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00")
                              << QStringLiteral("JPEG image");
        QTest::addRow("gif") << QByteArrayLiteral("GIF89a\x01\x00\x01\x00") << QStringLiteral("GIF image");
        QTest::addRow("elf") << QByteArrayLiteral("\x7F"
                                                  "ELF\x02\x01\x01\x00")
                             << QStringLiteral("ELF executable");
        QTest::addRow("gzip") << QByteArrayLiteral("\x1F\x8B\x08\x00\x00\x00")
                              << QStringLiteral("gzip archive");
        QTest::addRow("oldWordDoc") << QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00")
                                    << QStringLiteral("OLE2 document (DOC/XLS/MSG)");
        QTest::addRow("sqlite") << QByteArrayLiteral("SQLite format 3\x00\x10\x00")
                                << QStringLiteral("SQLite database");
        QTest::addRow("webp") << QByteArrayLiteral("RIFF\x24\x00\x00\x00WEBPVP8 ")
                              << QStringLiteral("WebP image");
        QTest::addRow("mp3_id3") << QByteArrayLiteral("ID3\x04\x00\x00\x00\x00\x00\x21")
                                 << QStringLiteral("MP3 audio");
    }
    void decode_binary_isRejectedWithFormat()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, detail);
        const auto result = TextDecoder::decode(bytes);
        QVERIFY(!result);
        QCOMPARE(result.error().reason, RejectReason::Binary);
        QCOMPARE(result.error().detail, detail);
    }

    void decode_binaryWithoutMagic_isRejectedByByteShare_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("detail");
        QTest::addRow("noise") << noise(3000, 42) << QStringLiteral("control bytes");
        QTest::addRow("mostlyNul") << QByteArray(
            QByteArrayLiteral("Some text at the start\n") + QByteArray(2000, '\0'))
                                   << QStringLiteral("NUL bytes");
        QTest::addRow("allNul_odd") << QByteArray(5, '\0') << QStringLiteral("NUL bytes");
        QTest::addRow("allNul_even") << QByteArray(4096, '\0') << QStringLiteral("NUL bytes");
        QTest::addRow("controlBytes")
            << QByteArrayLiteral("\x01\x02\x03\x04\x05\x06\x07\x08 header \x10\x11\x12\x13\x14")
            << QStringLiteral("control bytes");
        QByteArray utf16LikeControls;
        for (int i = 0; i < 200; ++i)
            utf16LikeControls += QByteArray("\x01\x00\x02\x00", 4);
        QTest::addRow("utf16PatternOfControls") << utf16LikeControls << QStringLiteral("NUL bytes");
    }
    void decode_binaryWithoutMagic_isRejectedByByteShare()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, detail);
        const auto result = TextDecoder::decode(bytes);
        QVERIFY(!result);
        QCOMPARE(result.error().reason, RejectReason::Binary);
        QVERIFY2(result.error().detail.startsWith(QStringLiteral("binary data (")),
            qPrintable(result.error().detail));
        QVERIFY2(
            result.error().detail.endsWith(detail + QLatin1Char(')')), qPrintable(result.error().detail));
    }

    void decode_emptyOrBlank_isRejectedAsEmpty_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("detail");
        QTest::addRow("zeroBytes") << QByteArray() << QStringLiteral("0 bytes");
        QTest::addRow("whitespace") << QByteArrayLiteral("  \r\n\t\n  ") << QStringLiteral("only whitespace");
        QTest::addRow("utf8BomOnly") << QByteArrayLiteral("\xEF\xBB\xBF")
                                     << QStringLiteral("only a byte-order mark");
        QTest::addRow("utf8BomAndNewlines")
            << QByteArrayLiteral("\xEF\xBB\xBF\r\n\r\n") << QStringLiteral("only whitespace");
        QTest::addRow("utf16leBomOnly")
            << QByteArrayLiteral("\xFF\xFE") << QStringLiteral("only a byte-order mark");
        QTest::addRow("utf16leBomAndSpaces")
            << QByteArray("\xFF\xFE \x00\n\x00", 6) << QStringLiteral("only whitespace");
        QTest::addRow("utf16leNoBomSpaces")
            << utf16(QStringLiteral("   \n  \n"), true) << QStringLiteral("only whitespace");
        QTest::addRow("nbspOnly_latin1")
            << QByteArrayLiteral("\xA0\xA0\n") << QStringLiteral("only whitespace");
    }
    void decode_emptyOrBlank_isRejectedAsEmpty()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, detail);
        const auto result = TextDecoder::decode(bytes);
        QVERIFY(!result);
        QCOMPARE(result.error().reason, RejectReason::Empty);
        QCOMPARE(result.error().detail, detail);
    }

    void decode_bytesUndefinedInCp1252_areUndecodable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("hex");
        for (const char byte : { '\x81', '\x8D', '\x8F', '\x90', '\x9D' }) {
            const QString hex = QString::number(quint8(byte), 16).toUpper();
            QTest::addRow("byte_0x%s", qPrintable(hex))
                << QByteArray("Caf\xE9 " + QByteArray(1, byte) + " ici") << hex;
        }
    }
    void decode_bytesUndefinedInCp1252_areUndecodable()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, hex);
        const auto result = TextDecoder::decode(bytes);
        QVERIFY(!result);
        QCOMPARE(result.error().reason, RejectReason::Undecodable);
        QCOMPARE(result.error().detail,
            QStringLiteral("invalid UTF-8 and not Windows-1252 (byte 0x%1 is undefined there)").arg(hex));
    }

    void decode_validUtf8WithByte0x81_isUtf8()
    {
        // U+0441 (Cyrillic es) is D1 81 in UTF-8: a 0x81 byte is only suspicious outside valid UTF-8.
        const auto result = TextDecoder::decode(QStringLiteral(u"Сергей").toUtf8());
        QVERIFY(result);
        QCOMPARE(result->encoding, QStringLiteral("utf-8"));
        QCOMPARE(result->text, QStringLiteral(u"Сергей"));
    }

    // A UTF-8 file keeps its text when a few bytes in it are not UTF-8: they become U+FFFD and are
    // counted. Too many invalid bytes, or no valid multi-byte sequence at all, and the single-byte
    // detection decides as before.
    void decode_strayInvalidBytes_followTheUtf8Rule_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text"); // empty: only the encoding is checked
        QTest::addColumn<int>("replaced");
        const QByteArray e = QStringLiteral(u"é").toUtf8();
        const QString fffd(QChar::ReplacementCharacter);
        QTest::addRow("one_0x81_inUtf8") << QByteArray("Communiqu" + e + " de presse \x81 Calais") << QStringLiteral("utf-8")
                                         << QString(QStringLiteral(u"Communiqué de presse ") + fffd + QStringLiteral(" Calais")) << 1;
        QTest::addRow("one_0xA0_inUtf8_isNotWindows1252") << QByteArray("Communiqu" + e + " du\xA0pr" + e + "fet")
                                                         << QStringLiteral("utf-8")
                                                         << QString(QStringLiteral(u"Communiqué du") + fffd + QStringLiteral(u"préfet")) << 1;
        QTest::addRow("three_strayBytes") << QByteArray("Pr" + e + "fet \x80 de \xFF Calais \xFE") << QStringLiteral("utf-8")
                                          << QString(QStringLiteral(u"Préfet ") + fffd + QStringLiteral(" de ") + fffd
                                                 + QStringLiteral(" Calais ") + fffd) << 3;
        QTest::addRow("leadByteCutByASpace") << QByteArray("Caf\xC3 au lait, cr" + e + "me") << QStringLiteral("utf-8")
                                             << QString(QStringLiteral("Caf") + fffd + QStringLiteral(u" au lait, créme")) << 1;
        QTest::addRow("truncatedAtEnd_afterValidText") << QByteArray(e + "t" + e + "\xE2\x82") << QStringLiteral("utf-8")
                                                       << QString(QStringLiteral(u"été") + fffd) << 1;
        // ED A0 80 would be a surrogate: each of its bytes is a maximal invalid subpart.
        QTest::addRow("encodedSurrogate_isThreeSequences") << QByteArray("Pr" + e + "fecture \xED\xA0\x80") << QStringLiteral("utf-8")
                                                           << QString(QStringLiteral(u"Préfecture ") + fffd + fffd + fffd) << 3;
        QTest::addRow("overlongSlash") << QByteArray("Pr" + e + "fecture \xC0\xAF") << QStringLiteral("utf-8")
                                       << QString(QStringLiteral(u"Préfecture ") + fffd + fffd) << 2;
        QTest::addRow("fourByteSequence_isValid") << QByteArray("\xF0\x9F\x93\xAE lettre \x85") << QStringLiteral("utf-8")
                                                  << QString(QStringLiteral(u"\U0001F4EE lettre ") + fffd) << 1;
        QTest::addRow("bom_oneStrayByte") << QByteArray("\xEF\xBB\xBF" "Caf\xE9") << QStringLiteral("utf-8-bom")
                                          << QString(QStringLiteral("Caf") + fffd) << 1;
        // 1 % of 505 non-ASCII sequences is 5: five stray bytes are tolerated, six are not.
        QTest::addRow("fiveIn505_tolerated") << QByteArray(e.repeated(500) + QByteArray("\xA0").repeated(5)) << QStringLiteral("utf-8")
                                             << QString(QStringLiteral(u"é").repeated(500) + QString(fffd).repeated(5)) << 5;
        QTest::addRow("sixIn506_isLatin1") << QByteArray(e.repeated(500) + QByteArray("\xA0").repeated(6)) << QStringLiteral("iso-8859-1")
                                           << QString() << 0;
        QTest::addRow("fourStrayBytes_oneSequence_isLatin1") << QByteArray(e + " \xA0 \xA0 \xA0 \xA0") << QStringLiteral("iso-8859-1")
                                                             << QString() << 0;
        // A Windows-1252 letter holds no valid multi-byte sequence: it stays Windows-1252.
        QTest::addRow("windows1252_oneAccent") << QByteArrayLiteral("Le pr\xE9" "fet de Calais") << QStringLiteral("iso-8859-1")
                                               << QStringLiteral(u"Le préfet de Calais") << 0;
        QTest::addRow("windows1252_quoteAndAccent") << QByteArrayLiteral("l\x92" "\xE9t\xE9 dernier") << QStringLiteral("windows-1252")
                                                    << QStringLiteral(u"l’été dernier") << 0;
        QTest::addRow("validUtf8_replacesNothing") << s_french.toUtf8() << QStringLiteral("utf-8") << s_french << 0;
    }
    void decode_strayInvalidBytes_followTheUtf8Rule()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(int, replaced);
        const auto result = TextDecoder::decode(bytes);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(result->encoding, encoding);
        if (!text.isEmpty())
            QCOMPARE(result->text, text);
        QCOMPARE(result->replacedSequences, qsizetype(replaced));
    }

    void decode_invalidUtf8AfterBom_isUndecodable()
    {
        // More invalid bytes than the few a UTF-8 file may hold (see above): a BOM alone does not make
        // Windows-1252 text UTF-8.
        const auto result = TextDecoder::decode(QByteArrayLiteral("\xEF\xBB\xBF"
                                                                  "Caf\xE9 cr\xE8me br\xFBl\xE9" "e"));
        QVERIFY(!result);
        QCOMPARE(result.error().reason, RejectReason::Undecodable);
        QCOMPARE(result.error().detail, QStringLiteral("invalid UTF-8 despite a UTF-8 byte-order mark"));
    }

    void decode_invalidUtf16OrUtf32AfterBom_isUndecodable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("detail");
        const QString utf16le = QStringLiteral("invalid UTF-16LE despite a UTF-16LE byte-order mark");
        const QString utf16be = QStringLiteral("invalid UTF-16BE despite a UTF-16BE byte-order mark");
        const QString utf32le = QStringLiteral("invalid UTF-32LE despite a UTF-32LE byte-order mark");
        const QString utf32be = QStringLiteral("invalid UTF-32BE despite a UTF-32BE byte-order mark");
        QTest::addRow("utf16le_oddLength") << QByteArrayLiteral("\xFF\xFE"
                                                                "A\x00"
                                                                "B")
                                           << utf16le;
        QTest::addRow("utf16le_loneHighSurrogate") << QByteArrayLiteral("\xFF\xFE"
                                                                        "A\x00\x00\xD8"
                                                                        "B\x00")
                                                   << utf16le;
        QTest::addRow("utf16be_loneLowSurrogate") << QByteArrayLiteral("\xFE\xFF\x00"
                                                                       "A\xDC\x00")
                                                  << utf16be;
        QTest::addRow("utf32le_beyondUnicode") << QByteArrayLiteral("\xFF\xFE\x00\x00"
                                                                    "A\x00\x00\x00\x00\x00\x11\x00")
                                               << utf32le;
        QTest::addRow("utf32be_cutOff") << QByteArrayLiteral("\x00\x00\xFE\xFF\x00\x00\x00"
                                                             "A\x00\x00")
                                        << utf32be;
    }
    void decode_invalidUtf16OrUtf32AfterBom_isUndecodable()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, detail);
        const auto result = TextDecoder::decode(bytes);
        QVERIFY(!result);
        QCOMPARE(result.error().reason, RejectReason::Undecodable);
        QCOMPARE(result.error().detail, detail);
    }

    void decode_utf32WithAstralCharacter_isDecoded()
    {
        const auto result = TextDecoder::decode(QByteArrayLiteral("\x00\x00\xFE\xFF"
                                                                  "\x00\x00\x00"
                                                                  "A\x00\x01\xF6\x00"));
        QVERIFY(result);
        QCOMPARE(result->encoding, QStringLiteral("utf-32be"));
        QCOMPARE(result->text, QStringLiteral(u"A\U0001F600"));
    }

    void decode_mostlyC1Controls_isUndecodable()
    {
        QByteArray bytes;
        for (int i = 0; i < 100; ++i)
            bytes += QByteArrayLiteral("\xC2\x80\xC2\x81x");
        const auto result = TextDecoder::decode(bytes);
        QVERIFY(!result);
        QCOMPARE(result.error().reason, RejectReason::Undecodable);
        QCOMPARE(result.error().detail, QStringLiteral("decodes as utf-8 to mostly control characters"));
    }

    void decode_sampleCorpus_isUtf8Unchanged()
    {
        const QDir dir(QStringLiteral(LITTORAL_SAMPLE_CORPUS_DIR));
        const QStringList files = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 5);
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const auto result = TextDecoder::decode(bytes);
            QVERIFY2(result.has_value(), qPrintable(name));
            QCOMPARE(result->encoding, QStringLiteral("utf-8"));
            QCOMPARE(result->text, QString::fromUtf8(bytes));
        }
    }

    // Linear in the size: four times the text costs about four times the CPU, not sixteen. Timed
    // against itself, not against a limit (the bench times decoding on real corpora).
    void decode_fourTimesTheText_costsAboutFourTimesAsMuch()
    {
        const QByteArray small = s_french.repeated(4000).toUtf8(); // about 400 KB, beyond the caches as the larger one is
        const QByteArray large = small.repeated(4);
        QString decoded;
        const qint64 once = littoral::test::threadCpuNanoseconds([&] { decoded = TextDecoder::decode(small)->text; });
        QCOMPARE(decoded.size(), s_french.size() * 4000);
        const qint64 fourfold = littoral::test::threadCpuNanoseconds([&] { decoded = TextDecoder::decode(large)->text; });
        QCOMPARE(decoded.size(), s_french.size() * 16000);
        qInfo("decode: %lld us for 400 KB, %lld us for 1.6 MB", once / 1000, fourfold / 1000);
        QVERIFY2(fourfold < 8 * std::max<qint64>(once, 1), qPrintable(QStringLiteral("%1 ns, then %2 ns").arg(once).arg(fourfold)));
    }

    void rejectReasonText_namesEveryReason_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << int(RejectReason::Empty) << QStringLiteral("empty file");
        QTest::addRow("binary") << int(RejectReason::Binary) << QStringLiteral("binary file");
        QTest::addRow("undecodable") << int(RejectReason::Undecodable) << QStringLiteral("undecodable");
        QTest::addRow("tooLarge") << int(RejectReason::TooLarge) << QStringLiteral("file too large");
        QTest::addRow("unreadable") << int(RejectReason::Unreadable) << QStringLiteral("unreadable");
    }
    void rejectReasonText_namesEveryReason()
    {
        QFETCH(int, reason);
        QFETCH(QString, text);
        QCOMPARE(rejectReasonText(RejectReason(reason)), text);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
