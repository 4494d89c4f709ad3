#include "validator.h"

#include "graphalgorithms.h"
#include "names.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Validator)
};

// Argo parameter and artifact names also allow '_' (validate.go, paramOrArtifactNameRegex).
bool isValidParameterName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[-a-zA-Z0-9_]+$"));
    return re.match(name).hasMatch();
}

bool checksInterface(const ComponentSpec *c)
{
    // Components known only by reference, or kept as written, have no interface to check against.
    return c && c->implementation.kind != Implementation::Kind::Reference
           && c->implementation.kind != Implementation::Kind::Opaque;
}

} // namespace

Diagnostics Validator::validate(const Pipeline &pipeline)
{
    Validator v(pipeline);
    v.checkPipeline();
    return v.m_diagnostics;
}

Diagnostics Validator::validateComponent(const ComponentSpec &component, const QMap<QString, ComponentSpec> &dependencies)
{
    Pipeline holder;
    holder.components = dependencies;
    holder.components.insert(component.key, component);
    Validator v(holder);
    v.checkComponent(component);
    for (const ComponentSpec &dep : dependencies) {
        if (dep.key != component.key)
            v.checkComponent(dep);
    }
    return v.m_diagnostics;
}

void Validator::checkPipeline()
{
    const Pipeline &p = m_pipeline;
    if (p.name.isEmpty())
        m_diagnostics.append(Diagnostic::warning(Tr::tr("the pipeline has no name")));
    else if (const QString problem = names::dns1123Problem(p.name); !problem.isEmpty())
        m_diagnostics.append(Diagnostic::error(Tr::tr("pipeline name '%1': %2").arg(p.name, problem)));
    checkParameters(p.parameters, Tr::tr("pipeline parameter"), {});
    if (p.schedule && p.schedule->cron.split(u' ', Qt::SkipEmptyParts).size() < 5
        && !p.schedule->cron.startsWith(u'@'))
        m_diagnostics.append(Diagnostic::error(
            Tr::tr("schedule '%1' is not a cron expression (five fields such as '0 2 * * *')").arg(p.schedule->cron)));
    for (const ComponentSpec &c : p.components)
        checkComponent(c);
    checkGraph({}, p.root);
    int exitHandlers = 0;
    for (const Task &t : p.root.tasks()) {
        if (t.role == Task::Role::ExitHandler && ++exitHandlers == 2)
            taskError({}, t, Tr::tr("a pipeline has at most one exit handler"));
    }
}

void Validator::checkParameters(const QList<PortSpec> &ports, const QString &what, const QString &graphKey)
{
    QSet<QString> seen;
    for (const PortSpec &p : ports) {
        Diagnostic d = Diagnostic::error({}, p.location);
        d.graph = graphKey;
        if (p.name.isEmpty()) {
            d.message = Tr::tr("a %1 has no name").arg(what);
            m_diagnostics.append(d);
            continue;
        }
        if (graphKey.isEmpty() && !isValidParameterName(p.name)) {
            // Pipeline parameters reach the engines as they are; component ports are renamed on export.
            d.message = Tr::tr("%1 '%2': use letters, digits, '-' and '_' only").arg(what, p.name);
            m_diagnostics.append(d);
        }
        if (seen.contains(p.name)) {
            d.message = Tr::tr("%1 '%2' is defined twice").arg(what, p.name);
            m_diagnostics.append(d);
        }
        seen.insert(p.name);
    }
}

