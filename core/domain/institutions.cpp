// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/institutions.h"

#include "core/domain/correspondentkey.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

namespace littoral::core {
namespace {

QString readText(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString Institutions::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/littoral/institutions.tsv");
}

const Institutions& Institutions::shared()
{
    static const Institutions table = [] {
        QString error;
        auto bundled = parse(readText(QStringLiteral(":/littoral/institutions/institutions.tsv"), &error), QStringLiteral("institutions.tsv"));
        Institutions institutions = bundled ? *bundled : Institutions();
        if (!bundled)
            qCWarning(lcExtract) << bundled.error().detail;
        const QString user = userFilePath();
        if (QFile::exists(user)) {
            QString readError;
            const QString text = readText(user, &readError);
            if (!readError.isEmpty()) {
                qCWarning(lcExtract).noquote() << user << readError;
            } else if (auto own = parse(text, user); own) {
                institutions.extend(*own);
            } else {
                qCWarning(lcExtract).noquote() << own.error().detail;
            }
        }
        return institutions;
    }();
    return table;
}

Result<Institutions> Institutions::parse(const QString& text, const QString& source)
{
    Institutions table;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList names = line.split(QLatin1Char('\t'), Qt::SkipEmptyParts);
        for (QString& name : names)
            name = name.trimmed();
        names.removeAll(QString());
        if (names.size() < 2)
            return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("littoral::core::Institutions", "%1 line %2: an institution needs at least two names, tab-separated")
                    .arg(source)
                    .arg(n + 1));
        // The key's own folding (articles dropped), without its "o:".
        const auto folded = [](const QString& name) { return correspondentKey(CorrespondentKind::Organization, name, false).mid(2); };
        const QString canonical = folded(names.first());
        for (const QString& name : std::as_const(names))
            table.m_canonical.insert(folded(name), canonical);
        ++table.m_institutions;
    }
    return table;
}

void Institutions::extend(const Institutions& other)
{
    for (auto it = other.m_canonical.cbegin(); it != other.m_canonical.cend(); ++it)
        m_canonical.insert(it.key(), it.value());
    m_institutions += other.m_institutions;
}

} // namespace littoral::core
