#include "kfpv1componentreader.h"

#include "names.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KfpV1ComponentReader)
};

// Inline specs may nest; real ones never go deeper than a few levels.
constexpr int kMaxNesting = 32;

TypeSpec readV1Type(const YamlReadContext &ctx, const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (node.IsScalar())
        return TypeSpec::fromKfpV1(yaml::toQString(node));
    // A map type such as {GcsPath: {data_type: TSV}}: kept whole as its compact JSON text.
    const QJsonValue v = ctx.json(node);
    const QByteArray text = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return TypeSpec::named(QString::fromUtf8(text));
}

// v1 defaults are strings; give them the port's type where the text says so exactly.
QJsonValue typedDefault(const QJsonValue &raw, const TypeSpec &type)
{
    if (!raw.isString())
        return raw;
    const QString text = raw.toString();
    bool ok = false;
    switch (type.kind()) {
    case TypeSpec::Kind::Integer: {
        const qint64 v = text.trimmed().toLongLong(&ok);
        return ok ? QJsonValue(v) : raw;
    }
    case TypeSpec::Kind::Double: {
        const double v = text.trimmed().toDouble(&ok);
        return ok ? QJsonValue(v) : raw;
    }
    case TypeSpec::Kind::Boolean:
        if (text.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
        return raw;
    default:
        return raw;
    }
}

} // namespace

void KfpV1ComponentReader::read(const YAML::Node &document, LoadedFile *out)
{
    out->format = FileFormat::KfpComponentV1;
    out->kind = LoadedFile::Kind::Component;
    out->component = readComponent(document, 0);
    out->pipeline.components = m_dependencies;
    out->readable = true;
}

ComponentSpec KfpV1ComponentReader::readComponent(const YAML::Node &node, int depth)
{
    ComponentSpec c;
    c.location = m_ctx.where(node);
    if (!node.IsMap()) {
        m_ctx.error(node, Tr::tr("a component must be a map"));
        return c;
    }
    c.name = m_ctx.string(node, "name");
    c.key = names::sanitize(c.name.isEmpty() ? QStringLiteral("component") : c.name);
    c.description = m_ctx.string(node, "description");

    for (const auto &in : m_ctx.sequence(node, "inputs")) {
        if (!in.IsMap()) {
            m_ctx.error(in, Tr::tr("each input must be a map with a 'name'"));
            continue;
        }
        PortSpec p;
        p.location = m_ctx.where(in);
        p.name = m_ctx.requiredString(in, "name");
        p.type = readV1Type(m_ctx, in["type"]);
        p.description = m_ctx.string(in, "description");
        p.optional = m_ctx.boolean(in, "optional", false);
        if (in["default"].IsDefined() && !in["default"].IsNull())
            p.defaultValue = typedDefault(m_ctx.json(in["default"]), p.type);
        c.inputs.append(p);
    }
    for (const auto &o : m_ctx.sequence(node, "outputs")) {
        if (!o.IsMap()) {
            m_ctx.error(o, Tr::tr("each output must be a map with a 'name'"));
            continue;
        }
        PortSpec p;
        p.location = m_ctx.where(o);
        p.name = m_ctx.requiredString(o, "name");
        p.type = readV1Type(m_ctx, o["type"]);
        p.description = m_ctx.string(o, "description");
        // v1 writes every output to a file; parameter-typed ones are values, the rest artifacts.
        p.artifact = !p.type.isParameterKind();
        c.outputs.append(p);
    }
    if (node["metadata"].IsDefined())
        c.extras.insert(QStringLiteral("metadata"), m_ctx.json(node["metadata"]));

    const YAML::Node impl = m_ctx.map(node, "implementation");
    if (!impl.IsDefined()) {
        m_ctx.error(node, Tr::tr("'implementation' is required (container or graph)"));
        return c;
    }
    if (const YAML::Node container = m_ctx.map(impl, "container"); container.IsDefined())
        readContainer(container, &c);
    else if (const YAML::Node graph = m_ctx.map(impl, "graph"); graph.IsDefined())
        readGraph(graph, &c, depth);
    else
        m_ctx.error(impl, Tr::tr("the implementation must be 'container' or 'graph'"));
    return c;
}

