#include "argoreader.h"

#include "argoexpressions.h"
#include "argotemplatereader.h"
#include "argowriter.h"
#include "names.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArgoReader)
};

constexpr int kMaxGraphNesting = 64;

const QSet<QString> kTaskKeys{QStringLiteral("name"), QStringLiteral("template"), QStringLiteral("templateRef"),
                              QStringLiteral("inline"), QStringLiteral("arguments"), QStringLiteral("dependencies"),
                              QStringLiteral("when"), QStringLiteral("withItems"), QStringLiteral("withParam"),
                              QStringLiteral("withSequence")};

QString text(const YAML::Node &n)
{
    return n.IsDefined() && n.IsScalar() ? yaml::toQString(n) : QString();
}

VolumeMount volumeFromSpec(const YamlReadContext &ctx, const YAML::Node &v)
{
    VolumeMount m;
    m.name = ctx.string(v, "name");
    auto sub = [&](const char *key) { return v[key].IsDefined() && v[key].IsMap() ? v[key] : YAML::Node(); };
    if (v["emptyDir"].IsDefined() && v.size() == 2) {
        m.source = VolumeMount::Source::EmptyDir;
    } else if (const YAML::Node pvc = sub("persistentVolumeClaim"); pvc.IsDefined() && v.size() == 2 && pvc.size() == 1) {
        m.source = VolumeMount::Source::PersistentVolumeClaim;
        m.reference = text(pvc["claimName"]);
    } else if (const YAML::Node cm = sub("configMap"); cm.IsDefined() && v.size() == 2 && cm.size() == 1) {
        m.source = VolumeMount::Source::ConfigMap;
        m.reference = text(cm["name"]);
    } else if (const YAML::Node secret = sub("secret"); secret.IsDefined() && v.size() == 2 && secret.size() == 1) {
        m.source = VolumeMount::Source::Secret;
        m.reference = text(secret["secretName"]);
    } else if (const YAML::Node host = sub("hostPath"); host.IsDefined() && v.size() == 2 && host.size() == 1) {
        m.source = VolumeMount::Source::HostPath;
        m.reference = text(host["path"]);
    } else {
        m.source = VolumeMount::Source::Other;
        QJsonObject other = ctx.json(v).toObject();
        other.remove(QStringLiteral("name"));
        m.other = other;
    }
    return m;
}

} // namespace

