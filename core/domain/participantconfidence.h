// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace littoral::core {

// How sure extraction is that a name holds its role, by the cues that decided it, so that a review
// can show the doubtful ones first. Position in the letter's structure (signature block after the
// closing formula, address block before the salutation, copy line, signatory list, a function named
// with the person) is the strong cue; a known first name or a courtesy title confirms it.
enum class ParticipantCue {
    Unknown,             // stored before confidences were kept
    Lexicon,             // a known first name or a courtesy title, outside a structural place
    Structure,           // placed by the document's structure; the name's shape alone
    StructureAndLexicon, // placed by the structure and confirmed by a first name, a title or a function
};

namespace participant_confidence {
inline constexpr double kStructureAndLexicon = 0.9;
inline constexpr double kStructure = 0.75;
inline constexpr double kLexicon = 0.5;
} // namespace participant_confidence

constexpr double confidenceOf(ParticipantCue cue)
{
    switch (cue) {
    case ParticipantCue::StructureAndLexicon:
        return participant_confidence::kStructureAndLexicon;
    case ParticipantCue::Structure:
        return participant_confidence::kStructure;
    case ParticipantCue::Lexicon:
        return participant_confidence::kLexicon;
    case ParticipantCue::Unknown:
        break;
    }
    return 0.0;
}

// The cue a stored confidence stands for (the nearest level at or below it).
constexpr ParticipantCue cueOf(double confidence)
{
    if (confidence >= participant_confidence::kStructureAndLexicon)
        return ParticipantCue::StructureAndLexicon;
    if (confidence >= participant_confidence::kStructure)
        return ParticipantCue::Structure;
    if (confidence >= participant_confidence::kLexicon)
        return ParticipantCue::Lexicon;
    return ParticipantCue::Unknown;
}

} // namespace littoral::core
