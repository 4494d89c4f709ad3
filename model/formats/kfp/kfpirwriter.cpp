#include "kfpirwriter.h"

#include "argotocel.h"
#include "kfpexecutor.h"
#include "kfpplaceholders.h"
#include "portgroups.h"
#include "yamlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KfpIrWriter)
};

QString parameterType(const TypeSpec &t)
{
    const QString kfp = t.kfpParameterType();
    return kfp.isEmpty() ? QStringLiteral("STRING") : kfp;
}

QJsonObject artifactType(const TypeSpec &t)
{
    QJsonObject a{{QStringLiteral("schemaTitle"), t.isArtifact() ? t.name() : QStringLiteral("system.Artifact")}};
    a.insert(QStringLiteral("schemaVersion"), t.isArtifact() && !t.schemaVersion().isEmpty() ? t.schemaVersion() : QStringLiteral("0.0.1"));
    return a;
}

QJsonObject keptBinding(const Binding &b)
{
    if (b.kind != Binding::Kind::Expression || !b.expression.startsWith(u"{\"kfpInput\""))
        return {};
    return QJsonDocument::fromJson(b.expression.toUtf8()).object().value(u"kfpInput").toObject();
}

} // namespace

KfpIrWriter::Result KfpIrWriter::write(const Pipeline &pipeline)
{
    KfpIrWriter w(pipeline);
    for (const ComponentSpec &c : pipeline.components) {
        QJsonObject comp;
        const QJsonObject ins = w.definitions(c.inputs), outs = w.definitions(c.outputs);
        if (!ins.isEmpty())
            comp.insert(QStringLiteral("inputDefinitions"), ins);
        if (!outs.isEmpty())
            comp.insert(QStringLiteral("outputDefinitions"), outs);
        if (!c.description.isEmpty() && c.extras.contains(QStringLiteral("executorLabel")))
            comp.insert(QStringLiteral("description"), c.description);
        switch (c.implementation.kind) {
        case Implementation::Kind::Graph:
            comp.insert(QStringLiteral("dag"), w.dag(c.key, c.implementation.graph));
            break;
        case Implementation::Kind::Reference:
            w.m_diagnostics.append(Diagnostic::error(
                Tr::tr("component '%1' is only a reference (%2); load it before exporting").arg(c.name, c.implementation.referenceUrl),
                c.location));
            continue;
        default:
            comp.insert(QStringLiteral("executorLabel"), w.executorLabel(c));
            w.m_executors.insert(w.executorLabel(c), kfpExecutor(c));
            break;
        }
        w.m_components.insert(w.componentName(c.key), comp);
    }

    QJsonObject info{{QStringLiteral("name"), pipeline.name}};
    if (!pipeline.description.isEmpty())
        info.insert(QStringLiteral("description"), pipeline.description);
    if (!pipeline.displayName.isEmpty())
        info.insert(QStringLiteral("displayName"), pipeline.displayName);
    const Task *exit = pipeline.exitHandler();
    const bool nativeExit = exit && !exit->extras.contains(QStringLiteral("triggerStrategy"));
    QJsonObject root{{QStringLiteral("dag"), nativeExit ? w.rootWithExitHandler(*exit) : w.dag({}, pipeline.root)}};
    const QJsonObject ins = w.definitions(pipeline.parameters), outs = w.definitions(pipeline.outputs);
    if (!ins.isEmpty())
        root.insert(QStringLiteral("inputDefinitions"), ins);
    if (!outs.isEmpty())
        root.insert(QStringLiteral("outputDefinitions"), outs);

    QJsonObject doc{{QStringLiteral("pipelineInfo"), info}, {QStringLiteral("root"), root},
                    {QStringLiteral("schemaVersion"), pipeline.extras.value(u"schemaVersion").toString(QStringLiteral("2.1.0"))},
                    {QStringLiteral("sdkVersion"), pipeline.extras.value(u"sdkVersion").toString(QStringLiteral("pipeline-studio-0.1.0"))}};
    if (!w.m_components.isEmpty())
        doc.insert(QStringLiteral("components"), w.m_components);
    if (!w.m_executors.isEmpty())
        doc.insert(QStringLiteral("deploymentSpec"), QJsonObject{{QStringLiteral("executors"), w.m_executors}});
    if (pipeline.extras.contains(QStringLiteral("defaultPipelineRoot")))
        doc.insert(QStringLiteral("defaultPipelineRoot"), pipeline.extras.value(u"defaultPipelineRoot"));

    Result result;
    result.diagnostics = w.m_diagnostics;
    YAML::Emitter out;
    out << YAML::BeginDoc;
    yaml::emitJson(out, doc);
    QJsonObject platforms = pipeline.extras.value(u"platforms").toObject();
    if (!w.m_platformExecutors.isEmpty()) {
        QJsonObject k8s = platforms.value(u"kubernetes").toObject();
        QJsonObject deployment = k8s.value(u"deploymentSpec").toObject();
        QJsonObject executors = deployment.value(u"executors").toObject();
        for (auto it = w.m_platformExecutors.begin(); it != w.m_platformExecutors.end(); ++it)
            executors.insert(it.key(), it.value());
        deployment.insert(QStringLiteral("executors"), executors);
        k8s.insert(QStringLiteral("deploymentSpec"), deployment);
        platforms.insert(QStringLiteral("kubernetes"), k8s);
    }
    if (!platforms.isEmpty()) {
        out << YAML::BeginDoc;
        yaml::emitJson(out, QJsonObject{{QStringLiteral("platforms"), platforms}});
    }
    result.yaml = QByteArray("# PIPELINE DEFINITION\n# Name: ") + pipeline.name.toUtf8() + "\n"
                  + QByteArray(out.c_str(), qsizetype(out.size())).replace("---\n", "").replace("\n...", "") + '\n';
    // Two documents need their separator back.
    if (!platforms.isEmpty()) {
        const qsizetype at = result.yaml.lastIndexOf("platforms:");
        result.yaml.insert(at, "---\n");
    }
    return result;
}

