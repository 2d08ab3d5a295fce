// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace littoral::test {

// What a finished (or killed) child process left: tests assert on its exit code and its output.
struct ProcessRun {
    bool finished = false; // false: it ran past the timeout and was killed
    int exitCode = -1;     // -1 when it crashed or was killed
    QByteArray out;
    QByteArray err;
};

// Waits for a started process up to timeoutMs, killing it past that, and collects what it printed.
ProcessRun finishProcess(QProcess& process, int timeoutMs = 120000);
// Runs program with args to the end (or the timeout).
ProcessRun runProcess(const QString& program, const QStringList& args, int timeoutMs = 120000);
// Runs the built littoral-cli.
ProcessRun runCli(const QStringList& args, int timeoutMs = 120000);

} // namespace littoral::test
