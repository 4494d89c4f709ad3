#include "localrun.h"

#include "argoreader.h"
#include "argotemplatereader.h"
#include "graphalgorithms.h"
#include "placeholdertext.h"
#include "rundirectory.h"
#include "runnodeupdates.h"
#include "runlookups.h"
#include "taskcondition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalRun)
};

constexpr int kMaxDepth = 30;

bool failedPhase(TaskPhase p) { return p == TaskPhase::Failed || p == TaskPhase::Error; }

// The names of the tasks of `graph` that wait for each other in a cycle; empty when none do.
QString cycleOf(const Graph &graph) { return graphalgorithms::cyclicTaskNames(graph).join(QStringLiteral(", ")); }

} // namespace

LocalRun::LocalRun(Pipeline pipeline, RunSnapshot snapshot, QString runDir, EngineContext *context, QObject *parent)
    : QObject(parent), m_pipeline(std::move(pipeline)), m_snapshot(std::move(snapshot)), m_runDir(std::move(runDir)), m_context(context),
      m_admission(m_snapshot.id, &m_pipeline, context)
{
    connect(&m_admission, &RunAdmission::capacityFreed, this, &LocalRun::capacityFreed);
    connect(&m_admission, &RunAdmission::notice, this, &LocalRun::notice);
}

LocalRun::~LocalRun() = default;

void LocalRun::start(const QHash<QString, QMap<QString, QString>> &reuse)
{
    m_reuse = reuse;
    const QJsonObject spec = m_pipeline.extras.value(ArgoReader::extrasSpecKey()).toObject();
    if (QStringList names; !m_admission.admitRun(spec, &names)) {
        // Argo's workflow-level synchronization: wait, Pending, until the other holder is done.
        m_waitingForLock = true;
        m_snapshot.phase = RunPhase::Pending;
        m_snapshot.message = Tr::tr("waiting for %1 held by another run").arg(names.join(QStringLiteral(", ")));
        touch();
        return;
    }
    m_waitingForLock = false;
    m_snapshot.phase = RunPhase::Running;
    m_snapshot.message.clear();
    m_snapshot.finishedAt = {};
    if (!m_snapshot.startedAt.isValid())
        m_snapshot.startedAt = QDateTime::currentDateTimeUtc();
    QMap<QString, QString> inputs;
    for (const PortSpec &p : m_pipeline.parameters) {
        if (m_snapshot.parameters.contains(p.name))
            inputs.insert(p.name, m_snapshot.parameters.value(p.name));
        else if (p.hasDefault())
            inputs.insert(p.name, runlookups::jsonText(p.defaultValue));
    }
    m_snapshot.parameters = inputs;
    if (const QString cycle = cycleOf(m_pipeline.root); !cycle.isEmpty()) {
        m_mainPhase = RunPhase::Error;
        m_mainMessage = Tr::tr("the pipeline's tasks wait for each other in a cycle: %1").arg(cycle);
        finishRun();
        return;
    }
    addScope(&m_pipeline.root, QString(), QString(), inputs, -1, 0);
    touch();
    advance(0);
}

int LocalRun::addScope(const Graph *graph, const QString &graphKey, const QString &parentNode, QMap<QString, QString> inputs, int owner,
                       int depth)
{
    Scope s;
    s.graph = graph;
    s.graphKey = graphKey;
    s.parentNode = parentNode;
    s.prefix = parentNode.isEmpty() ? QString() : parentNode + u'/';
    s.inputs = std::move(inputs);
    s.owner = owner;
    s.depth = depth;
    const ComponentSpec *c = m_pipeline.component(graphKey);
    const QJsonObject dag = graphKey.isEmpty() ? m_pipeline.extras.value(QStringLiteral("argoEntryDag")).toObject()
                            : c                ? c->extras.value(QStringLiteral("argoDag")).toObject()
                                               : QJsonObject();
    s.failFast = dag.value(QStringLiteral("failFast")).toBool(true);
    const QJsonObject tmpl = graphKey.isEmpty() ? m_pipeline.extras.value(QStringLiteral("argoEntryTemplate")).toObject()
                             : c                ? c->extras.value(ArgoTemplateReader::extrasTemplateKey()).toObject()
                                                : QJsonObject();
    s.parallelism = tmpl.value(QStringLiteral("parallelism")).toInt();
    m_scopes.push_back(std::move(s));
    const QString target = dag.value(QStringLiteral("target")).toString();
    if (!target.trimmed().isEmpty()) {
        // Argo's dag.target: only the named tasks (space separated, placeholders allowed) and
        // what they need run; the others are omitted.
        Scope &added = m_scopes.back();
        const BackendResult<QString> names = PlaceholderText::substitute(
            target, [&](const QString &ref) { return scopeLookup(added, std::nullopt, ref); });
        QList<TaskId> pending;
        for (const QString &name : names.value.split(u' ', Qt::SkipEmptyParts))
            if (const Task *t = graph->taskByName(name))
                pending.append(t->id);
        while (!pending.isEmpty()) {
            const TaskId id = pending.takeLast();
            if (added.targets.contains(id))
                continue;
            added.targets.insert(id);
            pending.append(graph->upstreamOf(id));
        }
    }
    return int(m_scopes.size()) - 1;
}

