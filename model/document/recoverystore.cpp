#include "recoverystore.h"

#include "nativewriter.h"
#include "pipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)
};

QString sidecarOf(const QString &recoveryPath)
{
    return recoveryPath.left(recoveryPath.size() - qsizetype(qstrlen(".pstudio.yaml"))) + QStringLiteral(".json");
}

bool processRunning(qint64 pid)
{
    return pid > 0 && pid != QCoreApplication::applicationPid() && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write the recovery copy %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery")
                      : std::move(directory))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

QString RecoveryStore::recoveryPath() const
{
    return QStringLiteral("%1/%2.pstudio.yaml").arg(m_directory, m_id);
}

bool RecoveryStore::write(const Pipeline &pipeline, const QString &originalPath, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = Tr::tr("Cannot create the recovery folder %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const QJsonObject meta{{QStringLiteral("original"), originalPath},
                           {QStringLiteral("title"), pipeline.name},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return writeAtomically(recoveryPath(), NativeWriter::write(pipeline), error)
           && writeAtomically(sidecarOf(recoveryPath()), QJsonDocument(meta).toJson(), error);
}

void RecoveryStore::discard() const
{
    QFile::remove(recoveryPath());
    QFile::remove(sidecarOf(recoveryPath()));
}

QList<RecoveryStore::Entry> RecoveryStore::orphans() const
{
    QList<Entry> entries;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.pstudio.yaml")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        if (path == recoveryPath())
            continue;
        QFile sidecar(sidecarOf(path));
        const QJsonObject meta = sidecar.open(QIODevice::ReadOnly) && sidecar.size() < 65536
                                     ? QJsonDocument::fromJson(sidecar.readAll()).object()
                                     : QJsonObject();
        if (processRunning(meta.value(QStringLiteral("pid")).toInteger()))
            continue;
        Entry entry;
        entry.recoveryPath = path;
        entry.originalPath = meta.value(QStringLiteral("original")).toString();
        entry.title = meta.value(QStringLiteral("title")).toString();
        entry.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        if (!entry.savedAt.isValid())
            entry.savedAt = QFileInfo(path).lastModified();
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

void RecoveryStore::remove(const Entry &entry)
{
    QFile::remove(entry.recoveryPath);
    QFile::remove(sidecarOf(entry.recoveryPath));
}

} // namespace ps
