// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/readerprotocol.h"

#include <QDataStream>
#include <QIODevice>

namespace littoral::core {

namespace {

constexpr quint32 kMagic = 0x4c545244; // "LTRD"
constexpr quint32 kRequestMagic = 0x4c545251; // "LTRQ"
constexpr quint16 kVersion = 1;
constexpr auto kStreamVersion = QDataStream::Qt_6_4;

// A 32-bit length, then the payload, as QDataStream writes a QByteArray.
QByteArray framed(const QByteArray& payload)
{
    QByteArray frame;
    QDataStream out(&frame, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << payload;
    return frame;
}

} // namespace

QByteArray ReaderFrame::encode() const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(kStreamVersion);
        out << kMagic << kVersion << quint8(kind);
        switch (kind) {
        case Kind::Begin:
            out << qint32(pageCount);
            break;
        case Kind::Started:
            out << qint32(pageIndex);
            break;
        case Kind::Page:
            out << qint32(pageIndex) << page.size << page.ocr << page.text << qint32(page.words.size());
            for (const PageWord& word : page.words)
                out << word.offset << word.length << word.box << word.confidence;
            break;
        case Kind::End:
            out << metadata.title << metadata.author << metadata.created;
            break;
        case Kind::Failed:
            out << qint32(rejection.reason) << rejection.detail;
            break;
        }
    }
    return framed(payload);
}

std::optional<ReaderFrame> ReaderFrame::take(QByteArray& buffer)
{
    if (buffer.size() < 4)
        return std::nullopt;
    const auto* head = reinterpret_cast<const uchar*>(buffer.constData());
    const quint32 length = (quint32(head[0]) << 24) | (quint32(head[1]) << 16) | (quint32(head[2]) << 8) | quint32(head[3]);
    if (qsizetype(length) > buffer.size() - 4)
        return std::nullopt;
    const QByteArray payload = buffer.mid(4, qsizetype(length));
    buffer.remove(0, 4 + qsizetype(length));

    ReaderFrame frame;
    const auto broken = [] {
        ReaderFrame f;
        f.rejection = Rejection { RejectReason::Damaged, QStringLiteral("the reader's answer does not parse") };
        return f;
    };
    QDataStream in(payload);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    quint16 version = 0;
    quint8 kind = 0;
    in >> magic >> version >> kind;
    if (magic != kMagic || version != kVersion)
        return broken();
    frame.kind = Kind(kind);
    qint32 number = 0;
    switch (frame.kind) {
    case Kind::Begin:
        in >> number;
        frame.pageCount = number;
        break;
    case Kind::Started:
        in >> number;
        frame.pageIndex = number;
        break;
    case Kind::Page: {
        qint32 count = 0;
        in >> number >> frame.page.size >> frame.page.ocr >> frame.page.text >> count;
        frame.pageIndex = number;
        if (count < 0 || count > payload.size())
            return broken();
        frame.page.words.reserve(count);
        for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            PageWord word;
            in >> word.offset >> word.length >> word.box >> word.confidence;
            frame.page.words.append(word);
        }
        break;
    }
    case Kind::End:
        in >> frame.metadata.title >> frame.metadata.author >> frame.metadata.created;
        break;
    case Kind::Failed:
        in >> number >> frame.rejection.detail;
        if (number < 0 || number > int(RejectReason::TooDemanding))
            return broken();
        frame.rejection.reason = RejectReason(number);
        break;
    default:
        return broken();
    }
    if (in.status() != QDataStream::Ok)
        return broken();
    return frame;
}

QByteArray ReaderRequest::encode() const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(kStreamVersion);
        out << kRequestMagic << kVersion << path << password << bytes;
    }
    return framed(payload);
}

std::optional<ReaderRequest> ReaderRequest::decode(const QByteArray& payload)
{
    QDataStream in(payload);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    quint16 version = 0;
    ReaderRequest request;
    in >> magic >> version;
    if (magic != kRequestMagic || version != kVersion)
        return std::nullopt;
    in >> request.path >> request.password >> request.bytes;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return request;
}

} // namespace littoral::core
