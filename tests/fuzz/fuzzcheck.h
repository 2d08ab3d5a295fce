// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace littoral::fuzz {

// A broken promise of the code under test: said on stderr, then abort() so libFuzzer keeps the input.
inline void check(bool ok, const char* what, const QString& detail = {})
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz check failed: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

// The input as a QByteArray of its own (not fromRawData: the code under test may rely on the
// terminating NUL that every QByteArray read from a file has).
inline QByteArray bytes(const unsigned char* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace littoral::fuzz
