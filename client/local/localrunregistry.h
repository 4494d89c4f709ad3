#pragma once

#include "runsnapshot.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace ps {

class LocalRun;

// The local engine's run history: one directory per run under `runsDir`, read at start and
// written as runs change (at most every 200 ms), so the history survives a restart. A run
// of this session is a live LocalRun; one from an earlier session is its saved snapshot.
class LocalRunRegistry : public QObject
{
    Q_OBJECT
public:
    explicit LocalRunRegistry(QString runsDir, QObject *parent = nullptr);
    ~LocalRunRegistry() override;

    // Reads the runs kept on disk. Finished runs older than `retentionDays` are deleted; a run
    // that was going when the application ended is marked interrupted (Error), not running.
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
    std::optional<RunSnapshot> snapshot(const QString &runId) const;
    // Every run, newest first.
    QList<RunSnapshot> list() const;
    // The run changed: its snapshot is written within 200 ms.
    void markChanged(const QString &runId);
    // Writes every changed snapshot now.
    void saveChanged();
    // Forgets the run and deletes its directory (logs, outputs); false when unknown.
    bool remove(const QString &runId);

signals:
    // A snapshot could not be written; a sentence for people.
    void saveFailed(const QString &error);

private:
    struct Entry {
        RunSnapshot snapshot;         // for runs not loaded into a LocalRun
        QPointer<LocalRun> run;
        bool dirty = false;
    };

    QString m_runsDir;
    QMap<QString, Entry> m_runs;
    QTimer m_saveTimer;
};

} // namespace ps
