// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace littoral::core {

// Reads a function as written ("Présidente de la Cimade", "Minister of the Interior", "Maire de Calais")
// and names the organisation it speaks for ("La Cimade", "Ministry of the Interior", "Mairie de Calais").
class FunctionParser final {
public:
    static bool isFunction(const QString& text);
    // The organisation the function speaks for, or empty when the function names none ("Coordinateur").
    static QString organizationFor(const QString& function);
    // The function as a title: leading article and trailing punctuation removed ("le Préfet," -> "Préfet").
    static QString asTitle(const QString& function);
};

} // namespace littoral::core
