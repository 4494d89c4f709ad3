// LocalRun, continued: what inputs, bindings, references, loop sources and `depends` resolve to in a scope.
#include "localrun.h"

#include "argoreader.h"
#include "argotemplatereader.h"
#include "memoizekey.h"
#include "placeholdertext.h"
#include "rundirectory.h"
#include "runlookups.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalRun)
};

bool failedPhase(TaskPhase p) { return p == TaskPhase::Failed || p == TaskPhase::Error; }

// Argo's withSequence format, as far as printf("%0Nd") goes.
QString formatted(const QString &format, qint64 i)
{
    static const QRegularExpression simple(QStringLiteral(R"(^([^%]*)%(0?)([0-9]*)d([^%]*)$)"));
    const QRegularExpressionMatch m = simple.match(format);
    if (!m.hasMatch())
        return QString::number(i);
    return m.captured(1) + QStringLiteral("%1").arg(qlonglong(i), m.captured(3).toInt(), 10, QChar(m.captured(2).isEmpty() ? u' ' : u'0')) + m.captured(4);
}

} // namespace

QString LocalRun::resolveInputs(int index, const ComponentSpec &component)
{
    // Bindings, then defaults.
    Invocation &inv = m_invocations[size_t(index)];
    const Scope &scope = m_scopes[size_t(inv.scope)];
    const Task &task = *scope.graph->task(inv.task);
    for (const PortSpec &port : component.inputs) {
        const Binding b = task.inputs.value(port.name);
        if (b.isSet()) {
            const BackendResult<QString> v = resolve(scope, b, inv.item);
            if (!v.ok())
                return Tr::tr("input '%1': %2").arg(port.name, v.error);
            inv.inputs.insert(port.name, v.value);
        } else if (port.hasDefault()) {
            inv.inputs.insert(port.name, runlookups::jsonText(port.defaultValue));
        }
        if (port.artifact && inv.inputs.contains(port.name) && !QFileInfo::exists(inv.inputs.value(port.name))) {
            // Literal artifact content (Argo `raw`, a constant): make it a file.
            const QString file = m_runDir + QStringLiteral("/inputs/") + RunDirectory::fileName(inv.nodeId) + u'/' + port.name;
            QDir().mkpath(QFileInfo(file).path());
            QFile f(file);
            if (f.open(QIODevice::WriteOnly))
                f.write(inv.inputs.value(port.name).toUtf8());
            inv.inputs.insert(port.name, file);
        }
    }
    return {};
}

BackendResult<LeafExecution::Spec> LocalRun::leafSpec(int index, const ComponentSpec *component) const
{
    const Invocation &inv = m_invocations[size_t(index)];
    const Scope &scope = m_scopes[size_t(inv.scope)];
    const Task &task = *scope.graph->task(inv.task);
    LeafExecution::Spec spec;
    spec.nodeId = inv.nodeId;
    spec.component = component;
    spec.settings = task.settings;
    spec.inputs = inv.inputs;
    spec.runDir = m_runDir;
    spec.caching = m_snapshot.cachingEnabled && task.settings.cachingEnabled;
    spec.workflow = [this](const QString &ref) { return workflowLookup(ref); };
    const QJsonObject memoize = component->extras.value(ArgoTemplateReader::extrasTemplateKey()).toObject()
                                    .value(QStringLiteral("memoize")).toObject();
    if (spec.caching && !memoize.isEmpty()) {
        // Argo's memoize: the outputs are kept under the key as resolved for this task.
        const BackendResult<QString> key = MemoizeKey::resolve(memoize, inv.inputs, [&](const QString &ref) { return scopeLookup(scope, inv.item, ref); });
        if (!key.ok())
            return BackendResult<LeafExecution::Spec>::failure(key.error);
        spec.memoizeKey = key.value;
        spec.memoizeMaxAge = MemoizeKey::maxAge(memoize);
    }
    return {spec, {}};
}