void KfpV1ComponentReader::readContainer(const YAML::Node &node, ComponentSpec *c)
{
    Implementation &impl = c->implementation;
    impl.kind = Implementation::Kind::Container;
    // The schema requires the key; some published components leave it empty for a build
    // step to fill in. Reading keeps that; validation says the image is missing.
    if (!node["image"].IsDefined())
        m_ctx.error(node, Tr::tr("'image' is required"));
    impl.image = m_ctx.string(node, "image");
    if (const YAML::Node cmd = m_ctx.sequence(node, "command"); cmd.IsDefined())
        impl.command = readArgList(cmd, 0);
    if (const YAML::Node args = m_ctx.sequence(node, "args"); args.IsDefined())
        impl.args = readArgList(args, 0);
    if (const YAML::Node env = m_ctx.map(node, "env"); env.IsDefined()) {
        for (const auto &kv : env)
            impl.env.append({yaml::toQString(kv.first), yaml::toQString(kv.second)});
    }
    // Legacy `fileOutputs: {output: /path}`: the output is read from that file.
    if (const YAML::Node files = m_ctx.map(node, "fileOutputs"); files.IsDefined()) {
        for (const auto &kv : files) {
            const QString name = yaml::toQString(kv.first);
            bool found = false;
            for (PortSpec &p : c->outputs) {
                if (p.name == name) {
                    p.path = yaml::toQString(kv.second);
                    found = true;
                }
            }
            if (!found)
                m_ctx.error(kv.first, Tr::tr("fileOutputs names unknown output '%1'").arg(name));
        }
    }
    for (const CommandArg &a : impl.command)
        markArtifactUsage(a, c);
    for (const CommandArg &a : impl.args)
        markArtifactUsage(a, c);
}

void KfpV1ComponentReader::markArtifactUsage(const CommandArg &arg, ComponentSpec *c)
{
    // An input consumed as a file path is an artifact; one consumed by value is a parameter.
    if (arg.kind == CommandArg::Kind::InputPath) {
        for (PortSpec &p : c->inputs) {
            if (p.name == arg.text)
                p.artifact = true;
        }
    }
    for (const CommandArg &a : arg.parts)
        markArtifactUsage(a, c);
    for (const CommandArg &a : arg.otherwise)
        markArtifactUsage(a, c);
}

std::vector<CommandArg> KfpV1ComponentReader::readArgList(const YAML::Node &node, int depth)
{
    std::vector<CommandArg> items;
    if (!node.IsDefined())
        return items;
    if (node.IsSequence()) {
        for (const auto &item : node)
            items.push_back(readArg(item, depth + 1));
    } else if (node.IsDefined() && !node.IsNull()) {
        // `then:` and `else:` may hold a single item instead of a list.
        items.push_back(readArg(node, depth + 1));
    }
    return items;
}

