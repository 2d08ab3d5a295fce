// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/processrun.h"

#include "support/testpaths.h"

namespace littoral::test {

ProcessRun finishProcess(QProcess& process, int timeoutMs)
{
    ProcessRun run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = run.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

ProcessRun runProcess(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    return finishProcess(process, timeoutMs);
}

ProcessRun runCli(const QStringList& args, int timeoutMs)
{
    return runProcess(QStringLiteral(LITTORAL_BIN_DIR "/littoral-cli"), args, timeoutMs);
}

} // namespace littoral::test
