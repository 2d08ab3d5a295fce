// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace littoral::core {

enum class ErrorCode {
    Io,             // a file could not be read or written
    NotFound,       // a path that should exist does not
    DatabaseOpen,   // the database file cannot be opened or created (permissions, not a database)
    DatabaseCorrupt,
    SchemaTooNew,   // written by a newer Littoral
    Sql,            // a statement failed
    Cancelled,
    InvalidInput,
};

// A failure a caller can show to a person: a code to branch on and a sentence to print.
struct Error {
    ErrorCode code = ErrorCode::Io;
    QString detail;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString detail)
{
    return std::unexpected<Error>(Error { code, std::move(detail) });
}

} // namespace littoral::core