CommandArg KfpV1ComponentReader::readArg(const YAML::Node &n, int depth)
{
    if (depth > kMaxNesting) {
        m_ctx.error(n, Tr::tr("placeholders are nested too deeply"));
        return {};
    }
    if (n.IsScalar())
        return CommandArg::literal(yaml::toQString(n));
    if (!n.IsMap() || n.size() != 1) {
        m_ctx.error(n, Tr::tr("a command item must be a string or one placeholder"));
        return {};
    }
    if (n["inputValue"].IsDefined())
        return CommandArg::placeholder(CommandArg::Kind::InputValue, m_ctx.string(n, "inputValue"));
    if (n["inputPath"].IsDefined())
        return CommandArg::placeholder(CommandArg::Kind::InputPath, m_ctx.string(n, "inputPath"));
    if (n["outputPath"].IsDefined())
        return CommandArg::placeholder(CommandArg::Kind::OutputPath, m_ctx.string(n, "outputPath"));
    // URI and metadata placeholders have no model equivalent: keep them in KFP IR spelling,
    // which the exporters and the local engine understand; the port is an artifact.
    if (n["inputUri"].IsDefined() || n["outputUri"].IsDefined()) {
        const bool input = n["inputUri"].IsDefined();
        const QString port = m_ctx.string(n, input ? "inputUri" : "outputUri");
        return CommandArg::literal(QStringLiteral("{{$.%1.artifacts['%2'].uri}}")
                                       .arg(input ? QStringLiteral("inputs") : QStringLiteral("outputs"), port));
    }
    if (n["executorInput"].IsDefined())
        return CommandArg::literal(QStringLiteral("{{$}}"));
    if (const YAML::Node parts = n["concat"]; parts.IsDefined()) {
        if (!parts.IsSequence()) {
            m_ctx.error(parts, Tr::tr("'concat' takes a list"));
            return {};
        }
        return {CommandArg::Kind::Concat, {}, readArgList(parts, depth), {}};
    }
    if (const YAML::Node ifNode = m_ctx.map(n, "if"); ifNode.IsDefined()) {
        const YAML::Node cond = ifNode["cond"];
        const std::vector<CommandArg> thenItems = readArgList(ifNode["then"], depth);
        const std::vector<CommandArg> elseItems = readArgList(ifNode["else"], depth);
        if (cond.IsDefined() && cond.IsMap() && cond["isPresent"].IsDefined())
            return {CommandArg::Kind::IfPresent, m_ctx.string(cond, "isPresent"), thenItems, elseItems};
        if (cond.IsDefined() && cond.IsScalar()) {
            // A constant condition: decided now.
            const bool yes = yaml::toQString(cond).compare(u"true", Qt::CaseInsensitive) == 0;
            return {CommandArg::Kind::Concat, {}, yes ? thenItems : elseItems, {}};
        }
        m_ctx.error(cond.IsDefined() ? cond : ifNode,
                    Tr::tr("only 'isPresent' and constant conditions are supported in 'if'"));
        return {};
    }
    m_ctx.error(n, Tr::tr("unknown placeholder '%1'").arg(yaml::toQString(n.begin()->first)));
    return {};
}

void KfpV1ComponentReader::readGraph(const YAML::Node &node, ComponentSpec *c, int depth)
{
    Implementation &impl = c->implementation;
    impl.kind = Implementation::Kind::Graph;
    const YAML::Node tasks = m_ctx.map(node, "tasks");
    QHash<QString, TaskId> ids;
    std::vector<std::pair<TaskId, YAML::Node>> pending;
    for (const auto &kv : tasks) {
        const QString original = yaml::toQString(kv.first);
        const YAML::Node spec = kv.second;
        if (!spec.IsMap()) {
            m_ctx.error(spec, Tr::tr("task '%1' must be a map").arg(original));
            continue;
        }
        Task t;
        t.location = m_ctx.where(kv.first);
        // v1 task ids are free text; engines want DNS-like names. Keep the original for people.
        t.name = impl.graph.uniqueName(names::sanitize(original));
        if (t.name != original)
            t.displayName = original;
        t.component = resolveComponentRef(spec["componentRef"], original, depth);
        if (spec["isEnabled"].IsDefined())
            t.extras.insert(QStringLiteral("isEnabled"), m_ctx.json(spec["isEnabled"]));
        if (spec["executionOptions"].IsDefined())
            t.extras.insert(QStringLiteral("executionOptions"), m_ctx.json(spec["executionOptions"]));
        const TaskId id = impl.graph.addTask(t);
        ids.insert(original, id);
        pending.emplace_back(id, spec);
    }
    for (const auto &[id, spec] : pending) {
        Task *t = impl.graph.task(id);
        if (const YAML::Node args = m_ctx.map(spec, "arguments"); args.IsDefined()) {
            for (const auto &kv : args)
                t->inputs.insert(yaml::toQString(kv.first), readArgument(kv.second, ids, impl.graph));
        }
    }
    if (const YAML::Node outs = m_ctx.map(node, "outputValues"); outs.IsDefined()) {
        for (const auto &kv : outs)
            impl.graph.outputs.insert(yaml::toQString(kv.first), readArgument(kv.second, ids, impl.graph));
    }
}

