#include "argowriter.h"

#include "argowritersupport.h"
#include "celtoargo.h"
#include "graphalgorithms.h"
#include "portgroups.h"
#include "names.h"
#include "yamlsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <functional>

#include <yaml-cpp/yaml.h>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArgoWriter)
};

const QString kEntrypoint = QStringLiteral("main");

using namespace argowriting;

} // namespace

ArgoWriter::Result ArgoWriter::write(const Pipeline &pipeline, Kind kind)
{
    ArgoWriter w(pipeline);
    const QJsonObject spec = w.workflowSpec();
    const QString name = names::sanitize(pipeline.name.isEmpty() ? QStringLiteral("pipeline") : pipeline.name);

    QJsonObject metadata;
    QJsonObject labels{{QStringLiteral("pipelinestudio.io/pipeline"), name}};
    QJsonObject layout;
    for (const Task &t : pipeline.root.tasks()) {
        if (t.position)
            layout.insert(t.name, QJsonArray{t.position->x(), t.position->y()});
    }
    for (auto it = pipeline.components.cbegin(); it != pipeline.components.cend(); ++it) {
        for (const Task &t : it->implementation.graph.tasks()) {
            if (t.position)
                layout.insert(QString(it.key() + QLatin1Char('/') + t.name), QJsonArray{t.position->x(), t.position->y()});
        }
    }
    QJsonObject annotations;
    if (!layout.isEmpty())
        annotations.insert(QLatin1String(kLayoutAnnotation), QString::fromUtf8(QJsonDocument(layout).toJson(QJsonDocument::Compact)));
    if (!pipeline.description.isEmpty())
        annotations.insert(QStringLiteral("workflows.argoproj.io/description"), pipeline.description.trimmed());
    const QJsonObject keptMeta = pipeline.extras.value(u"argoMetadata").toObject();
    mergeInto(&annotations, keptMeta.value(u"annotations").toObject());
    mergeInto(&labels, keptMeta.value(u"labels").toObject());
    if (!annotations.isEmpty())
        metadata.insert(QStringLiteral("annotations"), annotations);
    metadata.insert(QStringLiteral("labels"), labels);
    mergeInto(&metadata, keptMeta);

    QJsonObject doc{{QStringLiteral("apiVersion"), QStringLiteral("argoproj.io/v1alpha1")}};
    switch (kind) {
    case Kind::Workflow:
        doc.insert(QStringLiteral("kind"), QStringLiteral("Workflow"));
        metadata.insert(QStringLiteral("generateName"), QString(name + QLatin1Char('-')));
        doc.insert(QStringLiteral("spec"), spec);
        break;
    case Kind::WorkflowTemplate:
    case Kind::ClusterWorkflowTemplate:
        doc.insert(QStringLiteral("kind"), kind == Kind::WorkflowTemplate ? QStringLiteral("WorkflowTemplate")
                                                                         : QStringLiteral("ClusterWorkflowTemplate"));
        metadata.insert(QStringLiteral("name"), name);
        doc.insert(QStringLiteral("spec"), spec);
        break;
    case Kind::CronWorkflow: {
        doc.insert(QStringLiteral("kind"), QStringLiteral("CronWorkflow"));
        metadata.insert(QStringLiteral("name"), name);
        QJsonObject cron;
        if (!pipeline.schedule || pipeline.schedule->cron.isEmpty()) {
            w.m_diagnostics.append(Diagnostic::error(Tr::tr("a CronWorkflow needs a schedule; the pipeline has none")));
        } else {
            const Schedule &s = *pipeline.schedule;
            // Argo 3.6 replaced `schedule` with the `schedules` list its schema requires.
            cron.insert(QStringLiteral("schedules"), QJsonArray{s.cron});
            if (!s.timezone.isEmpty())
                cron.insert(QStringLiteral("timezone"), s.timezone);
            if (!s.concurrencyPolicy.isEmpty())
                cron.insert(QStringLiteral("concurrencyPolicy"), s.concurrencyPolicy);
            if (s.startingDeadlineSeconds > 0)
                cron.insert(QStringLiteral("startingDeadlineSeconds"), s.startingDeadlineSeconds);
            if (s.successfulJobsHistoryLimit > 0)
                cron.insert(QStringLiteral("successfulJobsHistoryLimit"), s.successfulJobsHistoryLimit);
            if (s.failedJobsHistoryLimit > 0)
                cron.insert(QStringLiteral("failedJobsHistoryLimit"), s.failedJobsHistoryLimit);
            if (s.suspended)
                cron.insert(QStringLiteral("suspend"), true);
        }
        cron.insert(QStringLiteral("workflowSpec"), spec);
        mergeInto(&cron, pipeline.extras.value(u"argoCron").toObject());
        doc.insert(QStringLiteral("spec"), cron);
        break;
    }
    }
    doc.insert(QStringLiteral("metadata"), metadata);

    QJsonValue normalised = doc;
    normaliseIntOrString(&normalised, {});
    doc = normalised.toObject();
    Result result;
    result.object = doc;
    result.diagnostics = w.m_diagnostics;
    YAML::Emitter out;
    yaml::emitJson(out, doc);
    result.yaml = QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
    return result;
}