void Validator::checkComponent(const ComponentSpec &c)
{
    const QString label = c.name.isEmpty() ? c.key : c.name;
    const QString scope = c.key.isEmpty() ? QStringLiteral("component") : c.key;
    checkParameters(c.inputs, Tr::tr("input of component '%1'").arg(label), scope);
    checkParameters(c.outputs, Tr::tr("output of component '%1'").arg(label), scope);
    const Implementation &impl = c.implementation;
    switch (impl.kind) {
    case Implementation::Kind::Container:
        if (impl.image.isEmpty())
            m_diagnostics.append(Diagnostic::error(Tr::tr("component '%1' has no container image").arg(label), c.location));
        checkCommandLine(c, impl.command);
        checkCommandLine(c, impl.args);
        break;
    case Implementation::Kind::Script:
        if (impl.image.isEmpty())
            m_diagnostics.append(Diagnostic::error(Tr::tr("component '%1' has no container image").arg(label), c.location));
        if (impl.source.trimmed().isEmpty())
            m_diagnostics.append(Diagnostic::warning(Tr::tr("component '%1' has an empty script").arg(label), c.location));
        break;
    case Implementation::Kind::Graph:
        checkGraph(c.key, impl.graph);
        for (auto it = impl.graph.outputs.cbegin(); it != impl.graph.outputs.cend(); ++it) {
            if (!c.output(it.key()))
                m_diagnostics.append(Diagnostic::error(
                    Tr::tr("sub-pipeline '%1' binds unknown output '%2'").arg(label, it.key()), c.location));
        }
        break;
    case Implementation::Kind::Reference:
        m_diagnostics.append(Diagnostic::warning(
            Tr::tr("component '%1' is only referenced (%2) and not loaded; its inputs and outputs are not checked")
                .arg(label, impl.referenceUrl.isEmpty() ? impl.referenceDigest : impl.referenceUrl),
            c.location));
        break;
    case Implementation::Kind::Opaque:
        break;
    }
}

void Validator::checkCommandLine(const ComponentSpec &c, const CommandLine &line)
{
    QStringList ins, outs;
    for (const CommandArg &a : line)
        a.collectPorts(&ins, &outs);
    const QString label = c.name.isEmpty() ? c.key : c.name;
    for (const QString &name : std::as_const(ins)) {
        if (!c.input(name))
            m_diagnostics.append(Diagnostic::error(
                Tr::tr("the command of '%1' refers to unknown input '%2'").arg(label, name), c.location));
    }
    for (const QString &name : std::as_const(outs)) {
        if (!c.output(name))
            m_diagnostics.append(Diagnostic::error(
                Tr::tr("the command of '%1' refers to unknown output '%2'").arg(label, name), c.location));
    }
}

void Validator::checkGraph(const QString &graphKey, const Graph &graph)
{
    QHash<QString, int> nameCount;
    for (const Task &t : graph.tasks())
        ++nameCount[t.name];
    for (const Task &t : graph.tasks()) {
        if (nameCount.value(t.name) > 1)
            taskError(graphKey, t, Tr::tr("the name '%1' is used by %2 tasks").arg(t.name).arg(nameCount.value(t.name)));
        if (const QString problem = names::argoNameProblem(t.name); !problem.isEmpty())
            taskError(graphKey, t, Tr::tr("invalid task name: %1").arg(problem));
        checkTask(graphKey, graph, t);
    }
    for (const QList<TaskId> &cycle : graphalgorithms::cycles(graph)) {
        QStringList path;
        for (TaskId id : cycle)
            path.append(graph.task(id)->name);
        path.append(path.front());
        taskError(graphKey, *graph.task(cycle.front()),
                  Tr::tr("cycle: %1 — a task cannot wait for itself").arg(path.join(QStringLiteral(" → "))));
    }
}