void ArgoReader::read(const std::vector<YAML::Node> &documents, LoadedFile *out)
{
    YAML::Node doc;
    for (const YAML::Node &d : documents) {
        if (!d.IsMap() || !text(d["apiVersion"]).startsWith(u"argoproj.io/"))
            continue;
        if (!doc.IsDefined() || doc.IsNull())
            doc = d;
        else // one pipeline per document: say what is left out rather than drop it unseen
            m_ctx.warning(d, Tr::tr("this file holds more than one Argo object; only the first (%1) is read")
                                 .arg(text(m_ctx.map(doc, "metadata")["name"])));
    }
    const QString kind = text(doc["kind"]);
    Pipeline &p = out->pipeline;
    out->kind = LoadedFile::Kind::Pipeline;
    const YAML::Node metadata = m_ctx.map(doc, "metadata");
    if (metadata.IsDefined()) {
        p.name = m_ctx.string(metadata, "name");
        if (p.name.isEmpty()) {
            p.name = m_ctx.string(metadata, "generateName");
            while (p.name.endsWith(u'-'))
                p.name.chop(1);
        }
        QJsonObject meta = m_ctx.unknownKeys(metadata, {QStringLiteral("name"), QStringLiteral("generateName"),
                                                        QStringLiteral("creationTimestamp"), QStringLiteral("resourceVersion"),
                                                        QStringLiteral("uid"), QStringLiteral("generation"),
                                                        QStringLiteral("managedFields"), QStringLiteral("selfLink")});
        QJsonObject annotations = meta.value(u"annotations").toObject();
        p.description = annotations.take(QStringLiteral("workflows.argoproj.io/description")).toString();
        const QString layout = annotations.take(QLatin1String(ArgoWriter::kLayoutAnnotation)).toString();
        QJsonObject labels = meta.value(u"labels").toObject();
        labels.remove(QStringLiteral("pipelinestudio.io/pipeline"));
        annotations.isEmpty() ? void(meta.remove(QStringLiteral("annotations"))) : void(meta.insert(QStringLiteral("annotations"), annotations));
        labels.isEmpty() ? void(meta.remove(QStringLiteral("labels"))) : void(meta.insert(QStringLiteral("labels"), labels));
        if (!meta.isEmpty())
            p.extras.insert(extrasMetadataKey(), meta);
        if (!layout.isEmpty())
            p.extras.insert(QStringLiteral("_layout"), layout);
    }

    YAML::Node spec = m_ctx.map(doc, "spec");
    if (!spec.IsDefined()) {
        m_ctx.error(doc, Tr::tr("an Argo %1 needs a 'spec'").arg(kind));
        return;
    }
    if (kind == u"CronWorkflow") {
        Schedule s;
        s.cron = m_ctx.string(spec, "schedule");
        const QStringList schedules = m_ctx.stringList(spec, "schedules");
        if (s.cron.isEmpty() && !schedules.isEmpty())
            s.cron = schedules.front();
        s.timezone = m_ctx.string(spec, "timezone");
        if (spec["concurrencyPolicy"].IsDefined())
            s.concurrencyPolicy = m_ctx.string(spec, "concurrencyPolicy");
        s.startingDeadlineSeconds = m_ctx.integer(spec, "startingDeadlineSeconds", 0);
        s.successfulJobsHistoryLimit = int(m_ctx.integer(spec, "successfulJobsHistoryLimit", 0));
        s.failedJobsHistoryLimit = int(m_ctx.integer(spec, "failedJobsHistoryLimit", 0));
        s.suspended = m_ctx.boolean(spec, "suspend", false);
        p.schedule = s;
        QJsonObject cron = m_ctx.unknownKeys(spec, {QStringLiteral("schedule"), QStringLiteral("timezone"),
                                                    QStringLiteral("concurrencyPolicy"), QStringLiteral("startingDeadlineSeconds"),
                                                    QStringLiteral("successfulJobsHistoryLimit"), QStringLiteral("failedJobsHistoryLimit"),
                                                    QStringLiteral("suspend"), QStringLiteral("workflowSpec")});
        if (schedules.size() <= 1)
            cron.remove(QStringLiteral("schedules"));
        if (!cron.isEmpty())
            p.extras.insert(extrasCronKey(), cron);
        spec = m_ctx.map(spec, "workflowSpec");
        if (!spec.IsDefined()) {
            m_ctx.error(doc["spec"], Tr::tr("a CronWorkflow needs 'workflowSpec'"));
            return;
        }
    }

    const QJsonObject restSpec = m_ctx.unknownKeys(spec, {QStringLiteral("entrypoint"), QStringLiteral("templates"),
                                                          QStringLiteral("arguments"), QStringLiteral("onExit")});
    if (!restSpec.isEmpty())
        p.extras.insert(extrasSpecKey(), restSpec);
    readVolumes(spec);
    readArguments(spec, &p);

    for (const auto &t : m_ctx.sequence(spec, "templates")) {
        if (!t.IsMap()) {
            m_ctx.error(t, Tr::tr("each template must be a map"));
            continue;
        }
        const QString name = m_ctx.requiredString(t, "name");
        if (m_templates.contains(name))
            m_ctx.error(t, Tr::tr("template '%1' is defined twice").arg(name));
        m_templates.insert(name, t);
    }
    ArgoTemplateReader templates(m_ctx, m_volumes);
    for (auto it = m_templates.cbegin(); it != m_templates.cend(); ++it) {
        TaskSettings settings;
        p.components.insert(it.key(), templates.read(it.key(), *it, &settings));
        m_templateSettings.insert(it.key(), settings);
    }
    const QString entryName = m_ctx.string(spec, "entrypoint");
    for (auto it = m_templates.cbegin(); it != m_templates.cend(); ++it) {
        if (p.components[it.key()].implementation.kind == Implementation::Kind::Graph) {
            Graph graph;
            readGraph(*it, &graph, &p, it.key() == entryName);
            p.components[it.key()].implementation.graph = graph;
        }
    }

    const QString entry = m_ctx.string(spec, "entrypoint");
    const bool fromTemplateRef = spec["workflowTemplateRef"].IsDefined();
    if (entry.isEmpty() && !fromTemplateRef && kind != u"WorkflowTemplate" && kind != u"ClusterWorkflowTemplate") {
        m_ctx.error(spec, Tr::tr("'entrypoint' is required"));
    } else if (!entry.isEmpty() && !p.components.contains(entry) && fromTemplateRef) {
        // The entry is a template of the referenced WorkflowTemplate: kept, to be written back.
        p.extras.insert(QStringLiteral("argoEntrypoint"), entry);
    } else if (!entry.isEmpty() && !p.components.contains(entry)) {
        m_ctx.error(spec["entrypoint"], Tr::tr("the entrypoint '%1' is not a template of this workflow").arg(entry));
    } else if (!entry.isEmpty()) {
        const ComponentSpec entryComponent = p.components.value(entry);
        for (const PortSpec &in : entryComponent.inputs) {
            if (!p.parameter(in.name))
                p.parameters.append(in); // the entry template's inputs are the workflow's arguments
        }
        if (entryComponent.implementation.kind == Implementation::Kind::Graph) {
            p.root = entryComponent.implementation.graph;
            readGraphOutputs(m_templates.value(entry), &p.root, true);
            p.outputs = entryComponent.outputs;
            // The entry DAG's own fields (target, failFast) belong to the pipeline's root graph.
            if (entryComponent.extras.contains(QStringLiteral("argoDag")))
                p.extras.insert(QStringLiteral("argoEntryDag"), entryComponent.extras.value(QStringLiteral("argoDag")));
            // And its template-level fields (parallelism, synchronization) to the run of the root graph.
            if (entryComponent.extras.contains(ArgoTemplateReader::extrasTemplateKey()))
                p.extras.insert(QStringLiteral("argoEntryTemplate"), entryComponent.extras.value(ArgoTemplateReader::extrasTemplateKey()));
            // The entry stays a component only when something calls it (recursion).
            bool called = false;
            for (const ComponentSpec &c : std::as_const(p.components))
                for (const Task &t : c.implementation.graph.tasks())
                    called = called || t.component == entry;
            if (!called)
                p.components.remove(entry);
            p.extras.insert(QStringLiteral("argoEntrypoint"), entry);
        } else {
            Task t;
            t.name = entry;
            t.component = entry;
            t.settings = m_templateSettings.value(entry);
            t.location = entryComponent.location;
            for (const PortSpec &in : entryComponent.inputs)
                t.inputs.insert(in.name, Binding::pipelineParameter(in.name));
            p.root.addTask(t);
        }
    }
    if (const QString onExit = m_ctx.string(spec, "onExit"); !onExit.isEmpty()) {
        if (!p.components.contains(onExit)) {
            m_ctx.error(spec["onExit"], Tr::tr("onExit names unknown template '%1'").arg(onExit));
        } else {
            Task exit;
            exit.name = p.root.uniqueName(onExit);
            exit.component = onExit;
            exit.role = Task::Role::ExitHandler;
            exit.settings = m_templateSettings.value(onExit);
            p.root.addTask(exit);
        }
    }
    addResultOutputs(&p);
    restoreLayout(p.extras.take(QStringLiteral("_layout")).toString(), &p);
    out->readable = true;
}

