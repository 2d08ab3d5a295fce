// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace littoral::core {

// One shared QString for each distinct UTF-8 text read in a bulk load. A 100,000-document corpus
// names the same few thousand correspondents and events hundreds of thousands of times; as separate
// QStrings those repeats took some 40 MB. Not thread-safe: one per load, dropped after it.
class StringPool final {
public:
    QString intern(QByteArrayView utf8);

private:
    QHash<QByteArray, QString> m_strings;
};

} // namespace littoral::core
