#include "kfpirreader.h"

#include "kfpplaceholders.h"
#include "names.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KfpIrReader)
};

const QSet<QString> kTopKeys{QStringLiteral("pipelineInfo"), QStringLiteral("components"),
                             QStringLiteral("deploymentSpec"), QStringLiteral("root"),
                             QStringLiteral("schemaVersion"), QStringLiteral("sdkVersion")};
const QSet<QString> kTaskKeys{QStringLiteral("taskInfo"), QStringLiteral("componentRef"),
                              QStringLiteral("dependentTasks"), QStringLiteral("cachingOptions"),
                              QStringLiteral("inputs"), QStringLiteral("triggerPolicy"),
                              QStringLiteral("parameterIterator"), QStringLiteral("iteratorPolicy"),
                              QStringLiteral("retryPolicy")};

QString displayNameOfKey(const QString &key)
{
    return key.startsWith(u"comp-") ? key.mid(5) : key;
}

} // namespace

void KfpIrReader::read(const std::vector<YAML::Node> &documents, LoadedFile *out)
{
    const YAML::Node doc = documents.front();
    Pipeline &p = out->pipeline;
    out->format = FileFormat::KfpIr;
    const YAML::Node info = m_ctx.map(doc, "pipelineInfo");
    if (info.IsDefined()) {
        p.name = m_ctx.string(info, "name");
        p.displayName = m_ctx.string(info, "displayName");
        p.description = m_ctx.string(info, "description");
        // The name is the pipeline's identity on a KFP server (and the SDK always writes one).
        if (p.name.trimmed().isEmpty())
            m_ctx.error(info["name"].IsDefined() ? info["name"] : info, Tr::tr("'pipelineInfo' needs a 'name'"));
    } else {
        m_ctx.error(doc, Tr::tr("'pipelineInfo' is required"));
    }
    const QString schemaVersion = m_ctx.string(doc, "schemaVersion");
    if (schemaVersion.isEmpty())
        m_ctx.error(doc, Tr::tr("'schemaVersion' is required"));
    else if (!schemaVersion.startsWith(u"2."))
        m_ctx.error(doc["schemaVersion"], Tr::tr("unsupported IR schema version %1 (2.x is supported)").arg(schemaVersion));
    p.extras.insert(QStringLiteral("schemaVersion"), schemaVersion);
    if (doc["sdkVersion"].IsDefined())
        p.extras.insert(QStringLiteral("sdkVersion"), m_ctx.string(doc, "sdkVersion"));
    const QJsonObject rest = m_ctx.unknownKeys(doc, kTopKeys);
    for (auto it = rest.begin(); it != rest.end(); ++it)
        p.extras.insert(it.key(), it.value());
    for (size_t i = 1; i < documents.size(); ++i) {
        if (documents[i].IsMap() && documents[i]["platforms"].IsDefined())
            p.extras.insert(QStringLiteral("platforms"), m_ctx.json(documents[i]["platforms"]));
        else
            m_ctx.warning(documents[i], Tr::tr("extra YAML document kept as written"));
    }

    const YAML::Node executors = m_ctx.map(m_ctx.map(doc, "deploymentSpec"), "executors");
    const YAML::Node components = m_ctx.map(doc, "components");
    for (const auto &kv : components) {
        const QString key = yaml::toQString(kv.first);
        if (!kv.second.IsMap()) {
            m_ctx.error(kv.second, Tr::tr("component '%1' must be a map").arg(key));
            continue;
        }
        p.components.insert(key, readComponent(key, kv.second, executors));
    }
    // Sub-DAGs read their tasks only now that every component key is known.
    for (const auto &kv : components) {
        const QString key = yaml::toQString(kv.first);
        if (kv.second.IsMap() && kv.second["dag"].IsDefined())
            readDag(kv.second["dag"], &p.components[key].implementation.graph);
    }

    const YAML::Node root = m_ctx.map(doc, "root");
    if (!root.IsDefined()) {
        m_ctx.error(doc, Tr::tr("'root' is required: the pipeline's DAG"));
        return;
    }
    readDefinitions(root["inputDefinitions"], &p.parameters, false);
    readDefinitions(root["outputDefinitions"], &p.outputs, true);
    if (!root["dag"].IsDefined())
        m_ctx.error(root, Tr::tr("'root' has no 'dag'"));
    else
        readDag(root["dag"], &p.root);

    // Executor resources are per-task settings in the model.
    auto applyResources = [this](Graph &g) {
        for (const Task &t : g.tasks()) {
            if (m_executorResources.contains(t.component))
                g.task(t.id)->settings.resources = m_executorResources.value(t.component);
        }
    };
    applyResources(p.root);
    for (auto &c : p.components) {
        if (c.implementation.kind == Implementation::Kind::Graph)
            applyResources(c.implementation.graph);
    }

    out->readable = true;
    out->kind = LoadedFile::Kind::Pipeline;
    // A one-task file is what the SDK compiles a component to, and a one-step pipeline to:
    // it is shown and run as the pipeline it is, and offers its component to the palette.
    if (isSingleComponentFile(p)) {
        const Task &only = p.root.tasks().front();
        out->format = FileFormat::KfpComponentIr;
        out->component = p.components.value(only.component);
        out->component.key = names::sanitize(p.name.isEmpty() ? out->component.name : p.name);
        if (!p.description.isEmpty() && out->component.description.isEmpty())
            out->component.description = p.description;
        out->component.extras.insert(QStringLiteral("taskSettings"), QJsonObject{
            {QStringLiteral("cachingEnabled"), only.settings.cachingEnabled}});
    }
}