bool LocalRun::failureHandled(const Scope &scope, const Task &task, bool needRun) const
{
    for (const Task &t : scope.graph->tasks()) {
        const QString depends = t.extras.value(QStringLiteral("depends")).toString();
        if (depends.isEmpty() || !runlookups::dependsNames(depends).contains(task.name))
            continue;
        if (!depends.contains(task.name + QStringLiteral(".Failed")) && !depends.contains(task.name + QStringLiteral(".Errored"))
            && !depends.contains(u'|'))
            continue;
        if (!needRun)
            return true;
        const TaskPhase p = scope.states.value(t.id).phase;
        if (p != TaskPhase::Omitted && p != TaskPhase::Pending)
            return true;
    }
    return false;
}

BackendResult<bool> LocalRun::dependsSatisfied(const Scope &scope, const Task &task) const
{
    auto phaseOf = [&](const QString &name) -> std::optional<TaskPhase> {
        const Task *t = scope.graph->taskByName(name);
        if (!t)
            return std::nullopt;
        return scope.states.value(t->id).phase;
    };
    const QString depends = task.extras.value(QStringLiteral("depends")).toString();
    if (!depends.isEmpty())
        return runlookups::evaluateDepends(depends, phaseOf);
    for (TaskId up : scope.graph->upstreamOf(task.id)) {
        const Task *t = scope.graph->task(up);
        const TaskPhase p = scope.states.value(up).phase;
        if (!isSuccessful(p) && !(t && runlookups::continuesOn(t->extras, p)))
            return {false, {}};
    }
    return {true, {}};
}

BackendResult<QString> LocalRun::resolve(const Scope &scope, const Binding &b, const std::optional<QJsonValue> &item) const
{
    using R = BackendResult<QString>;
    switch (b.kind) {
    case Binding::Kind::None:
        return R::failure(Tr::tr("nothing is bound"));
    case Binding::Kind::Constant:
        return {runlookups::jsonText(b.constant), {}};
    case Binding::Kind::Parameter:
        if (scope.inputs.contains(b.parameter))
            return {scope.inputs.value(b.parameter), {}};
        return R::failure(Tr::tr("parameter '%1' has no value").arg(b.parameter));
    case Binding::Kind::TaskOutput: {
        const Task *t = scope.graph->task(b.task);
        const TaskState slot = scope.states.value(b.task);
        if (!t)
            return R::failure(Tr::tr("the producing task is missing"));
        if (!slot.outputs.contains(b.output))
            return R::failure(Tr::tr("task '%1' (%2) gave no output '%3'").arg(t->name, toString(slot.phase), b.output));
        return {slot.outputs.value(b.output), {}};
    }
    case Binding::Kind::LoopItem: {
        if (!item)
            return R::failure(Tr::tr("{{item}} is used outside a loop"));
        const std::optional<QJsonValue> v = runlookups::field(*item, b.itemField);
        if (!v)
            return R::failure(Tr::tr("the loop item has no field '%1'").arg(b.itemField));
        return {runlookups::jsonText(*v), {}};
    }
    case Binding::Kind::Expression:
        break;
    }
    if (b.expression.startsWith(u'{')) {
        const QJsonObject o = QJsonDocument::fromJson(b.expression.toUtf8()).object();
        const QJsonObject parameter = o.value(QStringLiteral("argoParameter")).toObject();
        const QJsonObject from = parameter.value(QStringLiteral("valueFrom")).toObject();
        if (from.contains(QStringLiteral("default")))
            return {runlookups::jsonText(from.value(QStringLiteral("default"))), {}};
        const QJsonObject final = o.value(QStringLiteral("kfpInput")).toObject().value(QStringLiteral("taskFinalStatus")).toObject();
        if (const Task *t = scope.graph->taskByName(final.value(QStringLiteral("producerTask")).toString()); t && !final.isEmpty()) {
            // KFP's PipelineTaskFinalStatus: how the task an exit handler follows ended.
            const TaskState state = scope.states.value(t->id);
            const RunNode *n = m_snapshot.node(state.nodeId);
            const bool failed = failedPhase(state.phase);
            const QJsonObject status{{QStringLiteral("state"), failed ? QStringLiteral("FAILED") : QStringLiteral("SUCCEEDED")},
                                     {QStringLiteral("pipelineJobResourceName"), m_snapshot.id},
                                     {QStringLiteral("pipelineTaskName"), t->name},
                                     {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), failed ? 1 : 0},
                                                                           {QStringLiteral("message"), n ? n->message : QString()}}}};
            return {QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Compact)), {}};
        }
        if (!o.isEmpty())
            return R::failure(Tr::tr("'%1' needs a cluster (config map, artifact repository or the like)").arg(b.expression.left(120)));
    }
    return PlaceholderText::substitute(b.expression, [&](const QString &ref) { return scopeLookup(scope, item, ref); });
}

