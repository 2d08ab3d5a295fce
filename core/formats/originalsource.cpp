// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/originalsource.h"

namespace littoral::core {

// PLACEHOLDER (helper "mail")
Result<QByteArray> OriginalSource::bytes(const QString&)
{
    return std::unexpected(Error { ErrorCode::Io, QStringLiteral("not implemented") });
}
OriginalSource::Parts OriginalSource::split(const QString& sourcePath)
{
    return { sourcePath, -1, {} };
}

} // namespace littoral::core