QString KfpIrWriter::componentName(const QString &key) const
{
    return key.startsWith(u"comp-") ? key : QStringLiteral("comp-") + key;
}

QString KfpIrWriter::executorLabel(const ComponentSpec &c) const
{
    const QString kept = c.extras.value(u"executorLabel").toString();
    if (!kept.isEmpty())
        return kept;
    return QStringLiteral("exec-") + (c.key.startsWith(u"comp-") ? c.key.mid(5) : c.key);
}

QJsonObject KfpIrWriter::definitions(const QList<PortSpec> &ports) const
{
    QJsonObject params, artifacts;
    for (const PortSpec &p : ports) {
        if (p.artifact) {
            QJsonObject a{{QStringLiteral("artifactType"), artifactType(p.type)}};
            if (p.type.isList())
                a.insert(QStringLiteral("isArtifactList"), true);
            if (p.optional)
                a.insert(QStringLiteral("isOptional"), true);
            if (!p.description.isEmpty())
                a.insert(QStringLiteral("description"), p.description);
            artifacts.insert(p.name, a);
        } else {
            QJsonObject param{{QStringLiteral("parameterType"), parameterType(p.type)}};
            if (p.hasDefault())
                param.insert(QStringLiteral("defaultValue"), p.defaultValue);
            if (p.optional)
                param.insert(QStringLiteral("isOptional"), true);
            if (!p.description.isEmpty())
                param.insert(QStringLiteral("description"), p.description);
            params.insert(p.name, param);
        }
    }
    return parametersAndArtifacts(params, artifacts);
}