bool KfpIrReader::isSingleComponentFile(const Pipeline &p) const
{
    if (p.root.size() != 1)
        return false;
    const Task &t = p.root.tasks().front();
    const ComponentSpec *c = p.component(t.component);
    if (!c || c->implementation.kind == Implementation::Kind::Graph)
        return false;
    if (c->inputs.size() != p.parameters.size())
        return false;
    for (const PortSpec &in : c->inputs) {
        const Binding b = t.inputs.value(in.name);
        if (!p.parameter(in.name) || (t.inputs.contains(in.name) && !(b.kind == Binding::Kind::Parameter && b.parameter == in.name)))
            return false;
    }
    return true;
}

ComponentSpec KfpIrReader::readComponent(const QString &key, const YAML::Node &node, const YAML::Node &executors)
{
    ComponentSpec c;
    c.key = key;
    c.name = displayNameOfKey(key);
    c.location = m_ctx.where(node);
    readDefinitions(node["inputDefinitions"], &c.inputs, false);
    readDefinitions(node["outputDefinitions"], &c.outputs, true);
    const QString executorLabel = m_ctx.string(node, "executorLabel");
    if (node["dag"].IsDefined()) {
        c.implementation.kind = Implementation::Kind::Graph;
    } else if (!executorLabel.isEmpty()) {
        const YAML::Node executor = executors.IsDefined() ? executors[executorLabel.toStdString()] : YAML::Node();
        if (!executor.IsDefined()) {
            m_ctx.error(node["executorLabel"], Tr::tr("executor '%1' is not in deploymentSpec.executors").arg(executorLabel));
        } else {
            readExecutor(executor, &c);
        }
        c.extras.insert(QStringLiteral("executorLabel"), executorLabel);
    } else {
        m_ctx.error(node, Tr::tr("component '%1' needs 'dag' or 'executorLabel'").arg(key));
    }
    if (node["description"].IsDefined())
        c.description = m_ctx.string(node, "description");
    return c;
}

