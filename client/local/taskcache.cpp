#include "taskcache.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ps {

std::optional<QMap<QString, QString>> TaskCache::find(const QString &key, const QStringList &artifactOutputs, double maxAgeSeconds) const
{
    QFile f(m_dir + u'/' + key + u".json");
    if (maxAgeSeconds > 0
        && QFileInfo(f).lastModified().msecsTo(QDateTime::currentDateTimeUtc()) > qint64(maxAgeSeconds * 1000))
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(1 << 20)).object().value(QStringLiteral("outputs")).toObject();
    QMap<QString, QString> outputs;
    for (auto it = o.begin(); it != o.end(); ++it)
        outputs.insert(it.key(), it.value().toString());
    for (const QString &a : artifactOutputs)
        if (!QFileInfo::exists(outputs.value(a)))
            return std::nullopt;
    return outputs;
}

void TaskCache::store(const QString &key, const QMap<QString, QString> &outputs, const QString &fromNode)
{
    QDir().mkpath(m_dir);
    QJsonObject o;
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it)
        o.insert(it.key(), it.value());
    QSaveFile f(m_dir + u'/' + key + u".json");
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("outputs"), o}, {QStringLiteral("node"), fromNode}}).toJson());
    f.commit();
}

void TaskCache::prune(int days)
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addDays(-days);
    for (const QFileInfo &fi : QDir(m_dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        if (fi.lastModified() < limit)
            QFile::remove(fi.absoluteFilePath());
}

} // namespace ps