QJsonObject ArgoWriter::workflowSpec()
{
    QJsonObject spec;
    const QString entry = m_pipeline.extras.value(u"argoEntrypoint").toString(kEntrypoint);
    spec.insert(QStringLiteral("entrypoint"), entry);
    QJsonArray params, artifacts;
    const QJsonObject keptFields = m_pipeline.extras.value(u"argoParameterFields").toObject();
    for (const PortSpec &p : m_pipeline.parameters) {
        QJsonObject param{{QStringLiteral("name"), argoPortName(p.name)}};
        if (p.hasDefault() && !p.artifact)
            param.insert(QStringLiteral("value"), jsonText(p.defaultValue));
        insertIfSet(&param, QStringLiteral("description"), p.description);
        mergeInto(&param, keptFields.value(p.name).toObject());
        (p.artifact ? artifacts : params).append(param);
    }
    insertIfSet(&spec, QStringLiteral("arguments"), parametersAndArtifacts(params, artifacts));
    QList<const Task *> steps;
    for (const Task &t : m_pipeline.root.tasks()) {
        if (t.role != Task::Role::ExitHandler)
            steps.append(&t);
    }
    const ComponentSpec *entryComponent = m_pipeline.component(entry);
    const QJsonObject keptSpec = m_pipeline.extras.value(u"argoSpec").toObject();
    const bool fromTemplateRef = keptSpec.contains(u"workflowTemplateRef");
    if (steps.isEmpty() && fromTemplateRef) {
        // The steps are the referenced WorkflowTemplate's: an entrypoint named here is one of
        // its templates, written back as it was.
        if (!m_pipeline.extras.contains(QStringLiteral("argoEntrypoint")))
            spec.remove(QStringLiteral("entrypoint"));
    } else if (steps.isEmpty() && !m_pipeline.extras.contains(QStringLiteral("argoEntrypoint"))) {
        // A template library (WorkflowTemplate without an entrypoint): templates only.
        spec.remove(QStringLiteral("entrypoint"));
    } else if (entryComponent && entryComponent->implementation.kind == Implementation::Kind::Graph) {
        dagTemplate(entry, entry); // a recursive entry is also a component: its DAG is the component's
    } else if (entryComponent && steps.size() == 1 && steps.front()->component == entry) {
        // The workflow's entrypoint is a single container or script template: no wrapping DAG.
        spec.insert(QStringLiteral("entrypoint"), leafTemplate({}, *steps.front(), *entryComponent));
    } else {
        dagTemplate({}, entry);
    }
    if (const Task *exit = m_pipeline.exitHandler()) {
        const ComponentSpec *c = m_pipeline.component(exit->component);
        if (c && c->implementation.kind == Implementation::Kind::Graph)
            spec.insert(QStringLiteral("onExit"), dagTemplate(c->key, c->key));
        else if (c)
            spec.insert(QStringLiteral("onExit"), leafTemplate({}, *exit, *c));
    }
    // Templates no task uses still belong to the file (libraries, hooks, templates named in
    // kept fields): write them too, with no task settings.
    for (const ComponentSpec &c : m_pipeline.components) {
        if (m_templatesByName.contains(c.key) || c.implementation.kind == Implementation::Kind::Reference)
            continue;
        if (c.implementation.kind == Implementation::Kind::Graph) {
            dagTemplate(c.key, c.key);
        } else {
            Task none;
            none.component = c.key;
            leafTemplate({}, none, c);
        }
    }
    if (!m_templates.isEmpty() || !fromTemplateRef)
        spec.insert(QStringLiteral("templates"), m_templates);
    for (const QJsonValue &v : keptSpec.value(u"volumes").toArray()) {
        const QString name = v.toObject().value(u"name").toString();
        if (!m_volumes.contains(name))
            m_volumes.insert(name, v.toObject());
    }
    if (!m_volumes.isEmpty()) {
        QJsonArray volumes;
        for (const QJsonObject &v : std::as_const(m_volumes))
            volumes.append(v);
        spec.insert(QStringLiteral("volumes"), volumes);
    }
    mergeInto(&spec, keptSpec);
    return spec;
}

