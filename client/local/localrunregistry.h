#pragma once

#include "runsnapshot.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace ps {

class LocalRun;
class RunOwnership;

// The local engine's run history: one directory per run under `runsDir`, read at start and
// written as runs change (at most every 200 ms), so the history survives a restart. A run
// of this session is a live LocalRun; one from an earlier session is its saved snapshot; one
// that another process runs now (RunOwnership) is followed from its directory as that
// process writes it, and its appearance, changes and deletion are announced.
class LocalRunRegistry : public QObject
{
    Q_OBJECT
public:
    LocalRunRegistry(QString runsDir, RunOwnership *ownership, QObject *parent = nullptr);
    ~LocalRunRegistry() override;

    // Reads the runs kept on disk. Finished runs older than `retentionDays` are deleted; a run
    // that was going when its process ended is marked interrupted (Error), not running.
    void load(int retentionDays);
    QString runDir(const QString &runId) const;

    bool contains(const QString &runId) const { return m_runs.contains(runId); }
    // A new run; its snapshot is saved soon.
    void add(const RunSnapshot &snapshot);
    // `run` now owns the snapshot of `runId` (a new run, or a retry replacing the last pass).
    void attach(const QString &runId, LocalRun *run);
    LocalRun *run(const QString &runId) const;
    // The runs of this session (finished or not), by id.
    QMap<QString, LocalRun *> liveRuns() const;
    // Whether another process runs `runId` now.
    bool isForeign(const QString &runId) const { return m_runs.value(runId).foreign; }
    std::optional<RunSnapshot> snapshot(const QString &runId) const;
    // Every run, newest first.
    QList<RunSnapshot> list() const;
    // The run changed: its snapshot is written within 200 ms.
    void markChanged(const QString &runId);
    // Writes every changed snapshot now.
    void saveChanged();
    // Forgets the run and deletes its directory (logs, outputs); false when unknown.
    bool remove(const QString &runId);

    static constexpr int kFollowMs = 500;

signals:
    // A snapshot could not be written; a sentence for people.
    void saveFailed(const QString &error);
    // What another process did: a run it started, a change of one it runs, one it deleted.
    void runAppeared(const QString &runId);
    void runUpdated(const QString &runId);
    void runVanished(const QString &runId);

private:
    struct Entry {
        RunSnapshot snapshot;         // for runs not loaded into a LocalRun
        QPointer<LocalRun> run;
        bool dirty = false;
        bool foreign = false;         // another process runs it: read, never written, here
        QDateTime written;            // when its run.json was last read here
    };
    // The folder or a run directory changed elsewhere: reads what is new.
    void lookAgain();
    void read(const QString &runId);
    void wasRead(const QString &runId, const std::optional<RunSnapshot> &snapshot, const QDateTime &written);
    void markInterrupted(RunSnapshot &snapshot, const QString &dir) const;

    QString m_runsDir;
    RunOwnership *m_ownership;
    QMap<QString, Entry> m_runs;
    QSet<QString> m_reading;          // reads in flight
    QSet<QString> m_elsewhere;        // what RunOwnership said at the last look
    QTimer m_saveTimer;
    QTimer m_follow;                  // looks again while another process runs one of ours
};

} // namespace ps
