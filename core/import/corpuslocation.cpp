// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/corpuslocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace littoral::core {

namespace {

constexpr qsizetype kHashLength = 10;

QString corporaFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/corpora");
}

} // namespace

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
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(kHashLength);
    const QString dir = corporaFolder();
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".db");
}

bool CorpusLocation::isSampleDatabase(const QString& databasePath)
{
    return !databasePath.isEmpty()
        && QFileInfo(databasePath).absoluteFilePath() == QFileInfo(databaseFor(sampleCorpus())).absoluteFilePath();
}

QString CorpusLocation::commonFolder(const QStringList& roots)
{
    if (roots.isEmpty())
        return {};
    QStringList common = QDir::cleanPath(roots.first()).split(QLatin1Char('/'));
    for (const QString& root : roots) {
        const QStringList parts = QDir::cleanPath(root).split(QLatin1Char('/'));
        qsizetype same = 0;
        while (same < common.size() && same < parts.size() && common[same] == parts[same])
            ++same;
        common.resize(same);
    }
    const QString folder = common.join(QLatin1Char('/'));
    // "/" alone (or an empty path) names nothing a person would recognise as the corpus.
    return folder.isEmpty() || folder == QLatin1String("/") ? QString() : folder;
}

QString CorpusLocation::displayName(const QString& databasePath, const QString& importFolder)
{
    if (importFolder == sampleCorpus() || (importFolder.isEmpty() && isSampleDatabase(databasePath)))
        return QCoreApplication::translate("littoral::core::CorpusLocation", "Sample corpus");
    if (!importFolder.isEmpty()) {
        const QString name = QFileInfo(importFolder).fileName();
        if (!name.isEmpty())
            return name;
    }
    const QFileInfo file(databasePath);
    QString name = file.completeBaseName();
    // Only a database this class named carries the hash: a file the person named keeps its whole name.
    static const QRegularExpression hashed(QStringLiteral("^(.+)-[0-9a-f]{%1}$").arg(kHashLength));
    if (file.absolutePath() == QFileInfo(corporaFolder()).absoluteFilePath())
        if (const QRegularExpressionMatch m = hashed.match(name); m.hasMatch())
            name = m.captured(1);
    return name;
}

} // namespace littoral::core
