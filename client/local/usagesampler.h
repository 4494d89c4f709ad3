#pragma once

#include "usageaccumulator.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace ps {

class LocalRunRegistry;

// Samples, every second, the CPU time and resident memory of each running task of the local
// engine from /proc (the task's process session), and keeps the last sample of every task
// of this session's runs. Each task's samples are folded into a usage summary, which goes
// into the run record (with the requests and limits its settings declare) once its
// processes have ended, or when the run finishes (finish()).
class UsageSampler : public QObject
{
    Q_OBJECT
public:
    struct TaskUsage {
        double cpuSeconds = 0;   // a counter: never goes down
        qint64 memoryBytes = 0;  // while running; the last value seen after
        bool running = false;
    };
    using RunUsage = QHash<QString, TaskUsage>;   // node id → its last sample

    explicit UsageSampler(const LocalRunRegistry *registry, QObject *parent = nullptr);

    // Run id → its tasks' last samples.
    const QHash<QString, RunUsage> &samples() const { return m_samples; }
    // Forgets a deleted run.
    void forget(const QString &runId)
    {
        m_samples.remove(runId);
        m_summaries.remove(runId);
    }
    // Takes one sample now (the timer does every second).
    void sample();
    // The run has finished: the usage of its tasks goes into its record now.
    void finish(const QString &runId);

private:
    void record(const QString &runId, const QString &nodeId);

    const LocalRunRegistry *m_registry;
    QHash<QString, RunUsage> m_samples;
    QHash<QString, QHash<QString, UsageAccumulator>> m_summaries;   // run → node → its samples so far
    QTimer m_timer;
};

} // namespace ps