QString KfpV1ComponentReader::resolveComponentRef(const YAML::Node &ref, const QString &taskName, int depth)
{
    if (!ref.IsDefined() || !ref.IsMap()) {
        m_ctx.error(ref.IsDefined() ? ref : YAML::Node(), Tr::tr("task '%1' needs a 'componentRef' map").arg(taskName));
        return {};
    }
    if (const YAML::Node spec = ref["spec"]; spec.IsDefined()) {
        if (depth >= kMaxNesting) {
            m_ctx.error(spec, Tr::tr("inline component specs are nested too deeply"));
            return {};
        }
        ComponentSpec inner = readComponent(spec, depth + 1);
        inner.key = [&] {
            QString key = inner.key;
            for (int n = 2; m_dependencies.contains(key) && !(m_dependencies[key] == inner); ++n)
                key = inner.key + QLatin1Char('-') + QString::number(n);
            return key;
        }();
        m_dependencies.insert(inner.key, inner);
        return inner.key;
    }
    ComponentSpec reference;
    reference.location = m_ctx.where(ref);
    reference.implementation.kind = Implementation::Kind::Reference;
    reference.implementation.referenceUrl = m_ctx.string(ref, "url");
    reference.implementation.referenceDigest = m_ctx.string(ref, "digest");
    reference.name = m_ctx.string(ref, "name");
    if (reference.name.isEmpty())
        reference.name = taskName;
    if (ref["tag"].IsDefined())
        reference.extras.insert(QStringLiteral("tag"), m_ctx.string(ref, "tag"));
    // The same URL twice is the same component; otherwise give each its own key.
    for (auto it = m_dependencies.cbegin(); it != m_dependencies.cend(); ++it) {
        if (it->implementation.kind == Implementation::Kind::Reference
            && it->implementation.referenceUrl == reference.implementation.referenceUrl
            && it->implementation.referenceDigest == reference.implementation.referenceDigest
            && it->name == reference.name)
            return it.key();
    }
    QString key = names::sanitize(reference.name);
    for (int n = 2; m_dependencies.contains(key); ++n)
        key = names::sanitize(reference.name) + QLatin1Char('-') + QString::number(n);
    reference.key = key;
    m_dependencies.insert(key, reference);
    return key;
}

Binding KfpV1ComponentReader::readArgument(const YAML::Node &value, const QHash<QString, TaskId> &taskIds,
                                           const Graph &graph)
{
    Q_UNUSED(graph);
    if (value.IsScalar() || value.IsNull())
        return Binding::constantValue(yaml::scalarValue(value));
    if (value.IsMap()) {
        if (const YAML::Node gi = m_ctx.map(value, "graphInput"); gi.IsDefined())
            return Binding::pipelineParameter(m_ctx.requiredString(gi, "inputName"));
        if (const YAML::Node to = m_ctx.map(value, "taskOutput"); to.IsDefined()) {
            const QString producer = m_ctx.requiredString(to, "taskId");
            const auto it = taskIds.constFind(producer);
            if (it == taskIds.cend()) {
                m_ctx.error(to, Tr::tr("'taskOutput' names unknown task '%1'").arg(producer));
                return {};
            }
            return Binding::taskOutput(*it, m_ctx.requiredString(to, "outputName"));
        }
    }
    m_ctx.error(value, Tr::tr("an argument must be a constant, a graphInput or a taskOutput"));
    return {};
}

} // namespace ps
