// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the import's text path on any bytes (TextDecoder, TextCleaner, then
// DocumentExtractor::extract), checking that every evidence is the substring of the text at its offset.
#include "fuzzcheck.h"

#include "core/extract/documentextractor.h"
#include "core/extract/textcleaner.h"
#include "core/extract/textdecoder.h"

#include <cstddef>
#include <cstdint>

using namespace littoral;

namespace {

void checkEvidence(const QString& text, const core::Evidence& evidence, const char* what)
{
    if (evidence.text.isEmpty())
        return;
    fuzz::check(evidence.offset >= 0 && evidence.offset + evidence.text.size() <= text.size(), what, evidence.text);
    fuzz::check(QStringView(text).mid(evidence.offset, evidence.text.size()) == evidence.text, what, evidence.text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto decoded = core::TextDecoder::decode(fuzz::bytes(data, size));
    if (!decoded)
        return 0;
    const QString text = core::TextCleaner::clean(decoded->text);
    const core::Extraction found = core::DocumentExtractor::extract(text);
    if (found.date)
        checkEvidence(text, found.date->evidence, "document date evidence is not the text at its offset");
    for (const core::Participant& p : found.participants)
        checkEvidence(text, p.evidence, "participant evidence is not the text at its offset");
    for (const core::MentionedEvent& e : found.events)
        checkEvidence(text, e.evidence, "event evidence is not the text at its offset");
    return 0;
}