QString ArgoWriter::addTemplate(const QString &base, QJsonObject tmpl)
{
    // Identical templates are shared; different ones with the same base name get a suffix.
    const QString stem = names::isValidArgoName(base) ? base : names::sanitize(base);
    QString name = stem;
    for (int n = 2;; ++n) {
        const auto it = m_templatesByName.constFind(name);
        QJsonObject candidate = tmpl;
        candidate.insert(QStringLiteral("name"), name);
        if (it == m_templatesByName.cend()) {
            m_templatesByName.insert(name, candidate);
            m_templates.append(candidate);
            return name;
        }
        if (*it == candidate)
            return name;
        name = stem + QLatin1Char('-') + QString::number(n);
    }
}

QString ArgoWriter::dagTemplate(const QString &graphKey, const QString &preferredName)
{
    if (const auto it = m_dagNames.constFind(graphKey); it != m_dagNames.cend())
        return *it;
    const Graph *graph = m_pipeline.graph(graphKey);
    const QString name = names::isValidArgoName(preferredName) ? preferredName : names::sanitize(preferredName);
    m_dagNames.insert(graphKey, name); // before the tasks: a recursive sub-pipeline refers to itself
    // Reserve the slot so the entry template comes first and recursion finds the name taken.
    m_templatesByName.insert(name, QJsonObject{{QStringLiteral("name"), name}});
    const qsizetype slot = m_templates.size();
    m_templates.append(QJsonObject());

    QJsonArray tasks;
    for (const Task &t : graph->tasks()) {
        if (t.role == Task::Role::ExitHandler)
            continue;
        tasks.append(dagTask(graphKey, *graph, t));
    }
    QJsonObject tmpl{{QStringLiteral("name"), name}, {QStringLiteral("dag"), QJsonObject{{QStringLiteral("tasks"), tasks}}}};
    if (!graphKey.isEmpty()) {
        const ComponentSpec &c = m_pipeline.components[graphKey];
        Task none;
        tmpl.insert(QStringLiteral("inputs"), ioDeclarations(c, none, false));
        QJsonArray outParams, outArtifacts;
        for (auto it = graph->outputs.cbegin(); it != graph->outputs.cend(); ++it) {
            bool artifact = false;
            const QString value = bindingValue(graphKey, *graph, *it, none, &artifact);
            if (artifact)
                outArtifacts.append(QJsonObject{{QStringLiteral("name"), argoPortName(it.key())}, {QStringLiteral("from"), value}});
            else
                outParams.append(QJsonObject{{QStringLiteral("name"), argoPortName(it.key())},
                                             {QStringLiteral("valueFrom"), QJsonObject{{QStringLiteral("parameter"), value}}}});
        }
        insertIfSet(&tmpl, QStringLiteral("outputs"), parametersAndArtifacts(outParams, outArtifacts));
    }
    if (!graphKey.isEmpty()) {
        const ComponentSpec &c = m_pipeline.components[graphKey];
        QJsonObject dag = tmpl.value(u"dag").toObject();
        mergeInto(&dag, c.extras.value(u"argoDag").toObject());
        tmpl.insert(QStringLiteral("dag"), dag);
        mergeInto(&tmpl, c.extras.value(u"argoTemplate").toObject());
    } else if (tmpl.contains(u"dag")) {
        // The entry DAG's own fields (target, failFast) read from an Argo file.
        QJsonObject dag = tmpl.value(u"dag").toObject();
        mergeInto(&dag, m_pipeline.extras.value(u"argoEntryDag").toObject());
        tmpl.insert(QStringLiteral("dag"), dag);
    }
    if (graphKey.isEmpty()) // the entry template's own fields (parallelism, synchronization)
        mergeInto(&tmpl, m_pipeline.extras.value(u"argoEntryTemplate").toObject());
    m_templates[slot] = tmpl;
    m_templatesByName.insert(name, tmpl);
    return name;
}