void LocalRun::touch() { emit changed(); }

void LocalRun::advance(int scopeIndex)
{
    bool progress = true;
    while (progress && !m_scopes[scopeIndex].finished) {
        progress = false;
        for (const Task &task : m_scopes[scopeIndex].graph->tasks()) {
            if (task.role == Task::Role::ExitHandler || m_scopes[scopeIndex].states.value(task.id).decided)
                continue;
            if (decide(scopeIndex, task))
                progress = true;
        }
    }
    pump();
    Scope &scope = m_scopes[scopeIndex];
    if (scope.finished)
        return;
    for (const Task &task : scope.graph->tasks())
        if (task.role != Task::Role::ExitHandler && !ps::isFinished(scope.states.value(task.id).phase))
            return;
    finishScope(scopeIndex);
}

bool LocalRun::decide(int scopeIndex, const Task &task)
{
    Scope &scope = m_scopes[scopeIndex];
    if (!scope.targets.isEmpty() && !scope.targets.contains(task.id)) {
        TaskState &skipped = scope.states[task.id];
        skipped.decided = true;
        skipped.phase = TaskPhase::Omitted;   // not needed by dag.target: not run, no node
        return true;
    }
    for (TaskId up : scope.graph->upstreamOf(task.id))
        if (!ps::isFinished(scope.states.value(up).phase))
            return false;
    TaskState &slot = scope.states[task.id];
    slot.decided = true;
    slot.nodeId = scope.prefix + task.name;
    const bool loop = task.settings.loop.isSet();
    const ComponentSpec *component = m_pipeline.component(task.component);
    const bool graph = component && component->implementation.kind == Implementation::Kind::Graph;
    RunNodeUpdates::ensure(m_snapshot, slot.nodeId, scope.parentNode, task.name, task.displayName.isEmpty() ? task.name : task.displayName,
               loop ? RunNode::Kind::Loop : graph ? RunNode::Kind::Graph : RunNode::Kind::Task)
        .component = task.component;
    auto settle = [&](TaskPhase phase, const QString &message) {
        slot.phase = phase;
        RunNodeUpdates::setPhase(m_snapshot, slot.nodeId, phase, message);
        touch();
        return true;
    };
    if (m_cancelled)
        return settle(TaskPhase::Omitted, Tr::tr("not run: the run was cancelled"));
    if (scope.failFast) {
        for (const Task &other : scope.graph->tasks()) {
            const TaskPhase p = scope.states.value(other.id).phase;
            if (failedPhase(p) && !runlookups::continuesOn(other.extras, p) && !failureHandled(scope, other, false))
                return settle(TaskPhase::Omitted, Tr::tr("not run: task '%1' failed").arg(other.name));
        }
    }
    const BackendResult<bool> deps = dependsSatisfied(scope, task);
    if (!deps.ok())
        return settle(TaskPhase::Error, deps.error);
    if (!deps.value)
        return settle(TaskPhase::Omitted, Tr::tr("not run: what it depends on did not turn out as required"));
    QList<std::optional<QJsonValue>> items{std::nullopt};
    if (loop) {
        const BackendResult<QJsonArray> list = loopItems(scope, task);
        if (!list.ok())
            return settle(TaskPhase::Error, list.error);
        items.clear();
        for (const QJsonValue &v : list.value)
            items.append(v);
        if (items.isEmpty())
            return settle(TaskPhase::Succeeded, Tr::tr("the loop has no items"));
    }
    slot.phase = TaskPhase::Running;
    if (loop) // a single invocation's node stays Pending until it starts (limits, locks)
        RunNodeUpdates::setPhase(m_snapshot, slot.nodeId, TaskPhase::Running, QString());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Invocation inv;
        inv.scope = scopeIndex;
        inv.task = task.id;
        inv.item = items[i];
        inv.nodeId = loop ? QStringLiteral("%1(%2)").arg(slot.nodeId).arg(i) : slot.nodeId;
        if (loop) {
            const QString itemText = runlookups::jsonText(*items[i]);
            RunNodeUpdates::ensure(m_snapshot, inv.nodeId, slot.nodeId, task.name,
                       QStringLiteral("%1(%2:%3)").arg(task.name).arg(i).arg(itemText.left(40)),
                       graph ? RunNode::Kind::Graph : RunNode::Kind::Iteration)
                .component = task.component;
        }
        m_invocations.push_back(inv);
        slot.invocations.append(int(m_invocations.size()) - 1);
    }
    touch();
    const QList<int> invocations = slot.invocations;
    for (int index : invocations)
        startInvocation(index);
    return true;
}

