#include "nativereader.h"

#include "nativewriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(NativeReader)
};

const QSet<QString> kPipelineKeys{
    QStringLiteral("format"), QStringLiteral("schemaVersion"), QStringLiteral("kind"), QStringLiteral("name"),
    QStringLiteral("displayName"), QStringLiteral("description"), QStringLiteral("parameters"),
    QStringLiteral("outputs"), QStringLiteral("schedule"), QStringLiteral("tasks"),
    QStringLiteral("outputBindings"), QStringLiteral("components"), QStringLiteral("extras")};
const QSet<QString> kComponentKeys{
    QStringLiteral("format"), QStringLiteral("schemaVersion"), QStringLiteral("kind"), QStringLiteral("key"),
    QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("description"), QStringLiteral("inputs"),
    QStringLiteral("outputs"), QStringLiteral("implementation"), QStringLiteral("extras")};
const QSet<QString> kTaskKeys{
    QStringLiteral("name"), QStringLiteral("displayName"), QStringLiteral("component"),
    QStringLiteral("exitHandler"), QStringLiteral("position"), QStringLiteral("inputs"), QStringLiteral("after"),
    QStringLiteral("env"), QStringLiteral("secretEnv"), QStringLiteral("resources"), QStringLiteral("retry"),
    QStringLiteral("timeoutSeconds"), QStringLiteral("caching"), QStringLiteral("volumes"),
    QStringLiteral("nodeSelector"), QStringLiteral("condition"), QStringLiteral("loop"), QStringLiteral("extras")};

VolumeMount::Source volumeSource(const QString &name, bool *ok)
{
    static const QMap<QString, VolumeMount::Source> names{
        {QStringLiteral("emptyDir"), VolumeMount::Source::EmptyDir},
        {QStringLiteral("persistentVolumeClaim"), VolumeMount::Source::PersistentVolumeClaim},
        {QStringLiteral("configMap"), VolumeMount::Source::ConfigMap},
        {QStringLiteral("secret"), VolumeMount::Source::Secret},
        {QStringLiteral("hostPath"), VolumeMount::Source::HostPath},
        {QStringLiteral("other"), VolumeMount::Source::Other},
    };
    *ok = names.contains(name);
    return names.value(name, VolumeMount::Source::Other);
}

} // namespace

void NativeReader::read(const YAML::Node &document, LoadedFile *out)
{
    out->format = FileFormat::Native;
    const qint64 version = m_ctx.integer(document, "schemaVersion", 0);
    if (version <= 0) {
        m_ctx.error(document, Tr::tr("'schemaVersion' is missing: this is not a Pipeline Studio file"));
        return;
    }
    if (version > NativeWriter::kSchemaVersion) {
        m_ctx.error(document["schemaVersion"],
                    Tr::tr("written by a newer Pipeline Studio (schema version %1; this one reads up to %2)")
                        .arg(version)
                        .arg(NativeWriter::kSchemaVersion));
        return;
    }
    const QString kind = m_ctx.string(document, "kind");
    if (kind == u"component") {
        out->kind = LoadedFile::Kind::Component;
        out->component = readComponent(document, m_ctx.string(document, "key"));
    } else if (kind == u"pipeline" || kind.isEmpty()) {
        out->kind = LoadedFile::Kind::Pipeline;
        out->pipeline = readPipeline(document);
    } else {
        m_ctx.error(document["kind"], Tr::tr("unknown kind '%1': expected 'pipeline' or 'component'").arg(kind));
        return;
    }
    out->readable = true;
}