QJsonObject KfpIrWriter::dag(const QString &graphKey, const Graph &graph)
{
    QJsonObject tasks;
    const QSet<TaskId> outerWrapped = m_wrapped;
    m_wrapped.clear();
    for (const Task &t : graph.tasks()) {
        if (t.settings.condition.isSet() && t.settings.condition.dialect == Condition::Dialect::ArgoWhen)
            m_wrapped.insert(t.id);
    }
    for (const Task &t : graph.tasks()) {
        if (m_wrapped.contains(t.id))
            tasks.insert(QStringLiteral("condition-") + t.name, conditionWrapper(graphKey, graph, t));
        else
            tasks.insert(t.name, taskSpec(graphKey, graph, t));
    }
    for (auto it = graph.outputs.cbegin(); it != graph.outputs.cend(); ++it) {
        if (it->kind == Binding::Kind::TaskOutput && m_wrapped.contains(it->task))
            m_diagnostics.append(Diagnostic::error(
                Tr::tr("output '%1' comes from a conditional task; KFP needs a oneOf for that, which is not written yet").arg(it.key())));
    }
    m_wrapped = outerWrapped;
    QJsonObject d{{QStringLiteral("tasks"), tasks}};
    QJsonObject params, artifacts;
    for (auto it = graph.outputs.cbegin(); it != graph.outputs.cend(); ++it) {
        if (it->kind == Binding::Kind::Expression && it->expression.startsWith(u'{')) {
            // Selectors the model keeps as written (oneOf branches and the like).
            const QJsonObject kept = QJsonDocument::fromJson(it->expression.toUtf8()).object();
            (kept.contains(QStringLiteral("artifactSelectors")) ? artifacts : params).insert(it.key(), kept);
            continue;
        }
        const Task *producer = graph.task(it->task);
        if (it->kind != Binding::Kind::TaskOutput || !producer)
            continue;
        const ComponentSpec *pc = m_pipeline.component(producer->component);
        const PortSpec *out = pc ? pc->output(it->output) : nullptr;
        if (out && out->artifact)
            artifacts.insert(it.key(), QJsonObject{{QStringLiteral("artifactSelectors"),
                                                    QJsonArray{QJsonObject{{QStringLiteral("outputArtifactKey"), it->output},
                                                                           {QStringLiteral("producerSubtask"), producer->name}}}}});
        else
            params.insert(it.key(), QJsonObject{{QStringLiteral("valueFromParameter"),
                                                 QJsonObject{{QStringLiteral("outputParameterKey"), it->output},
                                                             {QStringLiteral("producerSubtask"), producer->name}}}});
    }
    if (const QJsonObject outputs = parametersAndArtifacts(params, artifacts); !outputs.isEmpty())
        d.insert(QStringLiteral("outputs"), outputs);
    return d;
}

