// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/csvwriter.h"

#include "core/export/exportdocuments.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSet>

#include <array>
#include <memory>

namespace littoral::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("littoral::core::CsvWriter", text);
}

// One RFC 4180 field. A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a
// leading apostrophe, as OWASP recommends: a title "=HYPERLINK(…)" stays text, shown as typed.
void appendField(QByteArray& line, QString value)
{
    static constexpr std::array kFormulaStarts { u'=', u'+', u'-', u'@', u'\t', u'\r' };
    if (!value.isEmpty() && std::find(kFormulaStarts.cbegin(), kFormulaStarts.cend(), value.front()) != kFormulaStarts.cend())
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    line += value.toUtf8();
}

QByteArray record(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        appendField(line, fields.at(i));
    }
    line += "\r\n";
    return line;
}

// A file of the export, kept in a temporary beside it until everything is written.
struct CsvFile {
    explicit CsvFile(const QString& path)
        : file(path)
    {
    }
    QSaveFile file;
    QByteArray buffer;

    Result<void> open(const QStringList& header)
    {
        if (!file.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        buffer = QByteArrayLiteral("\xEF\xBB\xBF") + record(header); // the BOM: spreadsheets then read UTF-8 accents right
        return {};
    }
    Result<void> append(const QStringList& fields)
    {
        buffer += record(fields);
        if (buffer.size() < 256 * 1024)
            return {};
        if (file.write(buffer) != buffer.size())
            return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        buffer.clear();
        return {};
    }
    Result<void> flush()
    {
        if (!buffer.isEmpty() && file.write(buffer) != buffer.size())
            return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        buffer.clear();
        return {};
    }
};

} // namespace

Result<ExportCounts> CsvWriter::write(const ExportInput& input, const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return fail(ErrorCode::NotFound, tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
    CsvFile documents(dir.filePath(QStringLiteral("documents.csv")));
    CsvFile participations(dir.filePath(QStringLiteral("participations.csv")));
    // Column names stay in English, like the JSON export's keys: scripts read them.
    if (auto opened = documents.open({ QStringLiteral("date"), QStringLiteral("precision"), QStringLiteral("type"), QStringLiteral("language"),
            QStringLiteral("title"), QStringLiteral("senders"), QStringLiteral("recipients"), QStringLiteral("copies"), QStringLiteral("place"),
            QStringLiteral("source") });
        !opened)
        return std::unexpected(opened.error());
    if (auto opened = participations.open({ QStringLiteral("source"), QStringLiteral("correspondent"), QStringLiteral("role"),
            QStringLiteral("kind"), QStringLiteral("function"), QStringLiteral("organization") });
        !opened)
        return std::unexpected(opened.error());

    ExportCounts counts;
    QSet<QString> correspondents; // by kind and name: a person and an organisation may share a name
    const auto written = ExportDocuments::forEach(input, [&](const ExportedDocument& exported) -> Result<void> {
        const Document& document = exported.document;
        const Extraction& extraction = document.extraction;
        QStringList senders, recipients, copies;
        for (qsizetype i = 0; i < extraction.participants.size(); ++i) {
            const Participant& participant = extraction.participants.at(i);
            const CorrespondentSummary* canonical = ExportDocuments::canonicalOf(*input.corpus, exported, i);
            const QString name = canonical ? canonical->name : participant.name;
            const CorrespondentKind kind = canonical ? canonical->kind : participant.kind;
            QStringList* names = participant.role == ParticipantRole::Sender ? &senders
                : participant.role == ParticipantRole::Recipient             ? &recipients
                : participant.role == ParticipantRole::Cc                    ? &copies
                                                                             : nullptr;
            if (names && !names->contains(name))
                names->append(name);
            if (auto appended = participations.append(
                    { exported.summary.source, name, roleName(participant.role), kindName(kind), participant.title, participant.organization });
                !appended)
                return appended;
            ++counts.participations;
            correspondents.insert(kindName(kind) + u'\n' + name);
        }
        const PartialDate date = extraction.date ? extraction.date->date : PartialDate();
        const QString separator = QStringLiteral("; ");
        if (auto appended = documents.append({ date.toEdtf(), date.isValid() ? precisionName(date.precision()) : QString(),
                documentTypeName(extraction.type), extraction.language, extraction.title, senders.join(separator),
                recipients.join(separator), copies.join(separator), extraction.place, exported.summary.source });
            !appended)
            return appended;
        ++counts.documents;
        return {};
    });
    if (!written)
        return std::unexpected(written.error()); // the QSaveFiles leave nothing behind
    for (CsvFile* file : { &documents, &participations })
        if (auto flushed = file->flush(); !flushed)
            return std::unexpected(flushed.error());
    for (CsvFile* file : { &documents, &participations })
        if (!file->file.commit())
            return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file->file.fileName()), file->file.errorString()));
    counts.correspondents = int(correspondents.size());
    counts.files = { QStringLiteral("documents.csv"), QStringLiteral("participations.csv") };
    return counts;
}

} // namespace littoral::core