void ArgoReader::readVolumes(const YAML::Node &spec)
{
    for (const auto &v : m_ctx.sequence(spec, "volumes")) {
        if (v.IsMap()) {
            const VolumeMount m = volumeFromSpec(m_ctx, v);
            m_volumes.insert(m.name, m);
        }
    }
}

void ArgoReader::readArguments(const YAML::Node &spec, Pipeline *p)
{
    const YAML::Node args = m_ctx.map(spec, "arguments");
    if (!args.IsDefined())
        return;
    QJsonObject fields;
    auto read = [&](const YAML::Node &list, bool artifact) {
        for (const auto &a : list) {
            if (!a.IsMap()) {
                m_ctx.error(a, Tr::tr("each argument must be a map with a 'name'"));
                continue;
            }
            PortSpec port;
            port.location = m_ctx.where(a);
            port.name = m_ctx.requiredString(a, "name");
            port.artifact = artifact;
            port.type = artifact ? TypeSpec::artifact({}) : TypeSpec(TypeSpec::Kind::String);
            if (const YAML::Node v = a["value"]; !artifact && v.IsDefined())
                port.defaultValue = v.IsScalar() ? QJsonValue(yaml::toQString(v)) : m_ctx.json(v);
            port.description = m_ctx.string(a, "description");
            const QJsonObject extra = m_ctx.unknownKeys(a, {QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("description")});
            if (!extra.isEmpty())
                fields.insert(port.name, extra);
            p->parameters.append(port);
        }
    };
    read(m_ctx.sequence(args, "parameters"), false);
    read(m_ctx.sequence(args, "artifacts"), true);
    if (!fields.isEmpty())
        p->extras.insert(extrasParameterFieldsKey(), fields);
}

