// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/mailreader.h"

namespace littoral::core {

// PLACEHOLDER (helper "mail")
std::expected<MailMessage, Rejection> MailReader::parse(const QByteArray&)
{
    return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("not implemented") });
}
std::expected<QList<MboxMessageSpan>, Rejection> MailReader::scanMbox(const QByteArray&, const std::function<bool()>&)
{
    return std::unexpected(Rejection { RejectReason::Damaged, QStringLiteral("not implemented") });
}
bool MailReader::looksLikeMbox(QByteArrayView) { return false; }
bool MailReader::looksLikeMessage(QByteArrayView) { return false; }

} // namespace littoral::core