void Validator::checkTask(const QString &graphKey, const Graph &graph, const Task &t)
{
    const ComponentSpec *c = m_pipeline.component(t.component);
    if (t.component.isEmpty())
        taskError(graphKey, t, Tr::tr("no component is set"));
    else if (!c)
        taskError(graphKey, t, Tr::tr("unknown component '%1'").arg(t.component));
    if (t.role == Task::Role::ExitHandler && !graphKey.isEmpty())
        taskError(graphKey, t, Tr::tr("only the pipeline itself can have an exit handler, not a sub-pipeline"));

    for (auto it = t.inputs.cbegin(); it != t.inputs.cend(); ++it) {
        const PortSpec *port = c ? c->input(it.key()) : nullptr;
        if (checksInterface(c) && !port) {
            // Argo and KFP both ignore an argument the template does not declare (KFP's driver
            // reads some "pipelinechannel--" ones itself): worth a warning, not a refusal.
            taskError(graphKey, t, Tr::tr("component '%1' has no input '%2'; the value is ignored").arg(t.component, it.key()),
                      Diagnostic::Severity::Warning);
        }
        checkBinding(graphKey, graph, t, it.key(), *it, port);
    }
    if (checksInterface(c)) {
        for (const PortSpec &in : c->inputs) {
            if (in.isRequired() && !t.inputs.value(in.name).isSet())
                taskError(graphKey, t, Tr::tr("input '%1' needs a value").arg(in.name));
        }
    }
    for (TaskId d : t.dependencies) {
        if (!graph.task(d))
            taskError(graphKey, t, Tr::tr("waits for a task that does not exist"));
    }
    const Loop &loop = t.settings.loop;
    if (loop.kind == Loop::Kind::Parameter)
        checkBinding(graphKey, graph, t, QStringLiteral("loop"), loop.source, nullptr);
    if (loop.kind == Loop::Kind::Sequence && loop.sequenceCount.isEmpty() && loop.sequenceEnd.isEmpty())
        taskError(graphKey, t, Tr::tr("a sequence loop needs a count or an end"));
    if (loop.parallelism < 0)
        taskError(graphKey, t, Tr::tr("loop parallelism cannot be negative"));
    if (t.settings.retry.limit < 0)
        taskError(graphKey, t, Tr::tr("the retry limit cannot be negative"));
    if (t.settings.timeoutSeconds < 0)
        taskError(graphKey, t, Tr::tr("the timeout cannot be negative"));
    for (const EnvVar &e : t.settings.env) {
        if (e.name.isEmpty())
            taskError(graphKey, t, Tr::tr("an environment variable has no name"));
    }
    for (const SecretEnvVar &e : t.settings.secretEnv) {
        if (e.name.isEmpty() || e.secretName.isEmpty() || e.secretKey.isEmpty())
            taskError(graphKey, t, Tr::tr("a secret environment variable needs a name, a secret and a key"));
    }
    for (const VolumeMount &v : t.settings.volumes) {
        if (!v.mountPath.startsWith(u'/'))
            taskError(graphKey, t, Tr::tr("volume '%1' must be mounted at an absolute path").arg(v.name));
        if (v.source == VolumeMount::Source::PersistentVolumeClaim && v.reference.isEmpty())
            taskError(graphKey, t, Tr::tr("volume '%1' needs the name of its persistent volume claim").arg(v.name));
    }
}

void Validator::checkBinding(const QString &graphKey, const Graph &graph, const Task &t, const QString &input,
                             const Binding &b, const PortSpec *port)
{
    switch (b.kind) {
    case Binding::Kind::None:
    case Binding::Kind::Constant:
    case Binding::Kind::Expression:
        return;
    case Binding::Kind::LoopItem:
        if (!t.settings.loop.isSet())
            taskError(graphKey, t, Tr::tr("input '%1' takes the loop item, but the task has no loop").arg(input));
        return;
    case Binding::Kind::Parameter: {
        const QList<PortSpec> *params = m_pipeline.graphInputs(graphKey);
        const PortSpec *param = nullptr;
        for (const PortSpec &p : params ? *params : QList<PortSpec>()) {
            if (p.name == b.parameter)
                param = &p;
        }
        if (!param) {
            taskError(graphKey, t, Tr::tr("input '%1' uses unknown parameter '%2'").arg(input, b.parameter));
            return;
        }
        if (port && !TypeSpec::canConnect(param->type, port->type))
            taskError(graphKey, t, Tr::tr("input '%1' is %2 but parameter '%3' is %4")
                                       .arg(input, port->type.displayName(), b.parameter, param->type.displayName()));
        return;
    }
    case Binding::Kind::TaskOutput: {
        const Task *producer = graph.task(b.task);
        if (!producer) {
            taskError(graphKey, t, Tr::tr("input '%1' comes from a task that does not exist").arg(input));
            return;
        }
        const ComponentSpec *pc = m_pipeline.component(producer->component);
        if (!checksInterface(pc))
            return;
        const PortSpec *out = pc->output(b.output);
        if (!out) {
            taskError(graphKey, t, Tr::tr("input '%1' uses output '%2' of '%3', which has no such output")
                                       .arg(input, b.output, producer->name));
            return;
        }
        if (port && !TypeSpec::canConnect(out->type, port->type))
            taskError(graphKey, t, Tr::tr("type mismatch: input '%1' is %2 but '%3.%4' is %5")
                                       .arg(input, port->type.displayName(), producer->name, b.output,
                                            out->type.displayName()));
        return;
    }
    }
}

void Validator::taskError(const QString &graphKey, const Task &task, const QString &message, Diagnostic::Severity severity)
{
    Diagnostic d{severity, message, task.location, task.id, task.name, graphKey};
    m_diagnostics.append(d);
}

} // namespace ps
