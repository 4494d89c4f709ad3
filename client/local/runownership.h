#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class QLockFile;

namespace ps {

// Which process runs which run of an engine's data directory. The engine that runs one holds
// `active/RUN.lock` (a QLockFile) until the run has ended and its last state is saved, so
// another process on the same directory (pstudio, a second window) shows it as running
// elsewhere, follows it from its run directory, and does not take it for interrupted. Such a
// process asks the owner to cancel it with `active/RUN.cancel`, which the owner hears at once.
class RunOwnership : public QObject
{
    Q_OBJECT
public:
    explicit RunOwnership(QString activeDir, QObject *parent = nullptr);
    ~RunOwnership() override;

    // This process runs `runId` from now on; false when another process holds it.
    bool claim(const QString &runId);
    // This process no longer runs it (its final state is saved).
    void release(const QString &runId);
    bool ownsHere(const QString &runId) const { return m_held.contains(runId); }
    // A live process other than this one runs it.
    bool isOwnedElsewhere(const QString &runId) const;
    // The runs held elsewhere now (a lock in the folder that is not ours and not stale).
    QStringList ownedElsewhere() const;
    // Asks the process that runs `runId` to cancel it; false when the request cannot be written.
    bool requestCancel(const QString &runId);

signals:
    // A run started or ended in some process (the folder changed): look again.
    void changed();
    // Another process asked this one to cancel a run it holds.
    void cancelRequested(const QString &runId);

private:
    QString lockPath(const QString &runId) const;
    QString cancelPath(const QString &runId) const;
    void folderChanged();

    QString m_dir;
    QHash<QString, std::shared_ptr<QLockFile>> m_held;
    QFileSystemWatcher m_watcher;
};

} // namespace ps
