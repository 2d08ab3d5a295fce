// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/textdecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace littoral::core {

QString rejectReasonText(RejectReason reason)
{
    switch (reason) {
    case RejectReason::Empty:
        return QStringLiteral("empty file");
    case RejectReason::Binary:
        return QStringLiteral("binary file");
    case RejectReason::Undecodable:
        return QStringLiteral("undecodable");
    case RejectReason::TooLarge:
        return QStringLiteral("file too large");
    case RejectReason::Unreadable:
        return QStringLiteral("unreadable");
    case RejectReason::NotRegularFile:
        return QStringLiteral("not a regular file");
    case RejectReason::PasswordProtected:
        return QStringLiteral("password-protected");
    case RejectReason::Damaged:
        return QStringLiteral("damaged file");
    case RejectReason::TooManyPages:
        return QStringLiteral("too many pages");
    case RejectReason::TooDemanding:
        return QStringLiteral("too demanding to read");
    }
    return QStringLiteral("undecodable");
}

namespace {

using namespace std::string_view_literals;

struct Magic {
    std::string_view prefix;
    const char* name;
    std::size_t offset = 0;
};

// Signatures that cannot start a plain-text file. Those that a text could also start with ("ID3",
// "RIFF", "BZh") are confirmed by the bytes that follow.
// clang-format off
constexpr std::array s_magics {
    Magic { "\x89PNG\r\n\x1a\n"sv, "PNG image" },
    Magic { "%PDF-"sv, "PDF document" },
    Magic { "PK\x03\x04"sv, "ZIP archive (or DOCX/ODT/XLSX document)" },
    Magic { "PK\x05\x06"sv, "ZIP archive" },
    Magic { "PK\x07\x08"sv, "ZIP archive" },
    Magic { "\xFF\xD8\xFF"sv, "JPEG image" },
    Magic { "GIF87a"sv, "GIF image" },
    Magic { "GIF89a"sv, "GIF image" },
    Magic { "\x7F" "ELF"sv, "ELF executable" },
    Magic { "\x1F\x8B"sv, "gzip archive" },
    Magic { "\xFD" "7zXZ\x00"sv, "xz archive" },
    Magic { "\x28\xB5\x2F\xFD"sv, "zstd archive" },
    Magic { "7z\xBC\xAF\x27\x1C"sv, "7-Zip archive" },
    Magic { "Rar!\x1A\x07"sv, "RAR archive" },
    Magic { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, "OLE2 document (DOC/XLS/MSG)" },
    Magic { "SQLite format 3\x00"sv, "SQLite database" },
    Magic { "\xCA\xFE\xBA\xBE"sv, "Java class or Mach-O binary" },
    Magic { "\xCF\xFA\xED\xFE"sv, "Mach-O binary" },
    Magic { "\x00" "asm"sv, "WebAssembly binary" },
    Magic { "II*\x00"sv, "TIFF image" },
    Magic { "MM\x00*"sv, "TIFF image" },
    Magic { "\x00\x00\x01\x00"sv, "ICO image" },
    Magic { "wOFF"sv, "WOFF font" },
    Magic { "wOF2"sv, "WOFF2 font" },
    Magic { "OggS\x00"sv, "Ogg media" },
    Magic { "fLaC\x00"sv, "FLAC audio" },
    Magic { "ftyp"sv, "MP4/QuickTime media", 4 },
    Magic { "BZh"sv, "bzip2 archive" }, // refined below: needs the block magic too
};
// clang-format on

bool hasPrefix(const QByteArray& bytes, std::string_view prefix, std::size_t offset = 0)
{
    if (std::size_t(bytes.size()) < offset + prefix.size())
        return false;
    return std::string_view(bytes.constData() + offset, prefix.size()) == prefix;
}

std::optional<QString> binaryFormat(const QByteArray& bytes)
{
    for (const Magic& m : s_magics) {
        if (!hasPrefix(bytes, m.prefix, m.offset))
            continue;
        if (m.prefix == "BZh"sv) {
            // "BZh9" followed by the block magic 0x314159265359; plain "BZh…" may be text.
            if (!hasPrefix(bytes, "1AY&SY"sv, 4))
                continue;
        }
        return QString::fromLatin1(m.name);
    }
    if (hasPrefix(bytes, "RIFF"sv) && bytes.size() >= 12) {
        const std::string_view kind(bytes.constData() + 8, 4);
        if (kind == "WEBP"sv)
            return QStringLiteral("WebP image");
        if (kind == "WAVE"sv)
            return QStringLiteral("WAV audio");
        if (kind == "AVI "sv)
            return QStringLiteral("AVI video");
    }
    // ID3v2 tag: "ID3", a major version below 5, then a zero revision byte.
    if (hasPrefix(bytes, "ID3"sv) && bytes.size() >= 5 && quint8(bytes[3]) < 5 && bytes[4] == '\0')
        return QStringLiteral("MP3 audio");
    // MPEG audio frame sync without a tag; FF FE and FF FF are byte-order marks or noise.
    if (bytes.size() >= 2 && quint8(bytes[0]) == 0xFF && (quint8(bytes[1]) & 0xE0) == 0xE0
        && quint8(bytes[1]) < 0xFE)
        return QStringLiteral("MPEG audio");
    return std::nullopt;
}

// Windows-1252 0x80–0x9F; 0 marks the five undefined bytes.
constexpr std::array<char16_t, 32> s_cp1252High {
    u'\u20AC', 0, u'\u201A', u'\u0192', u'\u201E', u'\u2026', u'\u2020', u'\u2021', //
    u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', 0, u'\u017D', 0, //
    0, u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014', //
    u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', 0, u'\u017E', u'\u0178', //
};

QString decodeCp1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    for (const char ch : bytes) {
        const auto b = quint8(ch);
        *dst++ = (b >= 0x80 && b <= 0x9F) ? s_cp1252High[b - 0x80] : char16_t(b);
    }
    return out;
}