void KfpIrReader::readDefinitions(const YAML::Node &node, QList<PortSpec> *ports, bool outputs)
{
    if (!node.IsDefined() || node.IsNull())
        return;
    if (!node.IsMap()) {
        m_ctx.error(node, Tr::tr("definitions must be a map"));
        return;
    }
    for (const auto &kv : m_ctx.map(node, "parameters")) {
        const YAML::Node d = kv.second;
        PortSpec port;
        port.name = yaml::toQString(kv.first);
        port.location = m_ctx.where(kv.first);
        if (!d.IsMap()) {
            m_ctx.error(d, Tr::tr("parameter '%1' must be a map").arg(port.name));
            continue;
        }
        QString typeText = m_ctx.string(d, "parameterType");
        if (typeText.isEmpty())
            typeText = m_ctx.string(d, "type");
        if (!TypeSpec::fromKfpParameterType(typeText, &port.type))
            m_ctx.error(d, Tr::tr("parameter '%1' has unknown type '%2'").arg(port.name, typeText));
        port.optional = m_ctx.boolean(d, "isOptional", false);
        if (d["defaultValue"].IsDefined())
            port.defaultValue = m_ctx.json(d["defaultValue"]);
        port.description = m_ctx.string(d, "description");
        ports->append(port);
    }
    for (const auto &kv : m_ctx.map(node, "artifacts")) {
        const YAML::Node d = kv.second;
        PortSpec port;
        port.name = yaml::toQString(kv.first);
        port.location = m_ctx.where(kv.first);
        port.artifact = true;
        if (!d.IsMap()) {
            m_ctx.error(d, Tr::tr("artifact '%1' must be a map").arg(port.name));
            continue;
        }
        const YAML::Node type = m_ctx.map(d, "artifactType");
        const QString title = type.IsDefined() ? m_ctx.string(type, "schemaTitle") : QString();
        if (title.isEmpty())
            m_ctx.error(d, Tr::tr("artifact '%1' needs artifactType.schemaTitle").arg(port.name));
        port.type = TypeSpec::artifact(title, type.IsDefined() ? m_ctx.string(type, "schemaVersion") : QString(),
                                       m_ctx.boolean(d, "isArtifactList", false));
        port.optional = m_ctx.boolean(d, "isOptional", false);
        port.description = m_ctx.string(d, "description");
        ports->append(port);
    }
    Q_UNUSED(outputs);
}

void KfpIrReader::readExecutor(const YAML::Node &executor, ComponentSpec *c)
{
    Implementation &impl = c->implementation;
    const YAML::Node container = m_ctx.map(executor, "container");
    if (!container.IsDefined()) {
        // importer / resolver executors: not something the model runs itself.
        impl.kind = Implementation::Kind::Opaque;
        impl.opaqueKind = executor["importer"].IsDefined() ? QStringLiteral("importer")
                          : executor["resolver"].IsDefined() ? QStringLiteral("resolver")
                                                             : QStringLiteral("executor");
        impl.opaque = m_ctx.json(executor).toObject();
        return;
    }
    impl.kind = Implementation::Kind::Container;
    impl.image = m_ctx.requiredString(container, "image");
    for (const QString &s : m_ctx.stringList(container, "command"))
        impl.command.push_back(kfpplaceholders::parse(s));
    for (const QString &s : m_ctx.stringList(container, "args"))
        impl.args.push_back(kfpplaceholders::parse(s));
    for (const auto &e : m_ctx.sequence(container, "env"))
        impl.env.append({m_ctx.requiredString(e, "name"), m_ctx.string(e, "value")});
    if (const YAML::Node r = m_ctx.map(container, "resources"); r.IsDefined()) {
        Resources res;
        auto quantity = [&](const char *k) {
            const YAML::Node n = r[k];
            return n.IsDefined() && n.IsScalar() ? yaml::toQString(n) : QString();
        };
        res.cpuLimit = quantity("resourceCpuLimit");
        if (res.cpuLimit.isEmpty())
            res.cpuLimit = quantity("cpuLimit");
        res.cpuRequest = quantity("resourceCpuRequest");
        if (res.cpuRequest.isEmpty())
            res.cpuRequest = quantity("cpuRequest");
        res.memoryLimit = quantity("resourceMemoryLimit");
        if (res.memoryLimit.isEmpty())
            res.memoryLimit = quantity("memoryLimit");
        res.memoryRequest = quantity("resourceMemoryRequest");
        if (res.memoryRequest.isEmpty())
            res.memoryRequest = quantity("memoryRequest");
        if (const YAML::Node acc = m_ctx.map(r, "accelerator"); acc.IsDefined()) {
            QString type = m_ctx.string(acc, "resourceType");
            if (type.isEmpty())
                type = m_ctx.string(acc, "type");
            if (!type.isEmpty())
                res.gpuResource = type;
            res.gpuLimit = m_ctx.string(acc, "resourceCount");
            if (res.gpuLimit.isEmpty())
                res.gpuLimit = m_ctx.string(acc, "count");
        }
        m_executorResources.insert(c->key, res);
    }
    const QJsonObject rest = m_ctx.unknownKeys(container, {QStringLiteral("image"), QStringLiteral("command"),
                                                           QStringLiteral("args"), QStringLiteral("env"),
                                                           QStringLiteral("resources")});
    if (!rest.isEmpty())
        c->extras.insert(QStringLiteral("container"), rest);
}