Pipeline NativeReader::readPipeline(const YAML::Node &node)
{
    Pipeline p;
    p.name = m_ctx.string(node, "name");
    p.displayName = m_ctx.string(node, "displayName");
    p.description = m_ctx.string(node, "description");
    p.parameters = readPorts(node, "parameters");
    p.outputs = readPorts(node, "outputs");
    if (const YAML::Node s = m_ctx.map(node, "schedule"); s.IsDefined()) {
        Schedule schedule;
        schedule.cron = m_ctx.requiredString(s, "cron");
        schedule.timezone = m_ctx.string(s, "timezone");
        if (s["concurrencyPolicy"].IsDefined())
            schedule.concurrencyPolicy = m_ctx.string(s, "concurrencyPolicy");
        schedule.startingDeadlineSeconds = m_ctx.integer(s, "startingDeadlineSeconds", 0);
        schedule.successfulJobsHistoryLimit = int(m_ctx.integer(s, "successfulJobsHistoryLimit", 0));
        schedule.failedJobsHistoryLimit = int(m_ctx.integer(s, "failedJobsHistoryLimit", 0));
        schedule.suspended = m_ctx.boolean(s, "suspended", false);
        p.schedule = schedule;
    }
    if (const YAML::Node comps = m_ctx.map(node, "components"); comps.IsDefined()) {
        for (const auto &kv : comps) {
            const QString key = yaml::toQString(kv.first);
            if (!kv.second.IsMap()) {
                m_ctx.error(kv.second, Tr::tr("component '%1' must be a map").arg(key));
                continue;
            }
            p.components.insert(key, readComponent(kv.second, key));
        }
    }
    readGraph(node, &p.root);
    p.extras = readExtras(node, kPipelineKeys);
    return p;
}

ComponentSpec NativeReader::readComponent(const YAML::Node &node, const QString &key)
{
    ComponentSpec c;
    c.key = key;
    c.location = m_ctx.where(node);
    readComponentBody(node, &c);
    c.extras = readExtras(node, kComponentKeys);
    return c;
}

void NativeReader::readComponentBody(const YAML::Node &node, ComponentSpec *c)
{
    c->name = m_ctx.string(node, "name");
    c->category = m_ctx.string(node, "category");
    c->description = m_ctx.string(node, "description");
    c->inputs = readPorts(node, "inputs");
    c->outputs = readPorts(node, "outputs");
    const YAML::Node impl = m_ctx.map(node, "implementation");
    if (!impl.IsDefined()) {
        m_ctx.error(node, Tr::tr("component '%1' has no implementation").arg(c->key));
        return;
    }
    Implementation &i = c->implementation;
    if (const YAML::Node body = m_ctx.map(impl, "container"); body.IsDefined()) {
        i.kind = Implementation::Kind::Container;
        i.image = m_ctx.string(body, "image");
        i.command = readCommandLine(body, "command");
        i.args = readCommandLine(body, "args");
        for (const auto &e : m_ctx.sequence(body, "env"))
            i.env.append({m_ctx.requiredString(e, "name"), m_ctx.string(e, "value")});
    } else if (const YAML::Node script = m_ctx.map(impl, "script"); script.IsDefined()) {
        i.kind = Implementation::Kind::Script;
        i.image = m_ctx.string(script, "image");
        i.interpreter = m_ctx.stringList(script, "interpreter");
        i.source = m_ctx.string(script, "source");
        for (const auto &e : m_ctx.sequence(script, "env"))
            i.env.append({m_ctx.requiredString(e, "name"), m_ctx.string(e, "value")});
    } else if (const YAML::Node graph = m_ctx.map(impl, "graph"); graph.IsDefined()) {
        i.kind = Implementation::Kind::Graph;
        readGraph(graph, &i.graph);
    } else if (const YAML::Node ref = m_ctx.map(impl, "reference"); ref.IsDefined()) {
        i.kind = Implementation::Kind::Reference;
        i.referenceUrl = m_ctx.string(ref, "url");
        i.referenceDigest = m_ctx.string(ref, "digest");
    } else if (const YAML::Node opaque = m_ctx.map(impl, "opaque"); opaque.IsDefined()) {
        i.kind = Implementation::Kind::Opaque;
        i.opaqueKind = m_ctx.string(opaque, "kind");
        i.opaque = m_ctx.json(opaque["definition"]).toObject();
    } else {
        m_ctx.error(impl, Tr::tr("the implementation must be one of container, script, graph, reference or opaque"));
    }
}