void ArgoReader::readGraph(const YAML::Node &tmpl, Graph *graph, Pipeline *p, bool entry)
{
    const QString name = text(tmpl["name"]);
    if (m_reading.contains(name) || m_reading.size() > kMaxGraphNesting)
        return;
    m_reading.insert(name);
    const bool steps = tmpl["steps"].IsDefined();
    if (steps) {
        const YAML::Node groups = m_ctx.sequence(tmpl, "steps");
        QList<TaskId> previous;
        for (const auto &group : groups) {
            // A group is a list of parallel steps; older files also write a single step map.
            std::vector<YAML::Node> members;
            if (group.IsSequence())
                for (const auto &s : group)
                    members.push_back(s);
            else if (group.IsMap())
                members.push_back(group);
            QList<std::pair<TaskId, YAML::Node>> added;
            for (const YAML::Node &s : members) {
                if (!s.IsMap()) {
                    m_ctx.error(s, Tr::tr("each step must be a map"));
                    continue;
                }
                added.append({graph->addTask(readTask(s, p)), s});
            }
            for (const auto &[id, s] : added)
                readTaskLinks(s, *graph, true, entry, previous, graph->task(id));
            previous.clear();
            for (const auto &[id, s] : added)
                previous.append(id);
        }
    } else {
        const YAML::Node dag = m_ctx.map(tmpl, "dag");
        QList<std::pair<TaskId, YAML::Node>> added;
        for (const auto &t : m_ctx.sequence(dag, "tasks")) {
            if (!t.IsMap()) {
                m_ctx.error(t, Tr::tr("each DAG task must be a map"));
                continue;
            }
            added.append({graph->addTask(readTask(t, p)), t});
        }
        for (const auto &[id, t] : added)
            readTaskLinks(t, *graph, false, entry, {}, graph->task(id));
        if (dag.IsDefined()) {
            const QJsonObject rest = m_ctx.unknownKeys(dag, {QStringLiteral("tasks")});
            if (!rest.isEmpty() && p->components.contains(name))
                p->components[name].extras.insert(QStringLiteral("argoDag"), rest);
        }
    }
    readGraphOutputs(tmpl, graph, entry);
    m_reading.remove(name);
}