void LocalRun::startInvocation(int index)
{
    Invocation &inv = m_invocations[size_t(index)];
    const Scope &scope = m_scopes[size_t(inv.scope)];
    const Task &task = *scope.graph->task(inv.task);
    const ComponentSpec *component = m_pipeline.component(task.component);
    if (!component) {
        invocationFinished(index, TaskPhase::Error, Tr::tr("the component '%1' is missing").arg(task.component));
        return;
    }
    if (const QString error = resolveInputs(index, *component); !error.isEmpty()) {
        invocationFinished(index, TaskPhase::Error, error);
        return;
    }
    if (RunNode *n = m_snapshot.node(inv.nodeId))
        n->inputs = inv.inputs;
    const TaskCondition::Verdict verdict = TaskCondition::evaluate(
        task.settings.condition, [&](const QString &ref) { return scopeLookup(scope, inv.item, ref); }, inv.inputs);
    if (verdict.kind != TaskCondition::Verdict::Kind::Run) {
        invocationFinished(index, verdict.kind == TaskCondition::Verdict::Kind::Skip ? TaskPhase::Skipped : TaskPhase::Error, verdict.message);
        return;
    }
    const Implementation &impl = component->implementation;
    if (impl.kind == Implementation::Kind::Graph) {
        if (scope.depth >= kMaxDepth) {
            invocationFinished(index, TaskPhase::Error,
                               Tr::tr("sub-pipelines nest deeper than %1 levels at '%2': a recursion that does not end").arg(kMaxDepth).arg(component->key));
            return;
        }
        if (const QString cycle = cycleOf(impl.graph); !cycle.isEmpty()) {
            invocationFinished(index, TaskPhase::Error,
                               Tr::tr("the tasks of sub-pipeline '%1' wait for each other in a cycle: %2").arg(component->key, cycle));
            return;
        }
        m_admission.enqueue(index); // it starts when its graph's parallelism and its locks allow
        pump();
        return;
    }
    if (impl.kind != Implementation::Kind::Container && impl.kind != Implementation::Kind::Script) {
        const QString what = impl.kind == Implementation::Kind::Opaque ? impl.opaqueKind : impl.referenceUrl;
        invocationFinished(index, TaskPhase::Error, Tr::tr("'%1' is a %2 template, which the local engine cannot run")
                                                        .arg(component->key, what));
        return;
    }
    if (m_reuse.contains(inv.nodeId)) {
        inv.outputs = m_reuse.value(inv.nodeId);
        if (RunNode *n = m_snapshot.node(inv.nodeId))
            n->outputs = inv.outputs;
        invocationFinished(index, TaskPhase::Succeeded, QString());
        return;
    }
    const BackendResult<LeafExecution::Spec> spec = leafSpec(index, component);
    if (!spec.ok()) {
        invocationFinished(index, TaskPhase::Error, spec.error);
        return;
    }
    inv.leaf = new LeafExecution(spec.value, m_context, &m_snapshot, this);
    connect(inv.leaf, &LeafExecution::changed, this, &LocalRun::touch);
    connect(inv.leaf, &LeafExecution::linesWritten, this, &LocalRun::linesWritten);
    connect(inv.leaf, &LeafExecution::finished, this, [this, index] {
        Invocation &done = m_invocations[size_t(index)];
        if (done.phase == TaskPhase::Running)
            m_admission.processEnded();
        done.outputs = done.leaf->outputs();
        invocationFinished(index, done.leaf->phase(), done.leaf->message());
        pump();
        emit capacityFreed();
    });
    m_admission.enqueue(index);
}

