// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// littoral-reader: reads one PDF or image under resource limits for ReaderProcess (core/formats).
#include <QCoreApplication>

// PLACEHOLDER (helper "pdf")
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return 2;
}
