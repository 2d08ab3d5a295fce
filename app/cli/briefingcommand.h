// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace littoral::cli {

// littoral-cli briefing --db FILE [filters] [--title T] -o FILE.pdf|FILE.odt: the briefing pack of
// the documents the filters choose. Painting needs a QApplication (fonts, Qt Charts), which the other
// commands do without: main() hands over before making its QCoreApplication. Main thread.
class BriefingCommand final {
public:
    // Whether the command line's command (its first positional argument) is "briefing".
    static bool isRequested(int argc, char* argv[]);
    // Runs the whole command, application object included; returns the exit code (0 ok, 1 usage or
    // unknown name, 2 database or write error).
    static int main(int argc, char* argv[]);
    // The usage lines littoral-cli --help shows for it.
    static QString usage();
};

} // namespace littoral::cli