QList<PortSpec> NativeReader::readPorts(const YAML::Node &parent, const char *key)
{
    QList<PortSpec> ports;
    for (const auto &n : m_ctx.sequence(parent, key)) {
        if (!n.IsMap()) {
            m_ctx.error(n, Tr::tr("each entry of '%1' must be a map").arg(QLatin1String(key)));
            continue;
        }
        PortSpec port;
        port.location = m_ctx.where(n);
        port.name = m_ctx.requiredString(n, "name");
        port.type = readType(n["type"]);
        port.artifact = m_ctx.boolean(n, "artifact", false);
        port.optional = m_ctx.boolean(n, "optional", false);
        if (n["default"].IsDefined())
            port.defaultValue = m_ctx.json(n["default"]);
        port.path = m_ctx.string(n, "path");
        port.fromStdout = m_ctx.boolean(n, "fromStdout", false);
        port.description = m_ctx.string(n, "description");
        ports.append(port);
    }
    return ports;
}

TypeSpec NativeReader::readType(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return {};
    TypeSpec type;
    if (!node.IsScalar() || !TypeSpec::fromText(yaml::toQString(node), &type)) {
        m_ctx.error(node, Tr::tr("unknown type '%1'").arg(yaml::toQString(node)));
        return {};
    }
    return type;
}

void NativeReader::readGraph(const YAML::Node &node, Graph *graph)
{
    const YAML::Node tasks = m_ctx.sequence(node, "tasks");
    // Two passes: every task gets its id first, so bindings may name tasks declared later.
    std::vector<std::pair<TaskId, YAML::Node>> taskNodes;
    graph->reserve(graph->size() + qsizetype(tasks.size()));
    for (const auto &n : tasks) {
        if (!n.IsMap()) {
            m_ctx.error(n, Tr::tr("each task must be a map"));
            continue;
        }
        taskNodes.emplace_back(graph->addTask(readTaskShell(n)), n);
    }
    for (const auto &[id, n] : taskNodes)
        readTaskLinks(n, *graph, graph->task(id));
    if (const YAML::Node outs = m_ctx.map(node, "outputBindings"); outs.IsDefined()) {
        for (const auto &kv : outs)
            graph->outputs.insert(yaml::toQString(kv.first), readBinding(kv.second, *graph));
    }
}

Task NativeReader::readTaskShell(const YAML::Node &n)
{
    Task t;
    t.location = m_ctx.where(n);
    t.name = m_ctx.requiredString(n, "name");
    t.displayName = m_ctx.string(n, "displayName");
    t.component = m_ctx.requiredString(n, "component");
    if (m_ctx.boolean(n, "exitHandler", false))
        t.role = Task::Role::ExitHandler;
    if (const YAML::Node pos = m_ctx.sequence(n, "position"); pos.IsDefined()) {
        const QJsonValue x = yaml::scalarValue(pos[0]);
        const QJsonValue y = yaml::scalarValue(pos[1]);
        if (pos.size() != 2 || !x.isDouble() || !y.isDouble())
            m_ctx.error(pos, Tr::tr("'position' must be two numbers: [x, y]"));
        else
            t.position = QPointF(x.toDouble(), y.toDouble());
    }
    t.extras = readExtras(n, kTaskKeys);
    return t;
}

void NativeReader::readTaskLinks(const YAML::Node &n, const Graph &graph, Task *t)
{
    if (const YAML::Node inputs = m_ctx.map(n, "inputs"); inputs.IsDefined()) {
        for (const auto &kv : inputs)
            t->inputs.insert(yaml::toQString(kv.first), readBinding(kv.second, graph));
    }
    for (const auto &d : m_ctx.sequence(n, "after")) {
        const Task *up = graph.taskByName(yaml::toQString(d));
        if (!up)
            m_ctx.error(d, Tr::tr("'after' names unknown task '%1'").arg(yaml::toQString(d)));
        else
            t->dependencies.append(up->id);
    }
    readSettings(n, graph, &t->settings);
}