QJsonObject ArgoWriter::dagTask(const QString &graphKey, const Graph &graph, const Task &t)
{
    QJsonObject task{{QStringLiteral("name"), t.name}};
    const ComponentSpec *c = m_pipeline.component(t.component);
    if (!c) {
        error(t, Tr::tr("unknown component '%1'").arg(t.component));
        return task;
    }
    if (c->implementation.kind == Implementation::Kind::Graph)
        task.insert(QStringLiteral("template"), dagTemplate(c->key, c->key));
    else if (c->implementation.kind == Implementation::Kind::Reference && c->extras.contains(QStringLiteral("argoTemplateRef")))
        task.insert(QStringLiteral("templateRef"), c->extras.value(u"argoTemplateRef"));
    else
        task.insert(QStringLiteral("template"), leafTemplate(graphKey, t, *c));

    QJsonArray params, artifacts;
    for (auto it = t.inputs.cbegin(); it != t.inputs.cend(); ++it) {
        if (const QJsonObject kept = keptArgument(*it, "argoArtifact"); !kept.isEmpty()) {
            artifacts.append(kept);
            continue;
        }
        if (const QJsonObject kept = keptArgument(*it, "argoParameter"); !kept.isEmpty()) {
            params.append(kept);
            continue;
        }
        bool fromArtifact = false;
        const QString value = bindingValue(graphKey, graph, *it, t, &fromArtifact);
        const QString port = argoPortName(it.key());
        const bool isArtifactInput = c->implementation.kind == Implementation::Kind::Graph
                                             || c->implementation.kind == Implementation::Kind::Opaque
                                             || c->implementation.kind == Implementation::Kind::Reference
                                         ? (c->input(it.key()) ? c->input(it.key())->artifact : fromArtifact)
                                         : readAsFile(*c, it.key());
        if (isArtifactInput) {
            if (it->kind == Binding::Kind::Constant)
                artifacts.append(QJsonObject{{QStringLiteral("name"), port},
                                             {QStringLiteral("raw"), QJsonObject{{QStringLiteral("data"), value}}}});
            else
                artifacts.append(QJsonObject{{QStringLiteral("name"), port}, {QStringLiteral("from"), value}});
        } else {
            params.append(QJsonObject{{QStringLiteral("name"), port}, {QStringLiteral("value"), value}});
        }
    }
    insertIfSet(&task, QStringLiteral("arguments"), parametersAndArtifacts(params, artifacts));

    QJsonArray deps;
    for (TaskId up : graph.upstreamOf(t.id)) {
        if (const Task *u = graph.task(up))
            deps.append(u->name);
    }
    // An enhanced `depends` read from a file says more than the list; it goes back as written.
    if (!deps.isEmpty() && !t.extras.contains(QStringLiteral("depends")))
        task.insert(QStringLiteral("dependencies"), deps);

    const Condition &cond = t.settings.condition;
    if (cond.isSet()) {
        if (cond.dialect == Condition::Dialect::ArgoWhen) {
            task.insert(QStringLiteral("when"), cond.text);
        } else {
            const CelToArgo::Result when = CelToArgo::translate(cond.text, [&](const QString &input) -> std::optional<QString> {
                if (!t.inputs.contains(input))
                    return std::nullopt;
                bool artifact = false;
                const QString value = bindingValue(graphKey, graph, t.inputs.value(input), t, &artifact);
                return value.isEmpty() || artifact ? std::nullopt : std::optional<QString>(value);
            });
            if (when.error.isEmpty())
                task.insert(QStringLiteral("when"), when.when);
            else
                error(t, Tr::tr("the KFP condition '%1' has no certain Argo translation: %2").arg(cond.text, when.error));
        }
    }
    const Loop &loop = t.settings.loop;
    switch (loop.kind) {
    case Loop::Kind::Items:
        task.insert(QStringLiteral("withItems"), loop.items);
        break;
    case Loop::Kind::Parameter: {
        bool artifact = false;
        task.insert(QStringLiteral("withParam"), bindingValue(graphKey, graph, loop.source, t, &artifact));
        if (artifact)
            error(t, Tr::tr("Argo loops over a JSON list parameter, not over artifacts"));
        break;
    }
    case Loop::Kind::Sequence: {
        QJsonObject seq;
        insertIfSet(&seq, QStringLiteral("count"), loop.sequenceCount);
        insertIfSet(&seq, QStringLiteral("start"), loop.sequenceStart);
        insertIfSet(&seq, QStringLiteral("end"), loop.sequenceEnd);
        insertIfSet(&seq, QStringLiteral("format"), loop.sequenceFormat);
        task.insert(QStringLiteral("withSequence"), seq);
        break;
    }
    case Loop::Kind::None:
        break;
    }
    for (auto it = t.extras.begin(); it != t.extras.end(); ++it) {
        // Fields of an Argo task the model does not express (continueOn, hooks, onExit…) go back as they came.
        // Other formats' leftovers (KFP's triggerStrategy…) are not Argo fields.
        static const QSet<QString> argoTaskFields{QStringLiteral("continueOn"), QStringLiteral("hooks"), QStringLiteral("onExit"),
                                                  QStringLiteral("depends"), QStringLiteral("targets")};
        if (argoTaskFields.contains(it.key()))
            task.insert(it.key(), it.value());
    }
    return task;
}