QJsonObject KfpIrWriter::taskSpec(const QString &graphKey, const Graph &graph, const Task &t)
{
    if (t.role == Task::Role::ExitHandler && !t.extras.contains(QStringLiteral("triggerStrategy")) && !m_writingExit)
        // Only rootWithExitHandler may write it: plainly it would run first instead of last.
        error(t, Tr::tr("an exit handler belongs to the pipeline itself, not to a sub-pipeline"));
    QJsonObject spec{{QStringLiteral("taskInfo"), QJsonObject{{QStringLiteral("name"), t.displayName.isEmpty() ? t.name : t.displayName}}},
                     {QStringLiteral("componentRef"), QJsonObject{{QStringLiteral("name"), componentName(t.component)}}}};
    const ComponentSpec *c = m_pipeline.component(t.component);
    if (c && c->implementation.kind != Implementation::Kind::Graph)
        spec.insert(QStringLiteral("cachingOptions"), t.settings.cachingEnabled ? QJsonObject{{QStringLiteral("enableCache"), true}} : QJsonObject());
    QJsonArray deps;
    for (TaskId up : graph.upstreamOf(t.id)) {
        if (const Task *u = graph.task(up))
            deps.append(m_wrapped.contains(up) ? QStringLiteral("condition-") + u->name : u->name);
    }
    if (!deps.isEmpty())
        spec.insert(QStringLiteral("dependentTasks"), deps);
    for (auto it = t.inputs.cbegin(); it != t.inputs.cend(); ++it) {
        if (it->kind == Binding::Kind::TaskOutput && m_wrapped.contains(it->task) && it->task != t.id)
            error(t, Tr::tr("input '%1' uses an output of a conditional task; KFP needs a oneOf for that, which is not written yet").arg(it.key()));
    }

    QJsonObject params, artifacts;
    for (auto it = t.inputs.cbegin(); it != t.inputs.cend(); ++it) {
        if (it->kind == Binding::Kind::LoopItem)
            continue; // the iterator's itemInput, written below
        const QJsonObject kept = keptBinding(*it);
        const PortSpec *port = c ? c->input(it.key()) : nullptr;
        bool artifact = port && port->artifact;
        QJsonObject value;
        switch (it->kind) {
        case Binding::Kind::Constant:
            value = QJsonObject{{QStringLiteral("runtimeValue"), QJsonObject{{QStringLiteral("constant"), it->constant}}}};
            break;
        case Binding::Kind::Parameter: {
            const QList<PortSpec> *inputs = m_pipeline.graphInputs(graphKey);
            for (const PortSpec &p : inputs ? *inputs : QList<PortSpec>())
                artifact = p.name == it->parameter ? p.artifact : artifact;
            value = artifact ? QJsonObject{{QStringLiteral("componentInputArtifact"), it->parameter}}
                             : QJsonObject{{QStringLiteral("componentInputParameter"), it->parameter}};
            break;
        }
        case Binding::Kind::TaskOutput: {
            const Task *producer = graph.task(it->task);
            const ComponentSpec *pc = producer ? m_pipeline.component(producer->component) : nullptr;
            const PortSpec *out = pc ? pc->output(it->output) : nullptr;
            artifact = out ? out->artifact : artifact;
            const QString name = producer ? producer->name : QString();
            value = artifact ? QJsonObject{{QStringLiteral("taskOutputArtifact"),
                                            QJsonObject{{QStringLiteral("outputArtifactKey"), it->output}, {QStringLiteral("producerTask"), name}}}}
                             : QJsonObject{{QStringLiteral("taskOutputParameter"),
                                            QJsonObject{{QStringLiteral("outputParameterKey"), it->output}, {QStringLiteral("producerTask"), name}}}};
            break;
        }
        case Binding::Kind::Expression:
            if (kept.isEmpty()) {
                error(t, Tr::tr("input '%1' is an expression (%2) KFP cannot evaluate").arg(it.key(), it->expression));
                continue;
            }
            value = kept;
            artifact = kept.contains(QStringLiteral("taskOutputArtifact")) || kept.contains(QStringLiteral("componentInputArtifact"));
            break;
        default:
            continue;
        }
        (artifact ? artifacts : params).insert(it.key(), value);
    }
    if (const QJsonObject inputs = parametersAndArtifacts(params, artifacts); !inputs.isEmpty())
        spec.insert(QStringLiteral("inputs"), inputs);

    const Condition &cond = t.settings.condition;
    QJsonObject trigger;
    if (cond.isSet()) {
        if (cond.dialect == Condition::Dialect::KfpCel)
            trigger.insert(QStringLiteral("condition"), cond.text);
        // An Argo condition is the wrapper's (conditionWrapper), not the task's.
    }
    if (t.extras.contains(QStringLiteral("triggerStrategy")))
        trigger.insert(QStringLiteral("strategy"), t.extras.value(u"triggerStrategy"));
    if (!trigger.isEmpty())
        spec.insert(QStringLiteral("triggerPolicy"), trigger);

    const Loop &loop = t.settings.loop;
    // The reader binds the iterator's itemInput to the loop item; that input names it again.
    QString loopItemInput;
    for (auto it = t.inputs.cbegin(); it != t.inputs.cend() && loopItemInput.isEmpty(); ++it) {
        if (it->kind == Binding::Kind::LoopItem)
            loopItemInput = it.key();
    }
    if (loop.kind == Loop::Kind::Items) {
        spec.insert(QStringLiteral("parameterIterator"),
                    QJsonObject{{QStringLiteral("itemInput"), loopItemInput},
                                {QStringLiteral("items"), QJsonObject{{QStringLiteral("raw"), QString::fromUtf8(QJsonDocument(loop.items).toJson(QJsonDocument::Compact))}}}});
    } else if (loop.kind == Loop::Kind::Parameter) {
        const QString listInput = t.extras.value(u"iteratorInput").toString();
        if (listInput.isEmpty()) {
            error(t, Tr::tr("a KFP loop iterates over one of the task's own inputs; bind the list to an input first"));
        } else {
            const bool overArtifacts = t.extras.value(u"iteratesArtifacts").toBool();
            spec.insert(overArtifacts ? QStringLiteral("artifactIterator") : QStringLiteral("parameterIterator"),
                        QJsonObject{{QStringLiteral("itemInput"), loopItemInput},
                                    {QStringLiteral("items"), QJsonObject{{overArtifacts ? QStringLiteral("inputArtifact") : QStringLiteral("inputParameter"), listInput}}}});
        }
    } else if (loop.kind == Loop::Kind::Sequence) {
        error(t, Tr::tr("KFP has no sequence loops; use a list of items"));
    }
    if (loop.parallelism > 0)
        spec.insert(QStringLiteral("iteratorPolicy"), QJsonObject{{QStringLiteral("parallelismLimit"), loop.parallelism}});
    const RetryPolicy &r = t.settings.retry;
    if (r.limit > 0) {
        QJsonObject retry{{QStringLiteral("maxRetryCount"), r.limit}};
        if (!r.backoffDuration.isEmpty())
            retry.insert(QStringLiteral("backoffDuration"), r.backoffDuration);
        if (r.backoffFactor > 0)
            retry.insert(QStringLiteral("backoffFactor"), r.backoffFactor);
        if (!r.backoffMaxDuration.isEmpty())
            retry.insert(QStringLiteral("backoffMaxDuration"), r.backoffMaxDuration);
        spec.insert(QStringLiteral("retryPolicy"), retry);
    }
    // Kubernetes settings the IR keeps in the platforms document.
    if (c && c->implementation.kind != Implementation::Kind::Graph && (!t.settings.secretEnv.isEmpty() || !t.settings.volumes.isEmpty())) {
        QJsonObject platform = m_platformExecutors.value(executorLabel(*c)).toObject();
        QJsonArray secrets, pvcs;
        for (const SecretEnvVar &s : t.settings.secretEnv)
            secrets.append(QJsonObject{{QStringLiteral("secretName"), s.secretName},
                                       {QStringLiteral("keyToEnv"), QJsonArray{QJsonObject{{QStringLiteral("secretKey"), s.secretKey},
                                                                                            {QStringLiteral("envVar"), s.name}}}}});
        for (const VolumeMount &v : t.settings.volumes) {
            if (v.source == VolumeMount::Source::PersistentVolumeClaim)
                pvcs.append(QJsonObject{{QStringLiteral("constant"), v.reference}, {QStringLiteral("mountPath"), v.mountPath}});
        }
        if (!secrets.isEmpty())
            platform.insert(QStringLiteral("secretAsEnv"), secrets);
        if (!pvcs.isEmpty())
            platform.insert(QStringLiteral("pvcMount"), pvcs);
        if (!platform.isEmpty())
            m_platformExecutors.insert(executorLabel(*c), platform);
    }
    // Executor resources come from the task: the executor is the component's.
    if (c && c->implementation.kind != Implementation::Kind::Graph && !t.settings.resources.isEmpty()) {
        const Resources &res = t.settings.resources;
        QJsonObject exec = m_executors.value(executorLabel(*c)).toObject();
        QJsonObject container = exec.value(u"container").toObject();
        QJsonObject resources;
        if (!res.cpuLimit.isEmpty())
            resources.insert(QStringLiteral("resourceCpuLimit"), res.cpuLimit);
        if (!res.cpuRequest.isEmpty())
            resources.insert(QStringLiteral("resourceCpuRequest"), res.cpuRequest);
        if (!res.memoryLimit.isEmpty())
            resources.insert(QStringLiteral("resourceMemoryLimit"), res.memoryLimit);
        if (!res.memoryRequest.isEmpty())
            resources.insert(QStringLiteral("resourceMemoryRequest"), res.memoryRequest);
        if (!res.gpuLimit.isEmpty())
            resources.insert(QStringLiteral("accelerator"), QJsonObject{{QStringLiteral("resourceType"), res.gpuResource},
                                                                        {QStringLiteral("resourceCount"), res.gpuLimit}});
        container.insert(QStringLiteral("resources"), resources);
        exec.insert(QStringLiteral("container"), container);
        m_executors.insert(executorLabel(*c), exec);
    }
    for (auto it = t.extras.begin(); it != t.extras.end(); ++it) {
        static const QSet<QString> ours{QStringLiteral("triggerStrategy"), QStringLiteral("iteratorInput"),
                                        QStringLiteral("iteratesArtifacts"), QStringLiteral("artifactIterator")};
        // Kept IR task fields go back; other formats' leftovers do not belong in IR.
        if (!ours.contains(it.key()) && !it.key().startsWith(u"argo") && !it.key().startsWith(u"elyra") && it.key() != u"description"
            && it.key() != u"componentParameters" && it.key() != u"continueOn" && it.key() != u"hooks" && it.key() != u"depends")
            spec.insert(it.key(), it.value());
    }
    return spec;
}

