#include "elyrareader.h"

#include "names.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ElyraReader)
};

const QString kNotebook = QStringLiteral("execute-notebook-node");
const QString kPython = QStringLiteral("execute-python-node");
const QString kR = QStringLiteral("execute-r-node");
constexpr int kMaxSupernodeDepth = 16;

QString text(const YAML::Node &n)
{
    return n.IsDefined() && n.IsScalar() ? yaml::toQString(n) : QString();
}

YAML::Node child(const YAML::Node &n, const char *key)
{
    if (!n.IsDefined() || !n.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node c = n[key];
    return c.IsDefined() ? c : YAML::Node(YAML::NodeType::Undefined);
}

} // namespace

void ElyraReader::read(const YAML::Node &doc, LoadedFile *out)
{
    out->format = FileFormat::Elyra;
    out->kind = LoadedFile::Kind::Pipeline;
    const QString version = text(doc["version"]);
    if (!version.isEmpty() && !version.startsWith(u"3"))
        m_ctx.warning(doc["version"], Tr::tr("pipeline-flow version %1; this reader knows 3.0").arg(version));
    const YAML::Node flows = m_ctx.sequence(doc, "pipelines");
    if (!flows.IsDefined() || flows.size() == 0) {
        m_ctx.error(doc, Tr::tr("the file has no 'pipelines'"));
        return;
    }
    for (const auto &f : flows) {
        if (f.IsMap())
            m_flows.insert(text(f["id"]), f);
    }
    QString primary = text(doc["primary_pipeline"]);
    if (primary.isEmpty() || !m_flows.contains(primary)) {
        if (!primary.isEmpty())
            m_ctx.error(doc["primary_pipeline"], Tr::tr("primary_pipeline '%1' is not one of the pipelines").arg(primary));
        primary = text(flows[0]["id"]);
    }
    const YAML::Node flow = m_flows.value(primary);
    Pipeline &p = out->pipeline;
    const YAML::Node props = child(child(flow, "app_data"), "properties");
    p.name = names::sanitize(text(child(props, "name")).isEmpty() ? QStringLiteral("elyra-pipeline") : text(child(props, "name")));
    p.displayName = text(child(props, "name"));
    p.description = text(child(props, "description"));
    m_defaults = child(props, "pipeline_defaults");
    for (const auto &param : m_ctx.sequence(props, "pipeline_parameters")) {
        if (!param.IsMap()) {
            m_ctx.warning(param, Tr::tr("a pipeline parameter that is not a map is ignored"));
            continue;
        }
        PortSpec port;
        port.location = m_ctx.where(param);
        port.name = m_ctx.requiredString(param, "name");
        port.description = m_ctx.string(param, "description");
        const YAML::Node def = child(param, "default_value");
        const QString type = text(child(def, "type"));
        port.type = TypeSpec(type == u"Integer" ? TypeSpec::Kind::Integer
                             : type == u"Float" ? TypeSpec::Kind::Double
                             : type == u"Bool"  ? TypeSpec::Kind::Boolean
                                                : TypeSpec::Kind::String);
        if (child(def, "value").IsDefined())
            port.defaultValue = m_ctx.json(def["value"]);
        port.optional = !m_ctx.boolean(param, "required", false);
        p.parameters.append(port);
    }
    QJsonObject elyra;
    elyra.insert(QStringLiteral("runtime"), text(child(props, "runtime")));
    elyra.insert(QStringLiteral("runtime_type"), text(child(child(flow, "app_data"), "runtime_type")));
    if (const YAML::Node comments = child(child(child(flow, "app_data"), "ui_data"), "comments"); comments.IsDefined())
        elyra.insert(QStringLiteral("comments"), m_ctx.json(comments));
    if (m_defaults.IsDefined())
        elyra.insert(QStringLiteral("pipeline_defaults"), m_ctx.json(m_defaults));
    p.extras.insert(QStringLiteral("elyra"), elyra);
    readFlow(flow, &p.root, &p, 0);
    out->readable = true;
}