// One pass over the raw bytes: everything the byte-level heuristics need.
struct ByteStats {
    qsizetype size = 0;
    qsizetype nulEven = 0;
    qsizetype nulOdd = 0;
    qsizetype controls = 0; // C0 bytes other than NUL and text whitespace, plus DEL
    qsizetype high = 0; // >= 0x80
    qsizetype c1Range = 0; // 0x80–0x9F
    int firstUndefinedCp1252 = -1;
};

ByteStats scanBytes(QByteArrayView bytes)
{
    ByteStats s;
    s.size = bytes.size();
    const auto* data = reinterpret_cast<const quint8*>(bytes.data());
    for (qsizetype i = 0; i < s.size; ++i) {
        const quint8 b = data[i];
        if (b < 0x20) {
            if (b == 0) {
                ((i & 1) ? s.nulOdd : s.nulEven)++;
            } else if (b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1A) {
                ++s.controls; // 0x1A is the DOS end-of-file marker some old editors append
            }
        } else if (b >= 0x7F) {
            if (b == 0x7F) {
                ++s.controls;
            } else {
                ++s.high;
                if (b <= 0x9F) {
                    ++s.c1Range;
                    if (s.firstUndefinedCp1252 < 0 && s_cp1252High[b - 0x80] == 0)
                        s.firstUndefinedCp1252 = b;
                }
            }
        }
    }
    return s;
}

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v')
        || (c >= 0x7F && c <= 0x9F);
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF) && c != QChar(0x200B))
            return false;
    }
    return true;
}

// UTF-8 read leniently, one pass: every maximal invalid subpart (Unicode's "substitution of maximal
// subparts") becomes one U+FFFD and is counted, so a stray byte costs one character, not the file.
struct LenientUtf8 {
    QString text;
    qsizetype multiByte = 0; // valid sequences of two to four bytes
    qsizetype invalid = 0;
};

