// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/stringpool.h"

namespace littoral::core {

QString StringPool::intern(QByteArrayView utf8)
{
    // A key over the caller's bytes, copied only when the text is new.
    const QByteArray probe = QByteArray::fromRawData(utf8.data(), utf8.size());
    if (const auto known = m_strings.constFind(probe); known != m_strings.cend())
        return *known;
    const QString text = QString::fromUtf8(utf8);
    m_strings.insert(QByteArray(utf8.data(), utf8.size()), text);
    return text;
}

} // namespace littoral::core