QString ArgoWriter::leafTemplate(const QString &graphKey, const Task &t, const ComponentSpec &c)
{
    Q_UNUSED(graphKey);
    const Implementation &impl = c.implementation;
    if (impl.kind == Implementation::Kind::Opaque) {
        QJsonObject tmpl = impl.opaque;
        tmpl.remove(QStringLiteral("name"));
        return addTemplate(c.key, tmpl);
    }
    if (impl.kind == Implementation::Kind::Reference) {
        error(t, Tr::tr("component '%1' is only a reference (%2); load it before exporting").arg(c.name, impl.referenceUrl));
        return names::sanitize(c.key);
    }
    QJsonObject tmpl;
    QJsonObject inputs = ioDeclarations(c, t, false);
    QJsonObject outputs = ioDeclarations(c, t, true);
    const QJsonObject portFields = c.extras.value(u"argoPortFields").toObject();
    mergePortFields(&inputs, QStringLiteral("inputs"), portFields);
    mergePortFields(&outputs, QStringLiteral("outputs"), portFields);
    if (!inputs.isEmpty())
        tmpl.insert(QStringLiteral("inputs"), inputs);
    if (!outputs.isEmpty())
        tmpl.insert(QStringLiteral("outputs"), outputs);

    const TaskSettings &s = t.settings;
    QJsonObject body{{QStringLiteral("image"), impl.image}};
    if (impl.kind == Implementation::Kind::Container) {
        if (!impl.command.empty())
            body.insert(QStringLiteral("command"), renderLine(impl.command, c, t));
        if (!impl.args.empty())
            body.insert(QStringLiteral("args"), renderLine(impl.args, c, t));
    } else {
        body.insert(QStringLiteral("command"), QJsonArray::fromStringList(impl.interpreter.isEmpty() ? QStringList{QStringLiteral("sh")} : impl.interpreter));
        body.insert(QStringLiteral("source"), impl.source);
    }
    QJsonArray env;
    for (const EnvVar &e : impl.env)
        env.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("value"), e.value}});
    for (const EnvVar &e : s.env)
        env.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("value"), e.value}});
    for (const SecretEnvVar &e : s.secretEnv)
        env.append(QJsonObject{{QStringLiteral("name"), e.name},
                               {QStringLiteral("valueFrom"), QJsonObject{{QStringLiteral("secretKeyRef"),
                                                                          QJsonObject{{QStringLiteral("name"), e.secretName},
                                                                                      {QStringLiteral("key"), e.secretKey}}}}}});
    if (!env.isEmpty())
        body.insert(QStringLiteral("env"), env);
    const Resources &r = s.resources;
    if (!r.isEmpty()) {
        QJsonObject requests, limits;
        insertIfSet(&requests, QStringLiteral("cpu"), r.cpuRequest);
        insertIfSet(&requests, QStringLiteral("memory"), r.memoryRequest);
        insertIfSet(&limits, QStringLiteral("cpu"), r.cpuLimit);
        insertIfSet(&limits, QStringLiteral("memory"), r.memoryLimit);
        insertIfSet(&limits, r.gpuResource, r.gpuLimit);
        QJsonObject resources;
        insertIfSet(&resources, QStringLiteral("requests"), requests);
        insertIfSet(&resources, QStringLiteral("limits"), limits);
        mergeInto(&resources, c.extras.value(u"argoResources").toObject());
        body.insert(QStringLiteral("resources"), resources);
    } else if (c.extras.contains(QStringLiteral("argoResources"))) {
        body.insert(QStringLiteral("resources"), c.extras.value(u"argoResources"));
    }
    QJsonArray mounts;
    for (const VolumeMount &v : s.volumes) {
        QJsonObject m{{QStringLiteral("name"), v.name}, {QStringLiteral("mountPath"), v.mountPath}};
        insertIfSet(&m, QStringLiteral("subPath"), v.subPath);
        if (v.readOnly)
            m.insert(QStringLiteral("readOnly"), true);
        mounts.append(m);
        if (v.source == VolumeMount::Source::Other && v.other.isEmpty())
            continue; // declared elsewhere (volumeClaimTemplates, the template's own volumes)
        const QJsonObject vol = volumeSpec(v);
        if (m_volumes.contains(v.name) && m_volumes.value(v.name) != vol)
            error(t, Tr::tr("volume '%1' is defined differently by another task; Argo volumes are shared by name").arg(v.name));
        m_volumes.insert(v.name, vol);
    }
    if (!mounts.isEmpty())
        body.insert(QStringLiteral("volumeMounts"), mounts);
    const QJsonObject keptBody = c.extras.value(u"argoContainer").toObject();
    if (keptBody.contains(QStringLiteral("env"))) {
        QJsonArray allEnv = body.value(u"env").toArray();
        for (const QJsonValue &e : keptBody.value(u"env").toArray())
            allEnv.append(e);
        body.insert(QStringLiteral("env"), allEnv);
    }
    mergeInto(&body, keptBody);
    tmpl.insert(impl.kind == Implementation::Kind::Container ? QStringLiteral("container") : QStringLiteral("script"), body);

    if (s.retry.limit > 0) {
        QJsonObject retry{{QStringLiteral("limit"), QString::number(s.retry.limit)}};
        insertIfSet(&retry, QStringLiteral("retryPolicy"), s.retry.retryOn);
        QJsonObject backoff;
        insertIfSet(&backoff, QStringLiteral("duration"), s.retry.backoffDuration);
        if (s.retry.backoffFactor > 0)
            backoff.insert(QStringLiteral("factor"), QString::number(s.retry.backoffFactor, 'g', 10));
        insertIfSet(&backoff, QStringLiteral("maxDuration"), s.retry.backoffMaxDuration);
        insertIfSet(&retry, QStringLiteral("backoff"), backoff);
        tmpl.insert(QStringLiteral("retryStrategy"), retry);
    }
    if (s.timeoutSeconds > 0)
        tmpl.insert(QStringLiteral("activeDeadlineSeconds"), QString::number(s.timeoutSeconds));
    if (!s.nodeSelector.isEmpty()) {
        QJsonObject sel;
        for (auto it = s.nodeSelector.cbegin(); it != s.nodeSelector.cend(); ++it)
            sel.insert(it.key(), *it);
        tmpl.insert(QStringLiteral("nodeSelector"), sel);
    }
    if (t.role == Task::Role::ExitHandler) {
        // onExit runs without task arguments: bake its bindings into the input defaults.
        QJsonObject ins = tmpl.value(QStringLiteral("inputs")).toObject();
        QJsonArray params = ins.value(QStringLiteral("parameters")).toArray();
        for (qsizetype i = 0; i < params.size(); ++i) {
            QJsonObject p = params[i].toObject();
            for (auto it = t.inputs.cbegin(); it != t.inputs.cend(); ++it) {
                if (argoPortName(it.key()) != p.value(u"name").toString())
                    continue;
                bool artifact = false;
                p.insert(QStringLiteral("value"), bindingValue({}, m_pipeline.root, *it, t, &artifact));
            }
            params[i] = p;
        }
        if (!params.isEmpty()) {
            ins.insert(QStringLiteral("parameters"), params);
            tmpl.insert(QStringLiteral("inputs"), ins);
        }
    }
    mergeInto(&tmpl, c.extras.value(u"argoTemplate").toObject());
    return addTemplate(c.key, tmpl);
}

