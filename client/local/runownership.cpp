#include "runownership.h"

#include <QDir>
#include <QFile>
#include <QLockFile>

namespace ps {

namespace {
const QString kLockSuffix = QStringLiteral(".lock");
const QString kCancelSuffix = QStringLiteral(".cancel");
} // namespace

RunOwnership::RunOwnership(QString activeDir, QObject *parent) : QObject(parent), m_dir(std::move(activeDir))
{
    QDir().mkpath(m_dir);
    m_watcher.addPath(m_dir);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &RunOwnership::folderChanged);
}

RunOwnership::~RunOwnership() = default;

QString RunOwnership::lockPath(const QString &runId) const { return m_dir + u'/' + runId + kLockSuffix; }
QString RunOwnership::cancelPath(const QString &runId) const { return m_dir + u'/' + runId + kCancelSuffix; }

bool RunOwnership::claim(const QString &runId)
{
    if (m_held.contains(runId))
        return true;
    auto lock = std::make_shared<QLockFile>(lockPath(runId));
    lock->setStaleLockTime(0);   // stale only when its process is gone, never by age: runs last
    if (!lock->tryLock(0))
        return false;
    QFile::remove(cancelPath(runId));   // a request for an earlier pass of the run
    m_held.insert(runId, lock);
    return true;
}

void RunOwnership::release(const QString &runId)
{
    m_held.remove(runId);   // unlocks
    QFile::remove(cancelPath(runId));
}

bool RunOwnership::isOwnedElsewhere(const QString &runId) const
{
    if (m_held.contains(runId) || !QFileInfo::exists(lockPath(runId)))
        return false;
    QLockFile probe(lockPath(runId));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {   // nobody holds it: a leftover of a process that ended
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

QStringList RunOwnership::ownedElsewhere() const
{
    QStringList ids;
    const QStringList locks = QDir(m_dir).entryList({u'*' + kLockSuffix}, QDir::Files);
    for (const QString &file : locks) {
        const QString id = file.chopped(kLockSuffix.size());
        if (isOwnedElsewhere(id))
            ids.append(id);
    }
    return ids;
}

bool RunOwnership::requestCancel(const QString &runId)
{
    QFile request(cancelPath(runId));
    return request.open(QIODevice::WriteOnly);
}

void RunOwnership::folderChanged()
{
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it)
        if (QFile::exists(cancelPath(it.key()))) {
            QFile::remove(cancelPath(it.key()));
            emit cancelRequested(it.key());
        }
    emit changed();
}

} // namespace ps