void ArgoReader::readGraphOutputs(const YAML::Node &tmpl, Graph *graph, bool entry)
{
    const YAML::Node outputs = tmpl["outputs"];
    if (!outputs.IsDefined() || !outputs.IsMap())
        return;
    const bool steps = tmpl["steps"].IsDefined();
    for (const auto &o : m_ctx.sequence(outputs, "parameters")) {
        const YAML::Node from = o["valueFrom"];
        if (from.IsDefined() && from.IsMap() && from["parameter"].IsDefined())
            graph->outputs.insert(m_ctx.string(o, "name"), argoexpressions::parseValue(text(from["parameter"]), *graph, steps, entry));
    }
    for (const auto &o : m_ctx.sequence(outputs, "artifacts")) {
        if (o["from"].IsDefined())
            graph->outputs.insert(m_ctx.string(o, "name"), argoexpressions::parseValue(text(o["from"]), *graph, steps, entry));
    }
}

QString ArgoReader::componentFor(const YAML::Node &n, Pipeline *p)
{
    if (n["template"].IsDefined())
        return m_ctx.string(n, "template");
    if (const YAML::Node ref = m_ctx.map(n, "templateRef"); ref.IsDefined()) {
        const QString refName = m_ctx.string(ref, "name");
        const QString refTemplate = m_ctx.string(ref, "template");
        const QString key = QStringLiteral("ref-%1-%2").arg(refName, refTemplate);
        if (!p->components.contains(key)) {
            ComponentSpec c;
            c.key = key;
            c.name = refTemplate;
            c.location = m_ctx.where(ref);
            c.implementation.kind = Implementation::Kind::Reference;
            c.implementation.referenceUrl = QStringLiteral("%1/%2").arg(refName, refTemplate);
            c.extras.insert(QStringLiteral("argoTemplateRef"), m_ctx.json(ref));
            p->components.insert(key, c);
        }
        return key;
    }
    if (const YAML::Node inl = m_ctx.map(n, "inline"); inl.IsDefined()) {
        const QString key = p->uniqueComponentKey(m_ctx.string(n, "name") + QStringLiteral("-inline"));
        TaskSettings settings;
        ArgoTemplateReader templates(m_ctx, m_volumes);
        p->components.insert(key, templates.read(key, inl, &settings));
        m_templateSettings.insert(key, settings);
        if (p->components[key].implementation.kind == Implementation::Kind::Graph) {
            Graph graph;
            readGraph(inl, &graph, p, false);
            p->components[key].implementation.graph = graph;
        }
        return key;
    }
    m_ctx.error(n, Tr::tr("task '%1' needs 'template', 'templateRef' or 'inline'").arg(m_ctx.string(n, "name")));
    return {};
}

Task ArgoReader::readTask(const YAML::Node &n, Pipeline *p)
{
    Task t;
    t.location = m_ctx.where(n);
    t.name = m_ctx.requiredString(n, "name");
    t.component = componentFor(n, p);
    t.settings = m_templateSettings.value(t.component);
    t.extras = m_ctx.unknownKeys(n, kTaskKeys);
    return t;
}