void LocalRun::pump()
{
    if (m_waitingForLock) {
        if (!isFinished())
            start(m_reuse);
        return;
    }
    m_admission.pump([this](int index) { return candidate(index); }, [this](int index) { begin(index); },
                     [this](int index, const QString &deadlock) {
                         RunNodeUpdates::setPhase(m_snapshot, m_invocations[size_t(index)].nodeId, TaskPhase::Error, deadlock);
                         invocationFinished(index, TaskPhase::Error, deadlock);
                     });
}

RunAdmission::Candidate LocalRun::candidate(int index) const
{
    const Invocation &inv = m_invocations[size_t(index)];
    const Scope &scope = m_scopes[size_t(inv.scope)];
    const Task &task = *scope.graph->task(inv.task);
    RunAdmission::Candidate c;
    c.process = inv.leaf != nullptr;
    c.scopeLimit = scope.parallelism;
    c.scopeRunning = scope.running;
    c.loopLimit = task.settings.loop.parallelism;
    if (c.loopLimit > 0)
        for (int other : scope.states.value(inv.task).invocations)
            c.loopBusy += m_invocations[size_t(other)].phase == TaskPhase::Running ? 1 : 0;
    c.component = task.component;
    c.holder = holder(index);
    // This run (workflow-level synchronization) and the invocations this one runs inside.
    c.enclosing.append(m_snapshot.id);
    for (int owner = scope.owner; owner >= 0; owner = m_scopes[size_t(m_invocations[size_t(owner)].scope)].owner)
        c.enclosing.append(holder(owner));
    return c;
}

void LocalRun::begin(int index)
{
    Invocation &inv = m_invocations[size_t(index)];
    inv.phase = TaskPhase::Running;
    ++m_scopes[size_t(inv.scope)].running;
    if (!inv.leaf) {
        startGraph(index);
        return;
    }
    m_admission.processStarted();
    inv.leaf->start();
}

void LocalRun::startGraph(int index)
{
    const Invocation &inv = m_invocations[size_t(index)];
    const Scope &scope = m_scopes[size_t(inv.scope)];
    const ComponentSpec *component = m_pipeline.component(scope.graph->task(inv.task)->component);
    const int depth = scope.depth + 1;
    const QString nodeId = inv.nodeId;
    RunNodeUpdates::setPhase(m_snapshot, nodeId, TaskPhase::Running, QString());
    const int child = addScope(&component->implementation.graph, component->key, nodeId, inv.inputs, index, depth);
    m_invocations[size_t(index)].childScope = child;
    touch();
    advance(child);
}

bool LocalRun::startHook(int index, TaskPhase phase, const QString &message)
{
    // Argo's `onExit` of a step or DAG task: runs once the task ended, whatever its outcome.
    Invocation &inv = m_invocations[size_t(index)];
    const Task &task = *m_scopes[size_t(inv.scope)].graph->task(inv.task);
    const QString name = task.extras.value(QStringLiteral("onExit")).toString();
    const ComponentSpec *hook = m_pipeline.component(name);
    if (name.isEmpty() || inv.hook || m_cancelled || phase == TaskPhase::Skipped || phase == TaskPhase::Omitted)
        return false;
    const QString id = inv.nodeId + QStringLiteral(".onExit");
    const RunNode *owner = m_snapshot.node(inv.nodeId);
    RunNodeUpdates::ensure(m_snapshot, id, owner ? owner->parentId : QString(), name, task.name + QStringLiteral(".onExit"), RunNode::Kind::Task).component = name;
    LeafExecution::Spec spec;
    spec.nodeId = id;
    spec.component = hook;
    spec.runDir = m_runDir;
    spec.caching = false;
    spec.workflow = [this](const QString &ref) { return workflowLookup(ref); };
    if (!hook || (hook->implementation.kind != Implementation::Kind::Container && hook->implementation.kind != Implementation::Kind::Script)) {
        RunNodeUpdates::setPhase(m_snapshot, id, TaskPhase::Error, Tr::tr("the exit hook '%1' is not a container or script template").arg(name));
        return false;
    }
    inv.hook = new LeafExecution(spec, m_context, &m_snapshot, this);
    connect(inv.hook, &LeafExecution::changed, this, &LocalRun::touch);
    connect(inv.hook, &LeafExecution::linesWritten, this, &LocalRun::linesWritten);
    connect(inv.hook, &LeafExecution::finished, this, [this, index, phase, message] { invocationFinished(index, phase, message); });
    inv.hook->start(); // outside the parallelism limit: it only follows a task that just freed its place
    return true;
}