void NativeReader::readSettings(const YAML::Node &n, const Graph &graph, TaskSettings *s)
{
    for (const auto &e : m_ctx.sequence(n, "env"))
        s->env.append({m_ctx.requiredString(e, "name"), m_ctx.string(e, "value")});
    for (const auto &e : m_ctx.sequence(n, "secretEnv"))
        s->secretEnv.append({m_ctx.requiredString(e, "name"), m_ctx.requiredString(e, "secret"),
                             m_ctx.requiredString(e, "key")});
    if (const YAML::Node r = m_ctx.map(n, "resources"); r.IsDefined()) {
        s->resources.cpuRequest = m_ctx.string(r, "cpuRequest");
        s->resources.cpuLimit = m_ctx.string(r, "cpuLimit");
        s->resources.memoryRequest = m_ctx.string(r, "memoryRequest");
        s->resources.memoryLimit = m_ctx.string(r, "memoryLimit");
        s->resources.gpuLimit = m_ctx.string(r, "gpuLimit");
        if (r["gpuResource"].IsDefined())
            s->resources.gpuResource = m_ctx.string(r, "gpuResource");
    }
    if (const YAML::Node r = m_ctx.map(n, "retry"); r.IsDefined()) {
        s->retry.limit = int(m_ctx.integer(r, "limit", 0));
        s->retry.retryOn = m_ctx.string(r, "retryOn");
        s->retry.backoffDuration = m_ctx.string(r, "backoffDuration");
        s->retry.backoffFactor = m_ctx.number(r, "backoffFactor", 0);
        s->retry.backoffMaxDuration = m_ctx.string(r, "backoffMaxDuration");
    }
    s->timeoutSeconds = m_ctx.integer(n, "timeoutSeconds", 0);
    s->cachingEnabled = m_ctx.boolean(n, "caching", true);
    for (const auto &v : m_ctx.sequence(n, "volumes")) {
        VolumeMount mount;
        mount.name = m_ctx.requiredString(v, "name");
        mount.mountPath = m_ctx.requiredString(v, "mountPath");
        bool ok = true;
        mount.source = volumeSource(m_ctx.string(v, "source"), &ok);
        if (!ok)
            m_ctx.error(v["source"], Tr::tr("unknown volume source '%1'").arg(m_ctx.string(v, "source")));
        mount.reference = m_ctx.string(v, "reference");
        mount.subPath = m_ctx.string(v, "subPath");
        mount.readOnly = m_ctx.boolean(v, "readOnly", false);
        if (v["definition"].IsDefined())
            mount.other = m_ctx.json(v["definition"]).toObject();
        s->volumes.append(mount);
    }
    if (const YAML::Node sel = m_ctx.map(n, "nodeSelector"); sel.IsDefined()) {
        for (const auto &kv : sel)
            s->nodeSelector.insert(yaml::toQString(kv.first), yaml::toQString(kv.second));
    }
    if (const YAML::Node c = m_ctx.map(n, "condition"); c.IsDefined()) {
        const QString dialect = m_ctx.string(c, "dialect");
        if (dialect == u"cel")
            s->condition.dialect = Condition::Dialect::KfpCel;
        else if (dialect != u"argo")
            m_ctx.error(c, Tr::tr("a condition's dialect must be 'argo' or 'cel'"));
        s->condition.text = m_ctx.requiredString(c, "text");
    }
    if (const YAML::Node l = m_ctx.map(n, "loop"); l.IsDefined()) {
        Loop &loop = s->loop;
        if (l["items"].IsDefined()) {
            loop.kind = Loop::Kind::Items;
            const QJsonValue items = m_ctx.json(l["items"]);
            if (!items.isArray())
                m_ctx.error(l["items"], Tr::tr("loop 'items' must be a list"));
            loop.items = items.toArray();
        } else if (l["over"].IsDefined()) {
            loop.kind = Loop::Kind::Parameter;
            loop.source = readBinding(l["over"], graph);
        } else if (const YAML::Node seq = m_ctx.map(l, "sequence"); seq.IsDefined()) {
            loop.kind = Loop::Kind::Sequence;
            loop.sequenceStart = m_ctx.string(seq, "start");
            loop.sequenceEnd = m_ctx.string(seq, "end");
            loop.sequenceCount = m_ctx.string(seq, "count");
            loop.sequenceFormat = m_ctx.string(seq, "format");
        } else {
            m_ctx.error(l, Tr::tr("a loop needs 'items', 'over' or 'sequence'"));
        }
        loop.parallelism = int(m_ctx.integer(l, "parallelism", 0));
    }
}