void ElyraReader::readFlow(const YAML::Node &flow, Graph *graph, Pipeline *p, int depth)
{
    QHash<QString, TaskId> byNodeId;
    std::vector<std::pair<TaskId, YAML::Node>> added;
    for (const auto &n : m_ctx.sequence(flow, "nodes")) {
        if (!n.IsMap()) {
            m_ctx.error(n, Tr::tr("each node must be a map"));
            continue;
        }
        const QString type = text(n["type"]);
        if (type == u"binding" || type == u"model_node")
            continue; // supernode port bindings: no work of their own
        const TaskId id = graph->addTask(readNode(n, *graph, p, depth));
        byNodeId.insert(text(n["id"]), id);
        added.emplace_back(id, n);
    }
    for (const auto &[id, n] : added) {
        for (const auto &port : m_ctx.sequence(n, "inputs")) {
            for (const auto &link : m_ctx.sequence(port, "links")) {
                const QString ref = text(child(link, "node_id_ref"));
                const auto it = byNodeId.constFind(ref);
                if (it == byNodeId.cend()) {
                    // Inside a supernode, links to its binding nodes lead outside the flow.
                    if (depth == 0)
                        m_ctx.error(link, Tr::tr("link from unknown node '%1'").arg(ref));
                    continue;
                }
                Task *t = graph->task(id);
                if (!t->dependencies.contains(*it))
                    t->dependencies.append(*it);
            }
        }
    }
}

Task ElyraReader::readNode(const YAML::Node &n, const Graph &graph, Pipeline *p, int depth)
{
    Task t;
    t.location = m_ctx.where(n);
    const YAML::Node appData = child(n, "app_data");
    const YAML::Node ui = child(appData, "ui_data");
    const YAML::Node params = child(appData, "component_parameters");
    QString label = text(child(ui, "label"));
    if (label.isEmpty())
        label = text(child(appData, "label"));
    if (label.isEmpty())
        label = text(child(params, "filename"));
    t.name = graph.uniqueName(names::sanitize(label.isEmpty() ? QStringLiteral("node") : label));
    if (t.name != label)
        t.displayName = label;
    const YAML::Node x = child(ui, "x_pos"), y = child(ui, "y_pos");
    if (x.IsDefined() && y.IsDefined())
        t.position = QPointF(text(x).toDouble(), text(y).toDouble());
    t.extras.insert(QStringLiteral("elyraNodeId"), text(n["id"]));
    if (const QString description = text(child(ui, "description")); !description.isEmpty())
        t.extras.insert(QStringLiteral("description"), description);

    const QString type = text(n["type"]);
    const QString op = text(n["op"]);
    if (type == u"super_node") {
        const QString ref = text(child(child(n, "subflow_ref"), "pipeline_id_ref"));
        const YAML::Node subflow = m_flows.value(ref, YAML::Node(YAML::NodeType::Undefined));
        if (!subflow.IsDefined() || depth >= kMaxSupernodeDepth) {
            m_ctx.error(n, Tr::tr("supernode '%1' refers to missing pipeline '%2'").arg(label, ref));
            return t;
        }
        ComponentSpec sub;
        sub.key = p->uniqueComponentKey(QStringLiteral("supernode-") + t.name);
        sub.name = label;
        sub.location = m_ctx.where(subflow);
        sub.implementation.kind = Implementation::Kind::Graph;
        readFlow(subflow, &sub.implementation.graph, p, depth + 1);
        p->components.insert(sub.key, sub);
        t.component = sub.key;
        return t;
    }
    if (op == kNotebook || op == kPython || op == kR) {
        t.component = genericComponent(op, params, p);
        readSettings(params, &t.settings);
        if (const QString file = text(child(params, "filename")); file.isEmpty())
            m_ctx.error(n, Tr::tr("node '%1' has no file to run").arg(label));
        return t;
    }
    // Catalog components are written "<catalog>:<id>"; anything else is not an operation Elyra knows.
    if (!op.contains(u':')) {
        m_ctx.error(n["op"].IsDefined() ? n["op"] : n, Tr::tr("node '%1': unsupported operation '%2'").arg(label, op));
        return t;
    }
    const QString key = QStringLiteral("elyra-") + names::sanitize(op);
    if (!p->components.contains(key)) {
        ComponentSpec ref;
        ref.key = key;
        ref.name = label;
        ref.category = QStringLiteral("Elyra catalog");
        ref.location = m_ctx.where(n);
        ref.implementation.kind = Implementation::Kind::Reference;
        ref.implementation.referenceUrl = op;
        p->components.insert(key, ref);
    }
    t.component = key;
    if (params.IsDefined())
        t.extras.insert(QStringLiteral("componentParameters"), m_ctx.json(params));
    readSettings(params, &t.settings);
    return t;
}

