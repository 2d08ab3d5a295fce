// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAnyStringView>
#include <QLatin1StringView>
#include <QString>

#include <cstddef>
#include <optional>
#include <utility>

namespace littoral::core {

// Enum <-> stable name tables, for the names written to the database and the export.
template <typename Enum, std::size_t N>
std::optional<Enum> enumFromName(QAnyStringView name, const std::pair<Enum, const char*> (&table)[N])
{
    for (const auto& [value, text] : table)
        if (QAnyStringView::equal(name, QLatin1StringView(text)))
            return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString enumName(Enum value, const std::pair<Enum, const char*> (&table)[N])
{
    for (const auto& [v, text] : table)
        if (v == value)
            return QLatin1String(text);
    return {};
}

} // namespace littoral::core