QJsonObject KfpIrWriter::conditionWrapper(const QString &graphKey, const Graph &graph, const Task &t)
{
    auto typeOf = [&](const Binding &b) -> TypeSpec {
        if (b.kind == Binding::Kind::TaskOutput) {
            const Task *producer = graph.task(b.task);
            const ComponentSpec *pc = producer ? m_pipeline.component(producer->component) : nullptr;
            const PortSpec *out = pc ? pc->output(b.output) : nullptr;
            return out ? out->type : TypeSpec();
        }
        // Inside an exit-handler body a parameter arrives as its pipelinechannel.
        const QString prefix = QStringLiteral("pipelinechannel--");
        const QString name = b.parameter.startsWith(prefix) && graphKey.isEmpty() ? b.parameter.mid(prefix.size()) : b.parameter;
        const QList<PortSpec> *inputs = m_pipeline.graphInputs(graphKey);
        for (const PortSpec &p : inputs ? *inputs : QList<PortSpec>())
            if (p.name == name)
                return p.type;
        return {};
    };
    const ArgoToCel::Result cel = ArgoToCel::translate(t.settings.condition.text, graph, typeOf);
    if (!cel.error.isEmpty()) {
        error(t, Tr::tr("the Argo condition '%1' has no certain KFP translation: %2").arg(t.settings.condition.text, cel.error));
        return {};
    }
    // Channels: what the condition reads, and every input of the task that comes from outside.
    QList<ArgoToCel::Channel> channels = cel.channels;
    Task inner = t;
    inner.settings.condition = Condition();
    inner.dependencies.clear();
    auto channelFor = [&](const Binding &source) -> QString {
        const Task *producer = graph.task(source.task);
        const QString name = source.kind == Binding::Kind::TaskOutput
                                 ? QStringLiteral("pipelinechannel--%1-%2").arg(producer ? producer->name : QString(), source.output)
                             : source.parameter.startsWith(u"pipelinechannel--") ? source.parameter
                                                                                   : QStringLiteral("pipelinechannel--") + source.parameter;
        if (std::none_of(channels.begin(), channels.end(), [&](const ArgoToCel::Channel &c) { return c.name == name; }))
            channels.append({name, source, typeOf(source)});
        return name;
    };
    for (auto it = inner.inputs.begin(); it != inner.inputs.end(); ++it) {
        if (it->kind == Binding::Kind::TaskOutput || it->kind == Binding::Kind::Parameter)
            *it = Binding::pipelineParameter(channelFor(*it));
        else if (it->kind == Binding::Kind::LoopItem || it->kind == Binding::Kind::Expression)
            error(t, Tr::tr("input '%1' of a conditional task cannot be passed into KFP's condition sub-DAG yet").arg(it.key()));
    }
    // The sub-DAG: its inputs are the channels, its one task the conditional task.
    QList<PortSpec> channelPorts;
    for (const ArgoToCel::Channel &c : std::as_const(channels)) {
        PortSpec port;
        port.name = c.name;
        port.type = c.type;
        port.artifact = c.type.isArtifact();
        if (c.source.kind == Binding::Kind::TaskOutput) {
            const Task *producer = graph.task(c.source.task);
            const ComponentSpec *pc = producer ? m_pipeline.component(producer->component) : nullptr;
            const PortSpec *out = pc ? pc->output(c.source.output) : nullptr;
            port.artifact = out && out->artifact;
        }
        channelPorts.append(port);
    }
    Graph body;
    body.insertTask(0, inner);
    const QSet<TaskId> outer = m_wrapped;
    m_wrapped.clear();
    QJsonObject innerSpec = taskSpec(graphKey, body, inner);
    m_wrapped = outer;
    // Channel inputs of the inner task are the sub-DAG's own inputs.
    for (const char *group : {"parameters", "artifacts"}) {
        QJsonObject inputs = innerSpec.value(u"inputs").toObject();
        QJsonObject list = inputs.value(QLatin1String(group)).toObject();
        for (auto it = list.begin(); it != list.end(); ++it) {
            QJsonObject v = it.value().toObject();
            const QString channel = v.value(u"componentInputParameter").toString();
            const bool isArtifact = std::any_of(channelPorts.begin(), channelPorts.end(),
                                                [&](const PortSpec &p) { return p.name == channel && p.artifact; });
            if (!channel.isEmpty() && isArtifact)
                it.value() = QJsonObject{{QStringLiteral("componentInputArtifact"), channel}};
            else
                it.value() = v;
        }
    }
    const QString wrapperKey = QStringLiteral("comp-condition-") + t.name;
    QJsonObject wrapper{{QStringLiteral("dag"), QJsonObject{{QStringLiteral("tasks"), QJsonObject{{t.name, innerSpec}}}}}};
    const QJsonObject ins = definitions(channelPorts);
    if (!ins.isEmpty())
        wrapper.insert(QStringLiteral("inputDefinitions"), ins);
    m_components.insert(wrapperKey, wrapper);

    // The task in this graph: feeds the channels, waits for what the task waited for, carries the condition.
    Task outerTask;
    outerTask.id = t.id;
    outerTask.name = QStringLiteral("condition-") + t.name;
    for (const ArgoToCel::Channel &c : std::as_const(channels))
        outerTask.inputs.insert(c.name, c.source);
    QJsonObject spec = taskSpec(graphKey, graph, outerTask);
    spec.insert(QStringLiteral("componentRef"), QJsonObject{{QStringLiteral("name"), wrapperKey}});
    spec.insert(QStringLiteral("taskInfo"), QJsonObject{{QStringLiteral("name"), outerTask.name}});
    spec.remove(QStringLiteral("cachingOptions"));
    spec.insert(QStringLiteral("triggerPolicy"), QJsonObject{{QStringLiteral("condition"), cel.condition}});
    return spec;
}