LenientUtf8 decodeUtf8Lenient(QByteArrayView bytes)
{
    LenientUtf8 r;
    r.text.reserve(bytes.size());
    const auto* data = reinterpret_cast<const quint8*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const quint8 b = data[i];
        if (b < 0x80) {
            r.text.append(QChar(char16_t(b)));
            ++i;
            continue;
        }
        int need = 0;
        char32_t cp = 0;
        quint8 low = 0x80;
        quint8 high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
            low = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = b == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF; // nothing beyond U+10FFFF
        } else {
            r.text.append(QChar::ReplacementCharacter);
            ++r.invalid;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        int got = 0;
        while (got < need && j < n && data[j] >= low && data[j] <= high) {
            cp = cp << 6 | (data[j] & 0x3F);
            low = 0x80;
            high = 0xBF;
            ++j;
            ++got;
        }
        if (got < need) {
            r.text.append(QChar::ReplacementCharacter);
            ++r.invalid;
        } else if (QChar::requiresSurrogates(cp)) {
            r.text.append(QChar(QChar::highSurrogate(cp)));
            r.text.append(QChar(QChar::lowSurrogate(cp)));
            ++r.multiByte;
        } else {
            r.text.append(QChar(char16_t(cp)));
            ++r.multiByte;
        }
        i = j;
    }
    return r;
}

// The UTF-8 rule of TextDecoder::decode(); `declared` counts a byte-order mark as the valid sequence.
std::optional<LenientUtf8> asMostlyUtf8(QByteArrayView bytes, bool declared)
{
    LenientUtf8 r = decodeUtf8Lenient(bytes);
    const qsizetype multiByte = r.multiByte + (declared ? 1 : 0);
    const qsizetype tolerated = std::max<qsizetype>(3, (multiByte + r.invalid) / 100);
    if (multiByte == 0 || r.invalid > tolerated)
        return std::nullopt;
    return r;
}

std::expected<DecodedText, Rejection> finish(QString text, QString encoding, qsizetype replaced = 0)
{
    if (isBlank(text))
        return std::unexpected(Rejection { RejectReason::Empty, QStringLiteral("only whitespace") });
    qsizetype controls = 0;
    for (const QChar c : std::as_const(text)) {
        if (isControl(c.unicode()) || c.unicode() == 0xFFFD)
            ++controls;
    }
    if (controls * 3 > text.size()) {
        return std::unexpected(Rejection { RejectReason::Undecodable,
            QStringLiteral("decodes as %1 to mostly control characters").arg(encoding) });
    }
    return DecodedText { std::move(text), std::move(encoding), replaced };
}

std::optional<QString> decodeUtf32(QByteArrayView bytes, bool littleEndian)
{
    QString text;
    text.reserve(bytes.size() / 4);
    const auto* data = reinterpret_cast<const quint8*>(bytes.data());
    for (qsizetype i = 0; i + 3 < bytes.size(); i += 4) {
        const std::array<quint8, 4> unit = littleEndian
            ? std::array<quint8, 4> { data[i + 3], data[i + 2], data[i + 1], data[i] }
            : std::array<quint8, 4> { data[i], data[i + 1], data[i + 2], data[i + 3] };
        const char32_t cp
            = char32_t(unit[0]) << 24 | char32_t(unit[1]) << 16 | char32_t(unit[2]) << 8 | unit[3];
        if (cp > 0x10FFFF || QChar::isSurrogate(cp))
            return std::nullopt;
        if (QChar::requiresSurrogates(cp)) {
            text.append(QChar(QChar::highSurrogate(cp)));
            text.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            text.append(QChar(char16_t(cp)));
        }
    }
    return text;
}

// Qt 6.4 only reports errors for UTF-8; UTF-16 and UTF-32 are checked here (a cut-off code unit,
// unpaired surrogates, code points beyond U+10FFFF).
std::optional<QString> decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    switch (encoding) {
    case QStringConverter::Utf32LE:
    case QStringConverter::Utf32BE:
        if (bytes.size() % 4 != 0)
            return std::nullopt;
        return decodeUtf32(bytes, encoding == QStringConverter::Utf32LE);
    case QStringConverter::Utf16LE:
    case QStringConverter::Utf16BE:
        if (bytes.size() % 2 != 0)
            return std::nullopt;
        break;
    default:
        break;
    }
    // Stateless: a UTF-8 sequence cut off at the end of the file counts as an error instead of
    // being kept as pending state.
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || !QStringView(text).isValidUtf16())
        return std::nullopt;
    return text;
}

