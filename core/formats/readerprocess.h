// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/textdecoder.h"
#include "core/formats/readresult.h"

#include <QByteArray>
#include <QString>

#include <expected>
#include <functional>

namespace littoral::core {

// The bounds one file's reading runs under. Poppler and Tesseract have none of their own, so the
// reading runs in the helper process littoral-reader under setrlimit: a decompression bomb or a
// malformed file that loops is killed there, reported, and the import goes on.
struct ReaderLimits {
    int maxPages = 2000; // more: rejected as "too many pages"
    int cpuSecondsPerPage = 60; // CPU time one page may take (text layer or OCR)
    qint64 addressSpaceBytes = qint64(3) << 30; // the helper's virtual memory (RLIMIT_AS)
    qint64 maxImagePixels = qint64(15000) * 15000; // an image larger than this is not decoded
    int secondsWithoutProgress = 300; // wall-clock: no page finished for this long, the helper is killed
};

// Progress and cancellation, called on the calling thread; both may be empty.
struct ReaderCallbacks {
    std::function<void(int pagesDone, int pageCount)> pageRead;
    std::function<bool()> isCanceled; // polled a few times a second; true kills the helper
};

// Reads a PDF or an image file (.png, .jpg, .tif, multi-page TIFF) through the helper process
// littoral-reader: pages with a text layer through poppler, the others (and images) through
// Tesseract at 300 dpi in French and English. Blocks the calling thread (an import's pool thread)
// until the file is read; any thread. Each thread keeps its helper (littoral-reader --serve) for the
// next file while it reads them well: one that fails, is cancelled or stalls is killed, and the next
// file starts a new one.
class ReaderProcess final {
public:
    // `nativePath` is opened by the helper; `bytes` (an e-mail's attachment) is written to its stdin.
    // A failure carries the RejectReason the import reports: PasswordProtected, Damaged, TooManyPages,
    // TooDemanding (a CPU or memory bound hit, or no progress), Unreadable (the helper is missing or
    // could not start). A cancelled read fails with Unreadable and the detail "cancelled".
    [[nodiscard]] static std::expected<ReadResult, Rejection> readFile(const QByteArray& nativePath,
        const QString& password = {}, const ReaderLimits& limits = {}, const ReaderCallbacks& callbacks = {});
    [[nodiscard]] static std::expected<ReadResult, Rejection> readBytes(const QByteArray& bytes,
        const QString& password = {}, const ReaderLimits& limits = {}, const ReaderCallbacks& callbacks = {});

    // Where littoral-reader is: $LITTORAL_READER, else beside the running executable, else in
    // ../libexec/littoral/ from it (the installed layout), else on $PATH.
    static QString helperPath();
    // Whether the file is one the reader takes, by its first bytes ("%PDF-", PNG, JPEG, TIFF).
    static bool isReadable(QByteArrayView head);
};

} // namespace littoral::core
