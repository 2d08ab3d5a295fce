// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/corpuslocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace littoral::core {

QString CorpusLocation::sampleCorpus()
{
    return QStringLiteral(":/corpus");
}

QString CorpusLocation::databaseFor(const QString& corpusFolder)
{
    const bool sample = corpusFolder == sampleCorpus();
    const QString canonical = sample ? corpusFolder : QFileInfo(corpusFolder).absoluteFilePath();
    QString name = sample ? QStringLiteral("sample") : QFileInfo(canonical).fileName();
    // A folder named by bytes that are not UTF-8 arrives with them escaped as lone surrogates
    // (FileCollector::argumentFromNative), which no file name can hold: the hash tells such folders apart.
    for (QChar& c : name)
        if (c.isSurrogate())
            c = QLatin1Char('_');
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(10);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/corpora");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".db");
}

} // namespace littoral::core
