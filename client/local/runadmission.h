#pragma once

#include "enginecontext.h"
#include "synclocks.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace ps {

struct Pipeline;

// Decides when a queued task of one LocalRun may start: the engine's parallelism (task
// processes of all runs together), Argo's spec.parallelism (this run's processes), a
// template's parallelism (its graph's direct children), a loop's parallelism, and Argo's
// synchronization mutexes and semaphores, which are shared with the engine's other runs
// (EngineContext::locks). LocalRun describes each queued invocation (Candidate); this class
// keeps the queue, the counts and the locks.
class RunAdmission : public QObject
{
    Q_OBJECT
public:
    // What admission needs to know of one queued invocation.
    struct Candidate {
        bool process = false;      // a task process; false: a sub-pipeline
        int scopeLimit = 0;        // its graph's template parallelism; 0: none
        int scopeRunning = 0;      // its graph's invocations running now
        int loopLimit = 0;         // its loop's parallelism; 0: none
        int loopBusy = 0;          // its loop's iterations running now
        QString component;         // whose template's synchronization it takes
        QString holder;            // the name it holds locks under ("run/node")
        QStringList enclosing;     // holders it runs inside: the run, enclosing invocations
    };

    RunAdmission(QString runId, const Pipeline *pipeline, EngineContext *context, QObject *parent = nullptr);

    // Argo's workflow-level synchronization and spec.parallelism, when the run starts. False
    // when another holder has a lock the run needs; `waitingFor` then names the locks.
    bool admitRun(const QJsonObject &workflowSpec, QStringList *waitingFor);
    // The run has ended: gives back its workflow-level locks.
    void runEnded() { release(m_runId); }

    void enqueue(int index) { m_queue.append(index); }
    // Empties the queue (cancel) and gives what was in it.
    QList<int> takeQueue() { return std::exchange(m_queue, {}); }
    // Starts (`begin`) every queued invocation the limits and locks allow now. One that waits
    // for a lock only this run and the invocations enclosing it hold would wait forever:
    // `deadlocked` gets it with a sentence saying so, and it leaves the queue. Reentrant: a
    // call from inside `begin` makes the running pass look at the queue afresh.
    void pump(const std::function<Candidate(int)> &describe, const std::function<void(int)> &begin,
              const std::function<void(int, QString)> &deadlocked);

    // Count task processes (engine-wide and this run's).
    void processStarted();
    void processEnded();
    // Gives back what `holder` and the holders below it hold; capacityFreed() when it held something.
    void release(const QString &holder);

signals:
    // A lock was given back: other runs may start a task.
    void capacityFreed();
    // A line for the user about how synchronization works here (once per sentence).
    void notice(const QString &text);

private:
    bool mayStart(const Candidate &c, QString *deadlock);
    const QList<SyncLocks::Lock> &templateLocks(const QString &componentKey);
    QList<SyncLocks::Lock> locksOf(const QJsonObject &synchronization);
    QString selfDeadlock(const Candidate &c, const QList<SyncLocks::Lock> &locks) const;

    QString m_runId;
    const Pipeline *m_pipeline;
    EngineContext *m_context;
    QList<int> m_queue;
    int m_workflowParallelism = 0;   // Argo's spec.parallelism: task processes of this run at once
    int m_processesRunning = 0;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    QSet<QString> m_noted;
    QHash<QString, QList<SyncLocks::Lock>> m_templateLocks;  // by component key
};

} // namespace ps