std::expected<DecodedText, Rejection> decodeWithBom(
    QByteArrayView body, QStringConverter::Encoding encoding, const QString& name, const QString& label)
{
    if (body.isEmpty())
        return std::unexpected(Rejection { RejectReason::Empty, QStringLiteral("only a byte-order mark") });
    std::optional<QString> text = decodeStrict(encoding, body);
    if (!text && encoding == QStringConverter::Utf8) {
        if (std::optional<LenientUtf8> lenient = asMostlyUtf8(body, true))
            return finish(std::move(lenient->text), name, lenient->invalid);
    }
    if (!text) {
        return std::unexpected(Rejection { RejectReason::Undecodable,
            QStringLiteral("invalid %1 despite a %1 byte-order mark").arg(label) });
    }
    return finish(std::move(*text), name);
}

// UTF-16 LE written through a text-mode stream on Windows: the C runtime puts a CR byte before every
// LF byte, so each line end "0A 00" becomes "0D 0A 00" and everything after it is read one byte off
// (every other line garbled, or the file rejected for its odd length). U+0A0D is unassigned, so an
// "0D 0A" unit read in step is always that damage: dropping its CR byte puts the reading back in step.
// A single stray byte at the end (a newline or NUL appended by a byte-oriented tool) is dropped too.
// Returns nothing when there is nothing to mend.
std::optional<QByteArray> mendUtf16Le(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const quint8*>(bytes.data());
    const qsizetype n = bytes.size();
    QByteArray out;
    bool mended = false;
    qsizetype i = 0;
    qsizetype copiedUpTo = 0; // bytes [copiedUpTo, i) are still to be copied as they are
    while (i + 1 < n) {
        if (data[i] == 0x0D && data[i + 1] == 0x0A) {
            if (!mended)
                out.reserve(n);
            mended = true;
            out.append(bytes.sliced(copiedUpTo, i - copiedUpTo));
            copiedUpTo = ++i; // the CR byte is dropped; the LF byte starts the next unit
            continue;
        }
        i += 2;
    }
    if (mended)
        out.append(bytes.sliced(copiedUpTo));
    const QByteArrayView result = mended ? QByteArrayView(out) : bytes;
    if (result.size() % 2 != 0) {
        const quint8 last = quint8(result.back());
        if (last != 0x0A && last != 0x0D && last != 0x00)
            return mended ? std::optional<QByteArray>(out) : std::nullopt;
        if (!mended)
            out = bytes.toByteArray();
        out.chop(1);
        return out;
    }
    return mended ? std::optional<QByteArray>(out) : std::nullopt;
}

enum class Utf16Guess { None, LittleEndian, BigEndian };

// ASCII-range text in UTF-16 has a NUL in every high byte, and nearly never in the low byte. Text in
// other scripts still has NUL high bytes for its spaces, digits and line ends, hence the low floor.
Utf16Guess guessUtf16(const ByteStats& s)
{
    if (s.size < 4 || s.size % 2 != 0)
        return Utf16Guess::None;
    const qsizetype pairs = s.size / 2;
    const auto looksLike = [pairs](qsizetype nulInHigh, qsizetype nulInLow) {
        return nulInHigh * 10 >= pairs && nulInLow * 50 <= pairs && nulInHigh > nulInLow * 4;
    };
    if (looksLike(s.nulOdd, s.nulEven))
        return Utf16Guess::LittleEndian;
    if (looksLike(s.nulEven, s.nulOdd))
        return Utf16Guess::BigEndian;
    return Utf16Guess::None;
}

} // namespace