void KfpIrReader::readDag(const YAML::Node &dag, Graph *graph)
{
    if (!dag.IsMap()) {
        m_ctx.error(dag, Tr::tr("'dag' must be a map"));
        return;
    }
    std::vector<std::pair<TaskId, YAML::Node>> pending;
    for (const auto &kv : m_ctx.map(dag, "tasks")) {
        const YAML::Node n = kv.second;
        Task t;
        t.name = yaml::toQString(kv.first);
        t.location = m_ctx.where(kv.first);
        if (!n.IsMap()) {
            m_ctx.error(n, Tr::tr("task '%1' must be a map").arg(t.name));
            continue;
        }
        if (const YAML::Node info = m_ctx.map(n, "taskInfo"); info.IsDefined()) {
            const QString shown = m_ctx.string(info, "name");
            if (shown != t.name)
                t.displayName = shown;
        }
        const YAML::Node ref = m_ctx.map(n, "componentRef");
        t.component = ref.IsDefined() ? m_ctx.requiredString(ref, "name") : QString();
        if (!ref.IsDefined())
            m_ctx.error(n, Tr::tr("task '%1' has no componentRef").arg(t.name));
        const YAML::Node caching = m_ctx.map(n, "cachingOptions");
        t.settings.cachingEnabled = caching.IsDefined() && m_ctx.boolean(caching, "enableCache", false);
        t.extras = m_ctx.unknownKeys(n, kTaskKeys);
        pending.emplace_back(graph->addTask(t), n);
    }
    for (const auto &[id, n] : pending)
        readTaskLinks(n, *graph, graph->task(id));

    if (const YAML::Node outs = m_ctx.map(dag, "outputs"); outs.IsDefined()) {
        for (const auto &kv : m_ctx.map(outs, "parameters")) {
            const YAML::Node from = kv.second.IsMap() ? kv.second["valueFromParameter"] : YAML::Node();
            if (from.IsDefined() && from.IsMap())
                graph->outputs.insert(yaml::toQString(kv.first), producer(from, "producerSubtask", "outputParameterKey", *graph));
            else
                graph->outputs.insert(yaml::toQString(kv.first), Binding::fromExpression(
                    QString::fromUtf8(QJsonDocument(m_ctx.json(kv.second).toObject()).toJson(QJsonDocument::Compact))));
        }
        for (const auto &kv : m_ctx.map(outs, "artifacts")) {
            const YAML::Node selectors = kv.second.IsMap() ? kv.second["artifactSelectors"] : YAML::Node();
            if (selectors.IsDefined() && selectors.IsSequence() && selectors.size() == 1 && selectors[0].IsMap())
                graph->outputs.insert(yaml::toQString(kv.first), producer(selectors[0], "producerSubtask", "outputArtifactKey", *graph));
            else
                graph->outputs.insert(yaml::toQString(kv.first), Binding::fromExpression(
                    QString::fromUtf8(QJsonDocument(m_ctx.json(kv.second).toObject()).toJson(QJsonDocument::Compact))));
        }
    }
}

