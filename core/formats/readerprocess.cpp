// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/readerprocess.h"

namespace littoral::core {

// PLACEHOLDER (helper "pdf")
std::expected<ReadResult, Rejection> ReaderProcess::readFile(const QByteArray&, const QString&, const ReaderLimits&, const ReaderCallbacks&)
{
    return std::unexpected(Rejection { RejectReason::Unreadable, QStringLiteral("not implemented") });
}

std::expected<ReadResult, Rejection> ReaderProcess::readBytes(const QByteArray&, const QString&, const ReaderLimits&, const ReaderCallbacks&)
{
    return std::unexpected(Rejection { RejectReason::Unreadable, QStringLiteral("not implemented") });
}

QString ReaderProcess::helperPath() { return {}; }
bool ReaderProcess::isReadable(QByteArrayView) { return false; }

} // namespace littoral::core
