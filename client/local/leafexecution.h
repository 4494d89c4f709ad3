#pragma once

#include "componentspec.h"
#include "enginecontext.h"
#include "placeholdertext.h"
#include "runsnapshot.h"
#include "tasklauncher.h"
#include "tasksettings.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ps {

// One run of a container or script component for one node: cache lookup, the attempts
// (with retries and backoff), and the outputs it leaves. Records itself in the snapshot.
class LeafExecution : public QObject
{
    Q_OBJECT
public:
    struct Spec {
        QString nodeId;
        const ComponentSpec *component = nullptr;
        TaskSettings settings;
        QMap<QString, QString> inputs;      // resolved values; artifacts: a host file or folder
        QString runDir;
        bool caching = true;
        QString memoizeKey;                 // Argo `memoize`: the resolved key the outputs are kept under
        QString memoizeMaxAge;              // e.g. "10s"; empty: no limit
        PlaceholderText::Lookup workflow;   // workflow.*, for references inside the component
    };
    LeafExecution(Spec spec, const EngineContext *context, RunSnapshot *snapshot, QObject *parent = nullptr);
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    // Session id of the running attempt (0 when none), and its node.
    qint64 sessionId() const { return m_launcher ? m_launcher->sessionId() : 0; }
    QString runningNodeId() const { return m_attemptNode; }
    // Outputs once finished: parameter values, artifacts as host paths.
    QMap<QString, QString> outputs() const { return m_outputs; }
    TaskPhase phase() const { return m_phase; }
    QString message() const { return m_message; }

signals:
    void changed();
    void linesWritten(const QString &nodeId, const ps::LogLines &lines);
    void finished();

private:
    struct Prepared {
        QStringList command;
        QStringList shownCommand;
        QProcessEnvironment environment;
        QString error;
    };
    void startAttempt();
    Prepared prepare(const QString &attemptDir);
    QString sandboxPath(const PortSpec &port, bool input) const;
    QString hostPath(const QString &sandboxPath, const QString &attemptDir) const;
    void attemptFinished(const TaskLauncher::Outcome &outcome);
    // Whether Argo's retry expression (if any) asks for another attempt; if it cannot be
    // evaluated, no, and `message` says why.
    bool retryWanted(const TaskLauncher::Outcome &outcome, TaskPhase phase, QString *message) const;
    QString collectOutputs(const QByteArray &stdoutText, const QString &attemptDir);
    void finish(TaskPhase phase, const QString &message);
    QString cacheKey() const;
    RunNode *node(const QString &id) { return m_snapshot->node(id); }

    Spec m_spec;
    const EngineContext *m_context;
    RunSnapshot *m_snapshot;
    QPointer<TaskLauncher> m_launcher;
    QTimer m_backoff;
    QString m_attemptNode;
    int m_attempt = 0;
    bool m_sandboxed = false;
    bool m_cancelled = false;
    bool m_finished = false;
    TaskPhase m_phase = TaskPhase::Pending;
    QString m_message;
    QMap<QString, QString> m_outputs;
};

} // namespace ps