QJsonObject KfpIrWriter::rootWithExitHandler(const Task &exit)
{
    const Graph &root = m_pipeline.root;
    const QString bodyKey = QStringLiteral("comp-exit-handler-1");
    // The guarded tasks, their pipeline parameters passed in as pipelinechannel inputs.
    Graph body;
    QList<PortSpec> channels;
    for (const Task &t : root.tasks()) {
        if (t.id == exit.id)
            continue;
        Task inner = t;
        auto channelFor = [&](const QString &parameter) {
            const QString channel = QStringLiteral("pipelinechannel--") + parameter;
            if (std::none_of(channels.begin(), channels.end(), [&](const PortSpec &p) { return p.name == channel; })) {
                PortSpec port = m_pipeline.parameter(parameter) ? *m_pipeline.parameter(parameter) : PortSpec();
                port.name = channel;
                port.defaultValue = QJsonValue::Undefined;
                port.optional = false;
                channels.append(port);
            }
            return channel;
        };
        for (auto it = inner.inputs.begin(); it != inner.inputs.end(); ++it) {
            if (it->kind == Binding::Kind::Parameter)
                *it = Binding::pipelineParameter(channelFor(it->parameter));
        }
        // Parameters an Argo condition reads reach the body the same way.
        if (inner.settings.condition.dialect == Condition::Dialect::ArgoWhen) {
            static const QRegularExpression param(QStringLiteral(R"(\{\{\s*(?:workflow|inputs)\.parameters\.([-A-Za-z0-9_]+)\s*\}\})"));
            QString text = inner.settings.condition.text;
            auto it = param.globalMatch(inner.settings.condition.text);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                text.replace(QStringLiteral("{{workflow.parameters.%1}}").arg(name),
                             QStringLiteral("{{inputs.parameters.%1}}").arg(channelFor(name)));
                text.replace(QStringLiteral("{{inputs.parameters.%1}}").arg(name),
                             QStringLiteral("{{inputs.parameters.%1}}").arg(channelFor(name)));
            }
            inner.settings.condition.text = text;
        }
        body.insertTask(body.size(), inner);
    }
    if (!root.outputs.isEmpty())
        error(exit, Tr::tr("pipeline outputs beside an exit handler are not written to KFP yet"));
    QJsonObject bodyComponent{{QStringLiteral("dag"), dag({}, body)}};
    const QJsonObject ins = definitions(channels);
    if (!ins.isEmpty())
        bodyComponent.insert(QStringLiteral("inputDefinitions"), ins);
    m_components.insert(bodyKey, bodyComponent);

    QJsonObject params;
    for (const PortSpec &c : std::as_const(channels))
        params.insert(c.name, QJsonObject{{QStringLiteral("componentInputParameter"), c.name.mid(QStringLiteral("pipelinechannel--").size())}});
    QJsonObject handler{{QStringLiteral("componentRef"), QJsonObject{{QStringLiteral("name"), bodyKey}}},
                        {QStringLiteral("taskInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("exit-handler-1")}}}};
    if (!params.isEmpty())
        handler.insert(QStringLiteral("inputs"), QJsonObject{{QStringLiteral("parameters"), params}});

    for (auto it = exit.inputs.cbegin(); it != exit.inputs.cend(); ++it) {
        if (it->kind == Binding::Kind::TaskOutput)
            error(exit, Tr::tr("the exit handler reads '%1' from a task it guards; KFP passes only the final status").arg(it.key()));
    }
    Graph exitOnly;
    exitOnly.insertTask(0, exit);
    m_writingExit = true;
    QJsonObject exitSpec = taskSpec({}, exitOnly, exit);
    m_writingExit = false;
    exitSpec.insert(QStringLiteral("dependentTasks"), QJsonArray{QStringLiteral("exit-handler-1")});
    QJsonObject trigger = exitSpec.value(u"triggerPolicy").toObject();
    trigger.insert(QStringLiteral("strategy"), QStringLiteral("ALL_UPSTREAM_TASKS_COMPLETED"));
    exitSpec.insert(QStringLiteral("triggerPolicy"), trigger);
    return QJsonObject{{QStringLiteral("tasks"), QJsonObject{{QStringLiteral("exit-handler-1"), handler}, {exit.name, exitSpec}}}};
}

void KfpIrWriter::error(const Task &task, const QString &message)
{
    Diagnostic d = Diagnostic::error(message, task.location);
    d.task = task.id;
    d.taskName = task.name;
    m_diagnostics.append(d);
}

} // namespace ps