std::expected<DecodedText, Rejection> TextDecoder::decode(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return std::unexpected(Rejection { RejectReason::Empty, QStringLiteral("0 bytes") });

    if (const std::optional<QString> format = binaryFormat(bytes))
        return std::unexpected(Rejection { RejectReason::Binary, *format });

    const QByteArrayView all(bytes);
    // UTF-32 first: its little-endian BOM starts with the UTF-16 LE one.
    if (hasPrefix(bytes, "\xFF\xFE\x00\x00"sv))
        return decodeWithBom(
            all.sliced(4), QStringConverter::Utf32LE, QStringLiteral("utf-32le"), QStringLiteral("UTF-32LE"));
    if (hasPrefix(bytes, "\x00\x00\xFE\xFF"sv))
        return decodeWithBom(
            all.sliced(4), QStringConverter::Utf32BE, QStringLiteral("utf-32be"), QStringLiteral("UTF-32BE"));
    if (hasPrefix(bytes, "\xEF\xBB\xBF"sv))
        return decodeWithBom(
            all.sliced(3), QStringConverter::Utf8, QStringLiteral("utf-8-bom"), QStringLiteral("UTF-8"));
    if (hasPrefix(bytes, "\xFF\xFE"sv)) {
        const std::optional<QByteArray> mended = mendUtf16Le(all.sliced(2));
        return decodeWithBom(mended ? QByteArrayView(*mended) : all.sliced(2), QStringConverter::Utf16LE,
            QStringLiteral("utf-16le"), QStringLiteral("UTF-16LE"));
    }
    if (hasPrefix(bytes, "\xFE\xFF"sv))
        return decodeWithBom(
            all.sliced(2), QStringConverter::Utf16BE, QStringLiteral("utf-16be"), QStringLiteral("UTF-16BE"));

    const ByteStats stats = scanBytes(all);

    // UTF-16 LE without a byte-order mark, damaged by a text-mode write: its NULs are out of step until mended.
    if (const qsizetype nuls = stats.nulEven + stats.nulOdd; nuls * 4 >= stats.size) {
        if (const std::optional<QByteArray> mended = mendUtf16Le(all);
            mended && guessUtf16(scanBytes(*mended)) == Utf16Guess::LittleEndian) {
            if (std::optional<QString> text = decodeStrict(QStringConverter::Utf16LE, *mended)) {
                auto result = finish(std::move(*text), QStringLiteral("utf-16le"));
                if (result || result.error().reason == RejectReason::Empty)
                    return result;
            }
        }
    }

    if (const Utf16Guess guess = guessUtf16(stats); guess != Utf16Guess::None) {
        const bool le = guess == Utf16Guess::LittleEndian;
        std::optional<QString> text
            = decodeStrict(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, all);
        if (text) {
            auto result
                = finish(std::move(*text), le ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be"));
            // Binary data can mimic the NUL pattern; then it decodes to controls, which is no text.
            if (result || result.error().reason == RejectReason::Empty)
                return result;
        }
    }

    // Real text has next to no control bytes (a few stray NULs are tolerated, e.g. a C string's
    // terminator); random or compressed data has about 12%.
    const qsizetype nuls = stats.nulEven + stats.nulOdd;
    if (nuls + stats.controls > 3 && (nuls + stats.controls) * 20 > stats.size) {
        const bool mostlyNul = nuls >= stats.controls;
        const qsizetype percent = (mostlyNul ? nuls : nuls + stats.controls) * 100 / stats.size;
        return std::unexpected(Rejection { RejectReason::Binary,
            mostlyNul ? QStringLiteral("binary data (%1% NUL bytes)").arg(percent)
                      : QStringLiteral("binary data (%1% control bytes)").arg(percent) });
    }

    if (stats.high == 0)
        return finish(QString::fromLatin1(bytes), QStringLiteral("utf-8"));

    if (std::optional<QString> text = decodeStrict(QStringConverter::Utf8, all))
        return finish(std::move(*text), QStringLiteral("utf-8"));
    if (std::optional<LenientUtf8> lenient = asMostlyUtf8(all, false))
        return finish(std::move(lenient->text), QStringLiteral("utf-8"), lenient->invalid);

    if (stats.firstUndefinedCp1252 >= 0) {
        return std::unexpected(Rejection { RejectReason::Undecodable,
            QStringLiteral("invalid UTF-8 and not Windows-1252 (byte 0x%1 is undefined there)")
                .arg(QString::number(stats.firstUndefinedCp1252, 16).toUpper()) });
    }
    if (stats.c1Range > 0)
        return finish(decodeCp1252(all), QStringLiteral("windows-1252"));
    return finish(QString::fromLatin1(bytes), QStringLiteral("iso-8859-1"));
}

} // namespace littoral::core