QString ElyraReader::genericComponent(const QString &op, const YAML::Node &params, Pipeline *p)
{
    const QString file = text(child(params, "filename"));
    QString image = text(child(params, "runtime_image"));
    if (image.isEmpty())
        image = text(child(m_defaults, "runtime_image"));
    ComponentSpec c;
    c.name = file;
    c.category = QStringLiteral("Elyra");
    c.implementation.kind = Implementation::Kind::Container;
    c.implementation.image = image;
    QStringList command;
    if (op == kNotebook)
        command = {QStringLiteral("jupyter"), QStringLiteral("nbconvert"), QStringLiteral("--to"), QStringLiteral("notebook"),
                   QStringLiteral("--execute"), QStringLiteral("--inplace"), file};
    else if (op == kPython)
        command = {QStringLiteral("python3"), file};
    else
        command = {QStringLiteral("Rscript"), file};
    for (const QString &part : command)
        c.implementation.command.push_back(CommandArg::literal(part));
    QJsonObject elyra{{QStringLiteral("op"), op}, {QStringLiteral("filename"), file}};
    for (const char *key : {"dependencies", "include_subdirectories", "outputs"}) {
        if (child(params, key).IsDefined())
            elyra.insert(QLatin1String(key), m_ctx.json(params[key]));
    }
    c.extras.insert(QStringLiteral("elyra"), elyra);
    // Nodes that run the same file in the same image share one component.
    const QString base = names::sanitize(file.section(u'/', -1).section(u'.', 0, 0));
    for (auto it = p->components.cbegin(); it != p->components.cend(); ++it) {
        ComponentSpec same = c;
        same.key = it.key();
        if (*it == same)
            return it.key();
    }
    c.key = p->uniqueComponentKey(base);
    p->components.insert(c.key, c);
    return c.key;
}

void ElyraReader::readSettings(const YAML::Node &params, TaskSettings *s)
{
    auto readList = [&](const YAML::Node &source) {
        for (const auto &e : m_ctx.sequence(source, "env_vars")) {
            const QString name = m_ctx.string(e, "env_var");
            if (!name.isEmpty() && std::none_of(s->env.begin(), s->env.end(), [&](const EnvVar &v) { return v.name == name; }))
                s->env.append({name, m_ctx.string(e, "value")});
        }
        for (const auto &e : m_ctx.sequence(source, "kubernetes_secrets"))
            s->secretEnv.append({m_ctx.string(e, "env_var"), m_ctx.string(e, "name"), m_ctx.string(e, "key")});
        for (const auto &v : m_ctx.sequence(source, "mounted_volumes")) {
            VolumeMount m;
            if (v.IsScalar()) {
                // Older files: "/mount/path=claim-name".
                const QString spec = yaml::toQString(v);
                m.mountPath = spec.section(u'=', 0, 0);
                m.reference = spec.section(u'=', 1);
            } else {
                m.reference = m_ctx.string(v, "pvc_name");
                m.mountPath = m_ctx.string(v, "path");
                m.subPath = m_ctx.string(v, "sub_path");
                m.readOnly = m_ctx.boolean(v, "read_only", false);
            }
            m.name = names::sanitize(m.reference);
            m.source = VolumeMount::Source::PersistentVolumeClaim;
            if (std::none_of(s->volumes.begin(), s->volumes.end(), [&](const VolumeMount &x) { return x.mountPath == m.mountPath; }))
                s->volumes.append(m);
        }
    };
    if (params.IsDefined() && params.IsMap())
        readList(params);
    if (m_defaults.IsDefined() && m_defaults.IsMap())
        readList(m_defaults); // defaults fill what the node does not set itself
    if (!params.IsDefined() || !params.IsMap())
        return;
    if (const QString cpu = text(params["cpu"]); !cpu.isEmpty())
        s->resources.cpuRequest = cpu;
    if (const QString memory = text(params["memory"]); !memory.isEmpty())
        s->resources.memoryRequest = memory + QStringLiteral("G"); // Elyra's memory is in GB
    if (const QString gpu = text(params["gpu"]); !gpu.isEmpty() && gpu != u"0")
        s->resources.gpuLimit = gpu;
}

} // namespace ps