QString ArgoWriter::bindingValue(const QString &graphKey, const Graph &graph, const Binding &b, const Task &t,
                                 bool *isArtifactFrom)
{
    *isArtifactFrom = false;
    switch (b.kind) {
    case Binding::Kind::None:
        return {};
    case Binding::Kind::Constant:
        return jsonText(b.constant);
    case Binding::Kind::Parameter: {
        const QList<PortSpec> *inputs = m_pipeline.graphInputs(graphKey);
        bool artifact = false;
        for (const PortSpec &p : inputs ? *inputs : QList<PortSpec>())
            artifact = artifact || (p.name == b.parameter && p.artifact);
        *isArtifactFrom = artifact;
        const QString scope = graphKey.isEmpty() ? QStringLiteral("workflow") : QStringLiteral("inputs");
        return QStringLiteral("{{%1.%2.%3}}").arg(scope, artifact ? QStringLiteral("artifacts") : QStringLiteral("parameters"),
                                                  argoPortName(b.parameter));
    }
    case Binding::Kind::TaskOutput: {
        const Task *producer = graph.task(b.task);
        if (!producer)
            return {};
        const ComponentSpec *pc = m_pipeline.component(producer->component);
        const PortSpec *out = pc ? pc->output(b.output) : nullptr;
        if (out && out->fromStdout)
            return QStringLiteral("{{tasks.%1.outputs.result}}").arg(producer->name);
        *isArtifactFrom = out && out->artifact;
        return QStringLiteral("{{tasks.%1.outputs.%2.%3}}")
            .arg(producer->name, *isArtifactFrom ? QStringLiteral("artifacts") : QStringLiteral("parameters"), argoPortName(b.output));
    }
    case Binding::Kind::LoopItem:
        return b.itemField.isEmpty() ? QStringLiteral("{{item}}") : QStringLiteral("{{item.%1}}").arg(b.itemField);
    case Binding::Kind::Expression:
        if (b.expression.startsWith(u"{\"kfpInput\"")) {
            error(t, Tr::tr("the KFP input expression %1 has no Argo equivalent").arg(b.expression));
            return {};
        }
        return b.expression;
    }
    return {};
}

void ArgoWriter::error(const Task &task, const QString &message)
{
    Diagnostic d = Diagnostic::error(message, task.location);
    d.task = task.id;
    d.taskName = task.name;
    m_diagnostics.append(d);
}

} // namespace ps
