#pragma once

#include "enginecontext.h"
#include "leafexecution.h"
#include "runadmission.h"
#include "pipeline.h"
#include "runsnapshot.h"

#include <QHash>
#include <QSet>
#include <QJsonValue>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace ps {

// One run of a pipeline on this machine: walks the graph as tasks finish, expands loops and
// sub-pipelines as it meets them, starts queued tasks when RunAdmission lets them (limits,
// locks), runs the exit handler, and keeps the snapshot up to date.
class LocalRun : public QObject
{
    Q_OBJECT
public:
    LocalRun(Pipeline pipeline, RunSnapshot snapshot, QString runDir, EngineContext *context, QObject *parent = nullptr);
    ~LocalRun() override;
    // `reuse`: outputs of nodes that succeeded in an earlier pass of this run (retry).
    void start(const QHash<QString, QMap<QString, QString>> &reuse = {});
    // Starts queued tasks while the engine has room for them.
    void pump();
    void cancel();
    const RunSnapshot &snapshot() const { return m_snapshot; }
    const Pipeline &pipeline() const { return m_pipeline; }
    QString runDir() const { return m_runDir; }
    bool isFinished() const { return isFinished(m_snapshot.phase); }
    // The running processes: node id → session id.
    QHash<QString, qint64> runningSessions() const;
    // Records what a node's processes used (UsageSampler, once they ended).
    void setUsage(const QString &nodeId, const UsageSummary &usage);

signals:
    void changed();
    void linesWritten(const QString &nodeId, const ps::LogLines &lines);
    void finished();
    // A task process ended or a lock was given back: other runs may start one.
    void capacityFreed();
    // A line for the user about how the engine runs this pipeline.
    void notice(const QString &text);

private:
    struct TaskState {
        bool decided = false;
        TaskPhase phase = TaskPhase::Pending;
        QString nodeId;
        QList<int> invocations;
        QMap<QString, QString> outputs;
    };
    struct Scope {
        const Graph *graph = nullptr;
        QString graphKey;
        QString prefix;       // node id prefix of its tasks
        QString parentNode;
        QMap<QString, QString> inputs;
        QHash<TaskId, TaskState> states;
        int owner = -1;       // the invocation that waits for it; -1: the root
        int depth = 0;
        bool failFast = true;
        bool finished = false;
        int parallelism = 0;    // Argo's template-level parallelism: direct children at once; 0: no limit
        int running = 0;        // its invocations running now
        QSet<TaskId> targets;   // dag.target and what it needs; empty: every task runs
    };
    struct Invocation {
        int scope = -1;
        TaskId task;
        QString nodeId;
        std::optional<QJsonValue> item;
        TaskPhase phase = TaskPhase::Pending;
        QString message;
        QMap<QString, QString> outputs;
        QMap<QString, QString> inputs;
        LeafExecution *leaf = nullptr;
        LeafExecution *hook = nullptr;  // its onExit, once started
        int childScope = -1;
    };

    static bool isFinished(RunPhase p) { return ps::isFinished(p); }
    int addScope(const Graph *graph, const QString &graphKey, const QString &parentNode, QMap<QString, QString> inputs, int owner, int depth);
    void advance(int scopeIndex);
    bool decide(int scopeIndex, const Task &task);
    void startInvocation(int index);
    // What admission needs to know of a queued invocation.
    RunAdmission::Candidate candidate(int index) const;
    void begin(int index);
    void startGraph(int index);
    QString holder(int index) const { return m_snapshot.id + u'/' + m_invocations[size_t(index)].nodeId; }
    void invocationFinished(int index, TaskPhase phase, const QString &message);
    bool startHook(int index, TaskPhase phase, const QString &message);
    void slotFinished(int scopeIndex, TaskId task);
    void finishScope(int scopeIndex);
    void finishRun();
    void touch();
    // Whether a failure of `task` is dealt with by its graph (continueOn, a depends that asks for it).
    bool failureHandled(const Scope &scope, const Task &task, bool needRun) const;
    BackendResult<bool> dependsSatisfied(const Scope &scope, const Task &task) const;
    // Fills the invocation's inputs (bindings, then defaults; literal artifacts become files);
    // gives why one cannot be resolved, or "".
    QString resolveInputs(int index, const ComponentSpec &component);
    // What the invocation's task process needs (its memoize key resolved), or why not.
    BackendResult<LeafExecution::Spec> leafSpec(int index, const ComponentSpec *component) const;
    BackendResult<QString> resolve(const Scope &scope, const Binding &binding, const std::optional<QJsonValue> &item) const;
    std::optional<QString> scopeLookup(const Scope &scope, const std::optional<QJsonValue> &item, const QString &ref) const;
    std::optional<QString> workflowLookup(const QString &ref) const;
    QString parameterOutputs(const Scope &scope, const Task &task) const;
    BackendResult<QJsonArray> loopItems(const Scope &scope, const Task &task) const;

    Pipeline m_pipeline;
    RunSnapshot m_snapshot;
    QString m_runDir;
    EngineContext *m_context;
    QHash<QString, QMap<QString, QString>> m_reuse;
    std::vector<Scope> m_scopes;
    std::vector<Invocation> m_invocations;
    RunAdmission m_admission;
    bool m_cancelled = false;
    bool m_exitStarted = false;
    int m_exitInvocation = -1;
    RunPhase m_mainPhase = RunPhase::Running;
    QString m_mainMessage;
    QMap<QString, QString> m_globals;
    bool m_waitingForLock = false;   // the workflow's synchronization is held by another run
};

} // namespace ps
