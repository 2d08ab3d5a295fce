// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: TextDecoder::decode on any bytes. Either a rejection or text with a known encoding.
#include "fuzzcheck.h"

#include "core/extract/textdecoder.h"

#include <cstddef>
#include <cstdint>

using namespace littoral;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const auto decoded = core::TextDecoder::decode(input);
    if (!decoded)
        return 0;
    fuzz::check(!decoded->encoding.isEmpty(), "decoded text without an encoding");
    fuzz::check(!decoded->text.isEmpty() || input.isEmpty(), "non-empty bytes decoded to empty text accepted",
        decoded->encoding);
    return 0;
}
