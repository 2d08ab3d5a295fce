// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcDb, "littoral.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "littoral.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExtract, "littoral.extract", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "littoral.analysis", QtWarningMsg)
