// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: TextCleaner::clean on any text (the input read as UTF-8), checking what the cleaner
// promises of the stored text: LF line ends and no NUL.
#include "fuzzcheck.h"

#include "core/extract/textcleaner.h"

#include <cstddef>
#include <cstdint>

using namespace littoral;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(fuzz::bytes(data, size));
    const QString cleaned = core::TextCleaner::clean(input);
    fuzz::check(!cleaned.contains(QChar(u'\0')), "NUL in cleaned text");
    fuzz::check(!cleaned.contains(QChar(u'\r')), "CR in cleaned text");
    return 0;
}