void LocalRun::invocationFinished(int index, TaskPhase phase, const QString &message)
{
    if (startHook(index, phase, message))
        return;
    Invocation &inv = m_invocations[size_t(index)];
    if (inv.phase == TaskPhase::Running) {
        --m_scopes[size_t(inv.scope)].running;
        m_admission.release(holder(index));
    }
    inv.phase = phase;
    inv.message = message;
    const Scope &scope = m_scopes[size_t(inv.scope)];
    const Task &task = *scope.graph->task(inv.task);
    if (!inv.leaf)
        RunNodeUpdates::setPhase(m_snapshot, inv.nodeId, phase, message);
    if (RunNode *n = m_snapshot.node(inv.nodeId); n && (phase == TaskPhase::Succeeded || phase == TaskPhase::Cached))
        n->outputs = inv.outputs;
    // Global outputs (Argo globalName).
    if (const ComponentSpec *c = m_pipeline.component(task.component)) {
        const QJsonObject fields = c->extras.value(ArgoTemplateReader::extrasPortFieldsKey()).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString global = it.value().toObject().value(QStringLiteral("globalName")).toString();
            const QString port = it.key().section(u'.', 2);
            if (!global.isEmpty() && inv.outputs.contains(port))
                m_globals.insert(global, inv.outputs.value(port));
        }
    }
    touch();
    const QList<int> all = scope.states.value(inv.task).invocations;
    for (int other : all)
        if (!ps::isFinished(m_invocations[size_t(other)].phase))
            return;
    if (index == m_exitInvocation) {
        if (failedPhase(phase) && m_mainPhase == RunPhase::Succeeded) {
            m_mainPhase = RunPhase::Failed;
            m_mainMessage = Tr::tr("the exit handler failed: %1").arg(message);
        }
        finishRun();
        return;
    }
    slotFinished(inv.scope, inv.task);
}

void LocalRun::slotFinished(int scopeIndex, TaskId taskId)
{
    Scope &scope = m_scopes[size_t(scopeIndex)];
    TaskState &slot = scope.states[taskId];
    const Task &task = *scope.graph->task(taskId);
    TaskPhase phase = TaskPhase::Succeeded;
    QString message;
    bool allSkipped = true, anyCached = false, allCached = true;
    QMap<QString, QJsonArray> lists;
    for (int index : slot.invocations) {
        const Invocation &inv = m_invocations[size_t(index)];
        allSkipped = allSkipped && inv.phase == TaskPhase::Skipped;
        anyCached = anyCached || inv.phase == TaskPhase::Cached;
        allCached = allCached && inv.phase == TaskPhase::Cached;
        if (failedPhase(inv.phase) && phase != TaskPhase::Failed) {
            phase = inv.phase;
            message = inv.message;
        }
        for (auto it = inv.outputs.cbegin(); it != inv.outputs.cend(); ++it)
            lists[it.key()].append(runlookups::jsonValueOf(it.value()));
    }
    if (!failedPhase(phase))
        phase = allSkipped ? TaskPhase::Skipped : (allCached && anyCached) ? TaskPhase::Cached : TaskPhase::Succeeded;
    if (task.settings.loop.isSet()) {
        for (auto it = lists.cbegin(); it != lists.cend(); ++it)
            slot.outputs.insert(it.key(), QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)));
        if (failedPhase(phase))
            message = Tr::tr("an iteration failed: %1").arg(message);
    } else if (!slot.invocations.isEmpty()) {
        slot.outputs = m_invocations[size_t(slot.invocations.front())].outputs;
    }
    slot.phase = phase;
    if (task.settings.loop.isSet() || m_invocations[size_t(slot.invocations.front())].childScope >= 0 || !m_invocations[size_t(slot.invocations.front())].leaf)
        RunNodeUpdates::setPhase(m_snapshot, slot.nodeId, phase, message);
    if (RunNode *n = m_snapshot.node(slot.nodeId); n && task.settings.loop.isSet())
        n->outputs = slot.outputs;
    touch();
    advance(scopeIndex);
}