std::optional<QString> LocalRun::scopeLookup(const Scope &scope, const std::optional<QJsonValue> &item, const QString &ref) const
{
    if (ref == u"item" || ref.startsWith(u"item.")) {
        if (!item)
            return std::nullopt;
        const auto v = runlookups::field(*item, ref.mid(5));
        return v ? std::optional<QString>(runlookups::jsonText(*v)) : std::nullopt;
    }
    static const QRegularExpression inputs(QStringLiteral(R"(^inputs\.(parameters|artifacts)\.([^.]+)(\.path)?$)"));
    if (const QRegularExpressionMatch m = inputs.match(ref); m.hasMatch()) {
        if (scope.inputs.contains(m.captured(2)))
            return scope.inputs.value(m.captured(2));
        return std::nullopt;
    }
    static const QRegularExpression tasks(
        QStringLiteral(R"(^(?:tasks|steps)\.([^.]+)\.(outputs\.result|outputs\.parameters|outputs\.parameters\.([^.]+)|outputs\.artifacts\.([^.]+)(?:\.path)?|status|exitCode|id|startedAt|finishedAt)$)"));
    if (const QRegularExpressionMatch m = tasks.match(ref); m.hasMatch()) {
        const Task *t = scope.graph->taskByName(m.captured(1));
        if (!t)
            return std::nullopt;
        const TaskState slot = scope.states.value(t->id);
        const QString what = m.captured(2);
        if (what == u"status")
            return toString(slot.phase);
        if (what == u"exitCode")
            return failedPhase(slot.phase) ? QStringLiteral("1") : QStringLiteral("0");
        if (what == u"id")
            return slot.nodeId;
        if (what == u"startedAt" || what == u"finishedAt") {
            const RunNode *n = m_snapshot.node(slot.nodeId);
            return n ? (what == u"startedAt" ? n->startedAt : n->finishedAt).toString(Qt::ISODate) : QString();
        }
        if (what == u"outputs.parameters")
            return parameterOutputs(scope, *t);
        const QString port = what == u"outputs.result" ? QStringLiteral("result") : !m.captured(3).isEmpty() ? m.captured(3) : m.captured(4);
        if (!slot.outputs.contains(port))
            return std::nullopt;
        return slot.outputs.value(port);
    }
    return workflowLookup(ref);
}

QString LocalRun::parameterOutputs(const Scope &scope, const Task &task) const
{
    // Argo: a step's output parameters as an object; a loop's as a list of them, one per iteration.
    const ComponentSpec *c = m_pipeline.component(task.component);
    auto object = [&](const QMap<QString, QString> &outputs) {
        QJsonObject o;
        for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
            const PortSpec *port = c ? c->output(it.key()) : nullptr;
            if (port && !port->artifact && !port->fromStdout)
                o.insert(it.key(), it.value());
        }
        return o;
    };
    const TaskState state = scope.states.value(task.id);
    if (!task.settings.loop.isSet())
        return QString::fromUtf8(QJsonDocument(object(state.outputs)).toJson(QJsonDocument::Compact));
    QJsonArray list;
    for (int index : state.invocations)
        list.append(object(m_invocations[size_t(index)].outputs));
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