void KfpIrReader::readTaskLinks(const YAML::Node &n, const Graph &graph, Task *t)
{
    for (const QString &dep : m_ctx.stringList(n, "dependentTasks")) {
        const Task *up = graph.taskByName(dep);
        if (!up)
            m_ctx.error(n["dependentTasks"], Tr::tr("task '%1' depends on unknown task '%2'").arg(t->name, dep));
        else if (!t->dependencies.contains(up->id))
            t->dependencies.append(up->id);
    }
    if (const YAML::Node inputs = m_ctx.map(n, "inputs"); inputs.IsDefined()) {
        for (const auto &kv : m_ctx.map(inputs, "parameters"))
            t->inputs.insert(yaml::toQString(kv.first), readParameterInput(kv.second, graph));
        for (const auto &kv : m_ctx.map(inputs, "artifacts"))
            t->inputs.insert(yaml::toQString(kv.first), readArtifactInput(kv.second, graph));
    }
    if (const YAML::Node trigger = m_ctx.map(n, "triggerPolicy"); trigger.IsDefined()) {
        const QString condition = m_ctx.string(trigger, "condition");
        if (!condition.isEmpty())
            t->settings.condition = {Condition::Dialect::KfpCel, condition};
        const QString strategy = m_ctx.string(trigger, "strategy");
        if (!strategy.isEmpty())
            t->extras.insert(QStringLiteral("triggerStrategy"), strategy);
        if (strategy == u"ALL_UPSTREAM_TASKS_COMPLETED") {
            // The compiled form of an exit handler: runs after the guarded sub-DAG, whatever its
            // outcome. A graph has one exit handler; the exit tasks of further dsl.ExitHandler
            // blocks stay ordinary tasks whose trigger strategy (kept) says the same.
            const bool hasOne = std::any_of(graph.tasks().begin(), graph.tasks().end(),
                                            [](const Task &other) { return other.role == Task::Role::ExitHandler; });
            for (TaskId d : t->dependencies) {
                const Task *up = graph.task(d);
                if (up && up->component.startsWith(u"comp-exit-handler") && !hasOne)
                    t->role = Task::Role::ExitHandler;
            }
        }
    }
    if (const YAML::Node it = m_ctx.map(n, "parameterIterator"); it.IsDefined()) {
        Loop &loop = t->settings.loop;
        const YAML::Node items = m_ctx.map(it, "items");
        if (items.IsDefined() && items["raw"].IsDefined()) {
            const QString raw = m_ctx.string(items, "raw");
            QJsonParseError error{};
            const QJsonDocument parsed = QJsonDocument::fromJson(raw.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !parsed.isArray())
                m_ctx.error(items["raw"], Tr::tr("loop items must be a JSON list: %1").arg(error.errorString()));
            loop.kind = Loop::Kind::Items;
            loop.items = parsed.array();
        } else if (items.IsDefined() && items["inputParameter"].IsDefined()) {
            // The list is one of the task's own inputs; loop over whatever feeds that input.
            const QString listInput = m_ctx.string(items, "inputParameter");
            loop.kind = Loop::Kind::Parameter;
            loop.source = t->inputs.value(listInput, Binding::pipelineParameter(listInput));
            t->extras.insert(QStringLiteral("iteratorInput"), listInput);
        } else {
            m_ctx.error(it, Tr::tr("parameterIterator needs items.raw or items.inputParameter"));
        }
        // The sub-DAG input named by itemInput receives each item.
        const QString itemInput = m_ctx.string(it, "itemInput");
        if (!itemInput.isEmpty())
            t->inputs.insert(itemInput, Binding::loopItem());
    }
    if (const YAML::Node it = m_ctx.map(n, "artifactIterator"); it.IsDefined()) {
        // ParallelFor over a list of artifacts: the same shape as over parameters.
        const YAML::Node items = m_ctx.map(it, "items");
        const QString listInput = items.IsDefined() ? m_ctx.string(items, "inputArtifact") : QString();
        if (listInput.isEmpty()) {
            m_ctx.error(it, Tr::tr("artifactIterator needs items.inputArtifact"));
        } else {
            t->settings.loop.kind = Loop::Kind::Parameter;
            t->settings.loop.source = t->inputs.value(listInput, Binding::pipelineParameter(listInput));
            t->extras.insert(QStringLiteral("iteratorInput"), listInput);
            t->extras.insert(QStringLiteral("iteratesArtifacts"), true);
        }
        const QString itemInput = m_ctx.string(it, "itemInput");
        if (!itemInput.isEmpty())
            t->inputs.insert(itemInput, Binding::loopItem());
    }
    if (const YAML::Node policy = m_ctx.map(n, "iteratorPolicy"); policy.IsDefined())
        t->settings.loop.parallelism = int(m_ctx.integer(policy, "parallelismLimit", 0));
    if (const YAML::Node retry = m_ctx.map(n, "retryPolicy"); retry.IsDefined()) {
        t->settings.retry.limit = int(m_ctx.integer(retry, "maxRetryCount", 0));
        t->settings.retry.backoffDuration = m_ctx.string(retry, "backoffDuration");
        t->settings.retry.backoffFactor = m_ctx.number(retry, "backoffFactor", 0);
        t->settings.retry.backoffMaxDuration = m_ctx.string(retry, "backoffMaxDuration");
    }
}