void LocalRun::finishScope(int scopeIndex)
{
    Scope &scope = m_scopes[size_t(scopeIndex)];
    if (scope.finished)
        return;
    scope.finished = true;
    TaskPhase phase = TaskPhase::Succeeded;
    QString message;
    for (const Task &task : scope.graph->tasks()) {
        const TaskPhase p = scope.states.value(task.id).phase;
        if (task.role == Task::Role::ExitHandler || !failedPhase(p) || runlookups::continuesOn(task.extras, p) || failureHandled(scope, task, true))
            continue;
        if (phase == TaskPhase::Succeeded) {
            phase = p;
            message = Tr::tr("task '%1' failed: %2").arg(task.name, m_snapshot.node(scope.states.value(task.id).nodeId)->message);
        }
    }
    if (m_cancelled) {
        phase = TaskPhase::Failed;
        message = Tr::tr("cancelled");
    }
    QMap<QString, QString> outputs;
    for (auto it = scope.graph->outputs.cbegin(); it != scope.graph->outputs.cend(); ++it) {
        const BackendResult<QString> v = resolve(scope, it.value(), std::nullopt);
        if (v.ok())
            outputs.insert(it.key(), v.value);
        else if (phase == TaskPhase::Succeeded) {
            phase = TaskPhase::Error;
            message = Tr::tr("output '%1': %2").arg(it.key(), v.error);
        }
    }
    if (scope.owner >= 0) {
        m_invocations[size_t(scope.owner)].outputs = outputs;
        invocationFinished(scope.owner, phase, message);
        return;
    }
    m_snapshot.outputs = outputs;
    m_mainPhase = phase == TaskPhase::Succeeded ? RunPhase::Succeeded : phase == TaskPhase::Error ? RunPhase::Error : RunPhase::Failed;
    m_mainMessage = message;
    const Task *exit = m_pipeline.exitHandler();
    if (!exit || m_cancelled || m_exitStarted) {
        finishRun();
        return;
    }
    m_exitStarted = true;
    TaskState &slot = scope.states[exit->id];
    slot.decided = true;
    slot.nodeId = exit->name;
    RunNodeUpdates::ensure(m_snapshot, slot.nodeId, QString(), exit->name, exit->name, RunNode::Kind::Task).component = exit->component;
    Invocation inv;
    inv.scope = scopeIndex;
    inv.task = exit->id;
    inv.nodeId = slot.nodeId;
    m_invocations.push_back(inv);
    m_exitInvocation = int(m_invocations.size()) - 1;
    slot.invocations.append(m_exitInvocation);
    startInvocation(m_exitInvocation);
    pump();
}

void LocalRun::finishRun()
{
    if (isFinished())
        return;
    m_snapshot.phase = m_mainPhase == RunPhase::Running ? RunPhase::Error : m_mainPhase;
    m_snapshot.message = m_mainMessage;
    if (m_cancelled) {
        m_snapshot.phase = RunPhase::Failed;
        m_snapshot.message = Tr::tr("cancelled");
    }
    for (auto it = m_globals.cbegin(); it != m_globals.cend(); ++it)
        m_snapshot.outputs.insert(it.key(), it.value());
    m_snapshot.finishedAt = QDateTime::currentDateTimeUtc();
    m_waitingForLock = false;
    m_admission.runEnded();
    touch();
    emit finished();
}

void LocalRun::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_scopes.empty()) { // not started yet
        finishRun();
        return;
    }
    const QList<int> queued = m_admission.takeQueue();
    for (int index : queued) {
        if (LeafExecution *leaf = m_invocations[size_t(index)].leaf)
            leaf->cancel();
        else
            invocationFinished(index, TaskPhase::Failed, Tr::tr("cancelled"));
    }
    for (Invocation &inv : m_invocations)
        for (LeafExecution *leaf : {inv.leaf, inv.hook})
            if (leaf && !leaf->isFinished())
                leaf->cancel();
}

void LocalRun::setUsage(const QString &nodeId, const UsageSummary &usage)
{
    if (RunNode *n = m_snapshot.node(nodeId)) {
        n->usage = usage;
        emit changed();
    }
}

QHash<QString, qint64> LocalRun::runningSessions() const
{
    QHash<QString, qint64> sessions;
    for (const Invocation &inv : m_invocations)
        for (const LeafExecution *leaf : {inv.leaf, inv.hook})
            if (leaf && leaf->sessionId() > 0 && !leaf->isFinished())
                sessions.insert(leaf->runningNodeId(), leaf->sessionId());
    return sessions;
}

} // namespace ps