void ArgoReader::readTaskLinks(const YAML::Node &n, const Graph &graph, bool steps, bool entry, QList<TaskId> previousGroup,
                               Task *t)
{
    if (const YAML::Node args = m_ctx.map(n, "arguments"); args.IsDefined()) {
        for (const auto &a : m_ctx.sequence(args, "parameters")) {
            const QString name = m_ctx.string(a, "name");
            if (const YAML::Node v = a["value"]; v.IsDefined())
                t->inputs.insert(name, v.IsScalar() ? argoexpressions::parseValue(yaml::toQString(v), graph, steps, entry)
                                                    : Binding::constantValue(m_ctx.json(v)));
            else
                t->inputs.insert(name, Binding::fromExpression(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("argoParameter"), m_ctx.json(a)}}).toJson(QJsonDocument::Compact))));
        }
        for (const auto &a : m_ctx.sequence(args, "artifacts")) {
            const QString name = m_ctx.string(a, "name");
            if (a["from"].IsDefined() && a.size() == 2)
                t->inputs.insert(name, argoexpressions::parseValue(m_ctx.string(a, "from"), graph, steps, entry));
            else if (a["raw"].IsDefined() && a["raw"].IsMap() && a.size() == 2)
                t->inputs.insert(name, Binding::constantValue(text(a["raw"]["data"])));
            else // s3, http, git… sources: kept as written
                t->inputs.insert(name, Binding::fromExpression(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("argoArtifact"), m_ctx.json(a)}}).toJson(QJsonDocument::Compact))));
        }
    }
    auto dependOn = [&](const QString &name, const YAML::Node &where) {
        const Task *up = graph.taskByName(name);
        if (!up)
            m_ctx.error(where, Tr::tr("task '%1' depends on unknown task '%2'").arg(t->name, name));
        else if (!t->dependencies.contains(up->id))
            t->dependencies.append(up->id);
    };
    for (const QString &d : m_ctx.stringList(n, "dependencies"))
        dependOn(d, n["dependencies"]);
    if (const QString depends = text(n["depends"]); !depends.isEmpty()) {
        for (const QString &d : argoexpressions::dependsTaskNames(depends))
            dependOn(d, n["depends"]);
    }
    if (steps)
        t->dependencies.append(previousGroup);
    if (const QString when = m_ctx.string(n, "when"); !when.isEmpty())
        t->settings.condition = {Condition::Dialect::ArgoWhen, when};
    Loop &loop = t->settings.loop;
    if (n["withItems"].IsDefined()) {
        loop.kind = Loop::Kind::Items;
        loop.items = m_ctx.json(n["withItems"]).toArray();
    } else if (n["withParam"].IsDefined()) {
        loop.kind = Loop::Kind::Parameter;
        loop.source = argoexpressions::parseValue(m_ctx.string(n, "withParam"), graph, steps, entry);
    } else if (const YAML::Node seq = m_ctx.map(n, "withSequence"); seq.IsDefined()) {
        loop.kind = Loop::Kind::Sequence;
        loop.sequenceCount = text(seq["count"]);
        loop.sequenceStart = text(seq["start"]);
        loop.sequenceEnd = text(seq["end"]);
        loop.sequenceFormat = text(seq["format"]);
    }
}

void ArgoReader::addResultOutputs(Pipeline *p)
{
    // `outputs.result` is implicit in Argo: give the producing component that output.
    auto visit = [p](const Graph &g) {
        auto need = [&](const Binding &b) {
            if (b.kind != Binding::Kind::TaskOutput || b.output != u"result")
                return;
            const Task *producer = g.task(b.task);
            if (!producer || !p->components.contains(producer->component))
                return;
            ComponentSpec &c = p->components[producer->component];
            if (!c.output(QStringLiteral("result"))) {
                PortSpec result;
                result.name = QStringLiteral("result");
                result.type = TypeSpec(TypeSpec::Kind::String);
                result.fromStdout = true;
                c.outputs.append(result);
            }
        };
        for (const Task &t : g.tasks()) {
            for (const Binding &b : t.inputs)
                need(b);
            need(t.settings.loop.source);
        }
        for (const Binding &b : g.outputs)
            need(b);
    };
    visit(p->root);
    for (const ComponentSpec &c : std::as_const(p->components))
        visit(c.implementation.graph);
}

void ArgoReader::restoreLayout(const QString &annotation, Pipeline *p)
{
    if (annotation.isEmpty())
        return;
    const QJsonObject layout = QJsonDocument::fromJson(annotation.toUtf8()).object();
    auto place = [&layout](Graph &g, const QString &prefix) {
        for (const Task &t : g.tasks()) {
            const QJsonArray xy = layout.value(prefix + t.name).toArray();
            if (xy.size() == 2)
                g.task(t.id)->position = QPointF(xy[0].toDouble(), xy[1].toDouble());
        }
    };
    place(p->root, {});
    for (auto it = p->components.begin(); it != p->components.end(); ++it)
        place(it->implementation.graph, it.key() + QLatin1Char('/'));
}

} // namespace ps