Binding KfpIrReader::producer(const YAML::Node &node, const char *taskKey, const char *outputKey, const Graph &graph)
{
    const QString producerName = m_ctx.requiredString(node, taskKey);
    const Task *up = graph.taskByName(producerName);
    if (!up) {
        m_ctx.error(node, Tr::tr("unknown producer task '%1'").arg(producerName));
        return {};
    }
    return Binding::taskOutput(up->id, m_ctx.requiredString(node, outputKey));
}

Binding KfpIrReader::readParameterInput(const YAML::Node &n, const Graph &graph)
{
    if (!n.IsMap()) {
        m_ctx.error(n, Tr::tr("a task input must be a map"));
        return {};
    }
    // A selector (e.g. parseJson(string_value)["a"]) picks part of the value: kept as written.
    if (n["parameterExpressionSelector"].IsDefined())
        return Binding::fromExpression(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("kfpInput"), m_ctx.json(n)}}).toJson(QJsonDocument::Compact)));
    if (n["componentInputParameter"].IsDefined())
        return Binding::pipelineParameter(m_ctx.string(n, "componentInputParameter"));
    if (const YAML::Node p = m_ctx.map(n, "taskOutputParameter"); p.IsDefined())
        return producer(p, "producerTask", "outputParameterKey", graph);
    if (const YAML::Node rv = m_ctx.map(n, "runtimeValue"); rv.IsDefined())
        return Binding::constantValue(m_ctx.json(rv["constant"]));
    // taskFinalStatus, parameterExpressionSelector and the like: kept as written.
    return Binding::fromExpression(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("kfpInput"), m_ctx.json(n)}}).toJson(QJsonDocument::Compact)));
}

Binding KfpIrReader::readArtifactInput(const YAML::Node &n, const Graph &graph)
{
    if (!n.IsMap()) {
        m_ctx.error(n, Tr::tr("a task input must be a map"));
        return {};
    }
    if (n["componentInputArtifact"].IsDefined())
        return Binding::pipelineParameter(m_ctx.string(n, "componentInputArtifact"));
    if (const YAML::Node a = m_ctx.map(n, "taskOutputArtifact"); a.IsDefined())
        return producer(a, "producerTask", "outputArtifactKey", graph);
    return Binding::fromExpression(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("kfpInput"), m_ctx.json(n)}}).toJson(QJsonDocument::Compact)));
}

} // namespace ps
