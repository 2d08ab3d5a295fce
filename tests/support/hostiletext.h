// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace littoral::test {

// Generated texts that made extraction slow (work growing with the square of their size): built from
// a count, so tests can compare the work done on n and 2n pieces. Deterministic; plain French.
namespace HostileText {

// `count` sentences each holding a different full date, on one line or one per line.
QString datedSentences(int count, bool oneLine);
// One date written `count` times on one line.
QString repeatedDate(int count);
// A short letter whose copy line names `count` different persons.
QString longCopyList(int count);
// A dated letter whose last line is `count` years and month names without a space between them (the
// digits of a data: URL): date patterns that walked every such run to its end from each of its words.
QString datesWithoutSpaces(int count);
// A letter signed by `count` different persons, one per line, in one paragraph.
QString longSignatureBlock(int count);
// `count` dates, each followed by a long run of blanks: patterns that backtracked over blanks.
QString datesBeforeBlankRuns(int count, int blanks);
// One word of `count` capital letters followed by a comma and a function: patterns that re-read a word.
QString longCapitalWord(int count);
// `count` persons named with a function in running text ("Jean Martin, maire de …, a dit").
QString manyNamedPersons(int count);
// A header of `count` name-like address blocks (a name, a street, a town) and no salutation.
QString manyAddressBlocks(int count);
// A letter signed by `count` persons, three side by side a line and far apart, with their functions below.
QString sideBySideSignatures(int count);

} // namespace HostileText

} // namespace littoral::test