Binding NativeReader::readBinding(const YAML::Node &n, const Graph &graph)
{
    if (!n.IsMap()) {
        m_ctx.error(n, Tr::tr("a binding must be a map such as {value: 1}, {parameter: p} or {task: t, output: o}"));
        return {};
    }
    if (n["value"].IsDefined())
        return Binding::constantValue(m_ctx.json(n["value"]));
    if (n["parameter"].IsDefined())
        return Binding::pipelineParameter(m_ctx.string(n, "parameter"));
    if (n["task"].IsDefined()) {
        const QString name = m_ctx.string(n, "task");
        const Task *producer = graph.taskByName(name);
        if (!producer) {
            m_ctx.error(n, Tr::tr("unknown task '%1'").arg(name));
            return {};
        }
        return Binding::taskOutput(producer->id, m_ctx.requiredString(n, "output"));
    }
    if (n["item"].IsDefined())
        return Binding::loopItem(m_ctx.string(n, "item"));
    if (n["expression"].IsDefined())
        return Binding::fromExpression(m_ctx.string(n, "expression"));
    if (n["none"].IsDefined())
        return {};
    m_ctx.error(n, Tr::tr("a binding needs one of value, parameter, task, item or expression"));
    return {};
}

CommandLine NativeReader::readCommandLine(const YAML::Node &parent, const char *key)
{
    CommandLine line;
    for (const auto &n : m_ctx.sequence(parent, key))
        line.push_back(readCommandArg(n));
    return line;
}

CommandArg NativeReader::readCommandArg(const YAML::Node &n)
{
    if (n.IsScalar() || n.IsNull())
        return CommandArg::literal(yaml::toQString(n));
    if (!n.IsMap()) {
        m_ctx.error(n, Tr::tr("a command item must be text or a placeholder map"));
        return {};
    }
    if (n["inputValue"].IsDefined())
        return CommandArg::placeholder(CommandArg::Kind::InputValue, m_ctx.string(n, "inputValue"));
    if (n["inputPath"].IsDefined())
        return CommandArg::placeholder(CommandArg::Kind::InputPath, m_ctx.string(n, "inputPath"));
    if (n["outputPath"].IsDefined())
        return CommandArg::placeholder(CommandArg::Kind::OutputPath, m_ctx.string(n, "outputPath"));
    auto list = [this](const YAML::Node &parent, const char *k) {
        std::vector<CommandArg> items;
        for (const auto &item : m_ctx.sequence(parent, k))
            items.push_back(readCommandArg(item));
        return items;
    };
    if (n["concat"].IsDefined()) {
        CommandArg arg{CommandArg::Kind::Concat, {}, list(n, "concat"), {}};
        return arg;
    }
    if (n["ifPresent"].IsDefined())
        return {CommandArg::Kind::IfPresent, m_ctx.string(n, "ifPresent"), list(n, "then"), list(n, "else")};
    m_ctx.error(n, Tr::tr("unknown placeholder in command"));
    return {};
}

QJsonObject NativeReader::readExtras(const YAML::Node &node, const QSet<QString> &known)
{
    QJsonObject extras;
    if (const YAML::Node e = m_ctx.map(node, "extras"); e.IsDefined())
        extras = m_ctx.json(e).toObject();
    const QJsonObject unknown = m_ctx.unknownKeys(node, known);
    for (auto it = unknown.begin(); it != unknown.end(); ++it) {
        m_ctx.warning(node[it.key().toStdString()], Tr::tr("unknown key '%1' kept as written").arg(it.key()));
        extras.insert(it.key(), it.value());
    }
    return extras;
}

} // namespace ps