std::optional<QString> LocalRun::workflowLookup(const QString &ref) const
{
    if (ref == u"workflow.name" || ref == u"workflow.uid")
        return m_snapshot.id;
    if (ref == u"workflow.namespace")
        return QStringLiteral("local");
    if (ref == u"workflow.serviceAccountName")
        return QStringLiteral("default");
    if (ref == u"workflow.status")
        return toString(m_mainPhase);
    if (ref == u"workflow.creationTimestamp")
        return m_snapshot.createdAt.toString(Qt::ISODate);
    if (ref == u"workflow.duration")
        return QString::number(m_snapshot.startedAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (ref == u"workflow.failures") {
        QJsonArray failures;
        for (const RunNode &n : m_snapshot.nodes)
            if (failedPhase(n.phase) && n.kind != RunNode::Kind::Loop)
                failures.append(QJsonObject{{QStringLiteral("displayName"), n.displayName},
                                            {QStringLiteral("message"), n.message},
                                            {QStringLiteral("phase"), toString(n.phase)}});
        return QString::fromUtf8(QJsonDocument(failures).toJson(QJsonDocument::Compact));
    }
    if (ref == u"workflow.parameters") {
        QJsonObject all;
        for (auto it = m_snapshot.parameters.cbegin(); it != m_snapshot.parameters.cend(); ++it)
            all.insert(it.key(), it.value());
        return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
    }
    const QString params = QStringLiteral("workflow.parameters.");
    if (ref.startsWith(params) && m_snapshot.parameters.contains(ref.mid(params.size())))
        return m_snapshot.parameters.value(ref.mid(params.size()));
    for (const QString &prefix : {QStringLiteral("workflow.outputs.parameters."), QStringLiteral("workflow.outputs.artifacts.")})
        if (ref.startsWith(prefix) && m_globals.contains(ref.mid(prefix.size())))
            return m_globals.value(ref.mid(prefix.size()));
    const QJsonObject metadata = m_pipeline.extras.value(ArgoReader::extrasMetadataKey()).toObject();
    for (const QString &kind : {QStringLiteral("labels"), QStringLiteral("annotations")}) {
        const QString prefix = QStringLiteral("workflow.%1.").arg(kind);
        if (ref.startsWith(prefix))
            return metadata.value(kind).toObject().value(ref.mid(prefix.size())).toString();
    }
    return std::nullopt;
}

BackendResult<QJsonArray> LocalRun::loopItems(const Scope &scope, const Task &task) const
{
    using R = BackendResult<QJsonArray>;
    const Loop &loop = task.settings.loop;
    auto fill = [&](const QString &text) { return PlaceholderText::substitute(text, [&](const QString &ref) {
                                               return scopeLookup(scope, std::nullopt, ref); }); };
    switch (loop.kind) {
    case Loop::Kind::None:
        return {};
    case Loop::Kind::Items:
        return {loop.items, {}};
    case Loop::Kind::Parameter: {
        const BackendResult<QString> text = resolve(scope, loop.source, std::nullopt);
        if (!text.ok())
            return R::failure(Tr::tr("the loop's list: %1").arg(text.error));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.value.toUtf8(), &error);
        if (!doc.isArray())
            return R::failure(Tr::tr("the loop's list is not a JSON list: %1").arg(text.value.left(200)));
        return {doc.array(), {}};
    }
    case Loop::Kind::Sequence: {
        const BackendResult<QString> count = fill(loop.sequenceCount), start = fill(loop.sequenceStart), end = fill(loop.sequenceEnd);
        for (const auto *r : {&count, &start, &end})
            if (!r->ok())
                return R::failure(r->error);
        bool ok = true;
        const qint64 first = start.value.isEmpty() ? 0 : start.value.trimmed().toLongLong(&ok);
        qint64 last = first;
        if (ok && !count.value.isEmpty()) {
            last = first + count.value.trimmed().toLongLong(&ok) - 1;
        } else if (ok) {
            last = end.value.trimmed().toLongLong(&ok);
        }
        if (!ok || std::abs(last - first) > 100000)
            return R::failure(Tr::tr("withSequence needs whole numbers (count %1, start %2, end %3)")
                                  .arg(count.value, start.value, end.value));
        QJsonArray items;
        const qint64 step = last >= first ? 1 : -1;
        for (qint64 i = first;; i += step) {
            items.append(formatted(loop.sequenceFormat, i));
            if (i == last)
                break;
        }
        return {items, {}};
    }
    }
    return {};
}

} // namespace ps
