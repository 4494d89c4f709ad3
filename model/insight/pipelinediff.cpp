#include "pipelinediff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PipelineDiff)
};

// A binding with its producer named, so ids of two pipelines compare.
QString bindingText(const Graph &graph, const Binding &b)
{
    if (b.kind != Binding::Kind::TaskOutput)
        return QStringLiteral("%1|%2|%3|%4|%5")
            .arg(int(b.kind))
            .arg(QString::fromUtf8(QJsonDocument(QJsonArray{b.constant}).toJson(QJsonDocument::Compact)), b.parameter, b.itemField,
                 b.expression);
    const Task *producer = graph.task(b.task);
    return QStringLiteral("output|%1|%2").arg(producer ? producer->name : QString(), b.output);
}

QStringList namesOf(const Graph &graph, const QList<TaskId> &ids)
{
    QStringList names;
    for (TaskId id : ids)
        if (const Task *t = graph.task(id))
            names.append(t->name);
    names.sort();
    return names;
}

struct Side {
    const Pipeline *pipeline;
    const Graph *graph;
    const Task *task;
    const ComponentSpec *component() const { return pipeline->component(task->component); }
};

QStringList changedFields(const Side &a, const Side &b)
{
    QStringList fields;
    const ComponentSpec *ca = a.component();
    const ComponentSpec *cb = b.component();
    const Implementation none;
    const Implementation &ia = ca ? ca->implementation : none;
    const Implementation &ib = cb ? cb->implementation : none;
    if (ia.kind != ib.kind || (ca == nullptr) != (cb == nullptr))
        fields << QStringLiteral("component");
    if (ia.image != ib.image)
        fields << QStringLiteral("image");
    if (ia.command != ib.command || ia.args != ib.args)
        fields << QStringLiteral("command");
    if (ia.source != ib.source || ia.interpreter != ib.interpreter)
        fields << QStringLiteral("script");
    if ((ca && cb) && (ca->inputs != cb->inputs || ca->outputs != cb->outputs))
        fields << QStringLiteral("ports");
    QMap<QString, QString> inA;
    QMap<QString, QString> inB;
    for (auto it = a.task->inputs.cbegin(); it != a.task->inputs.cend(); ++it)
        inA.insert(it.key(), bindingText(*a.graph, it.value()));
    for (auto it = b.task->inputs.cbegin(); it != b.task->inputs.cend(); ++it)
        inB.insert(it.key(), bindingText(*b.graph, it.value()));
    if (inA != inB)
        fields << QStringLiteral("inputs");
    if (namesOf(*a.graph, a.task->dependencies) != namesOf(*b.graph, b.task->dependencies))
        fields << QStringLiteral("dependencies");
    const TaskSettings &sa = a.task->settings;
    const TaskSettings &sb = b.task->settings;
    if (sa.resources != sb.resources)
        fields << QStringLiteral("resources");
    if (sa.env != sb.env || sa.secretEnv != sb.secretEnv || ia.env != ib.env)
        fields << QStringLiteral("env");
    if (sa.retry != sb.retry)
        fields << QStringLiteral("retries");
    if (sa.timeoutSeconds != sb.timeoutSeconds)
        fields << QStringLiteral("timeout");
    if (sa.cachingEnabled != sb.cachingEnabled)
        fields << QStringLiteral("caching");
    if (sa.volumes != sb.volumes)
        fields << QStringLiteral("volumes");
    if (sa.nodeSelector != sb.nodeSelector)
        fields << QStringLiteral("nodeSelector");
    if (sa.condition != sb.condition)
        fields << QStringLiteral("condition");
    Loop la = sa.loop;
    Loop lb = sb.loop;
    const QString sourceA = bindingText(*a.graph, la.source);
    const QString sourceB = bindingText(*b.graph, lb.source);
    la.source = lb.source = Binding();
    if (la != lb || sourceA != sourceB)
        fields << QStringLiteral("loop");
    if (a.task->role != b.task->role)
        fields << QStringLiteral("role");
    return fields;
}

void diffGraphs(const Pipeline &pa, const Graph &ga, const Pipeline &pb, const Graph &gb, const QString &prefix,
                QList<PipelineDiff::Change> &out, int depth)
{
    using Kind = PipelineDiff::Change::Kind;
    for (const Task &ta : ga.tasks()) {
        const Task *tb = gb.taskByName(ta.name);
        const QString path = prefix + ta.name;
        if (!tb) {
            out.append({Kind::Removed, path, {}});
            continue;
        }
        const QStringList fields = changedFields({&pa, &ga, &ta}, {&pb, &gb, tb});
        const ComponentSpec *ca = pa.component(ta.component);
        const ComponentSpec *cb = pb.component(tb->component);
        const bool graphs = ca && cb && ca->implementation.kind == Implementation::Kind::Graph
                            && cb->implementation.kind == Implementation::Kind::Graph;
        if (!fields.isEmpty())
            out.append({Kind::Changed, path, fields});
        if (graphs && depth < 32)
            diffGraphs(pa, ca->implementation.graph, pb, cb->implementation.graph, path + u'/', out, depth + 1);
    }
    for (const Task &tb : gb.tasks())
        if (!ga.taskByName(tb.name))
            out.append({Kind::Added, prefix + tb.name, {}});
}

} // namespace

QString toString(PipelineDiff::Change::Kind kind)
{
    switch (kind) {
    case PipelineDiff::Change::Kind::Added: return QStringLiteral("added");
    case PipelineDiff::Change::Kind::Removed: return QStringLiteral("removed");
    case PipelineDiff::Change::Kind::Changed: return QStringLiteral("changed");
    }
    return {};
}

PipelineDiff PipelineDiff::between(const Pipeline &before, const Pipeline &after)
{
    PipelineDiff d;
    diffGraphs(before, before.root, after, after.root, QString(), d.tasks, 0);
    for (const PortSpec &p : before.parameters) {
        const PortSpec *q = after.parameter(p.name);
        if (!q)
            d.parameters.append({Change::Kind::Removed, p.name, {}});
        else if (p.defaultValue != q->defaultValue || !(p.type == q->type))
            d.parameters.append({Change::Kind::Changed, p.name,
                                 p.defaultValue != q->defaultValue ? QStringList{QStringLiteral("default")} : QStringList{QStringLiteral("type")}});
    }
    for (const PortSpec &q : after.parameters)
        if (!before.parameter(q.name))
            d.parameters.append({Change::Kind::Added, q.name, {}});
    return d;
}

QJsonObject PipelineDiff::toJson() const
{
    const auto array = [](const QList<Change> &changes, const char *key) {
        QJsonArray a;
        for (const Change &c : changes)
            a.append(QJsonObject{{QLatin1String(key), c.task},
                                 {QStringLiteral("change"), toString(c.kind)},
                                 {QStringLiteral("fields"), QJsonArray::fromStringList(c.fields)}});
        return a;
    };
    return {{QStringLiteral("tasks"), array(tasks, "task")}, {QStringLiteral("parameters"), array(parameters, "name")}};
}

QString PipelineDiff::fieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("component"), QT_TRANSLATE_NOOP("PipelineDiff", "component")},
        {QStringLiteral("image"), QT_TRANSLATE_NOOP("PipelineDiff", "image")},
        {QStringLiteral("command"), QT_TRANSLATE_NOOP("PipelineDiff", "command")},
        {QStringLiteral("script"), QT_TRANSLATE_NOOP("PipelineDiff", "script")},
        {QStringLiteral("ports"), QT_TRANSLATE_NOOP("PipelineDiff", "inputs and outputs of the component")},
        {QStringLiteral("inputs"), QT_TRANSLATE_NOOP("PipelineDiff", "input values")},
        {QStringLiteral("dependencies"), QT_TRANSLATE_NOOP("PipelineDiff", "dependencies")},
        {QStringLiteral("resources"), QT_TRANSLATE_NOOP("PipelineDiff", "resources")},
        {QStringLiteral("env"), QT_TRANSLATE_NOOP("PipelineDiff", "environment")},
        {QStringLiteral("retries"), QT_TRANSLATE_NOOP("PipelineDiff", "retries")},
        {QStringLiteral("timeout"), QT_TRANSLATE_NOOP("PipelineDiff", "timeout")},
        {QStringLiteral("caching"), QT_TRANSLATE_NOOP("PipelineDiff", "caching")},
        {QStringLiteral("volumes"), QT_TRANSLATE_NOOP("PipelineDiff", "volumes")},
        {QStringLiteral("nodeSelector"), QT_TRANSLATE_NOOP("PipelineDiff", "node selector")},
        {QStringLiteral("condition"), QT_TRANSLATE_NOOP("PipelineDiff", "condition")},
        {QStringLiteral("loop"), QT_TRANSLATE_NOOP("PipelineDiff", "loop")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("PipelineDiff", "exit handler")},
        {QStringLiteral("default"), QT_TRANSLATE_NOOP("PipelineDiff", "default value")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("PipelineDiff", "type")}};
    const char *title = titles.value(field, nullptr);
    return title ? QCoreApplication::translate("PipelineDiff", title) : field;
}

QStringList PipelineDiff::describe() const
{
    const auto titles = [](const QStringList &fields) {
        QStringList t;
        for (const QString &f : fields)
            t << fieldTitle(f);
        return t.join(QStringLiteral(", "));
    };
    QStringList lines;
    for (const Change &c : tasks) {
        switch (c.kind) {
        case Change::Kind::Added: lines << Tr::tr("task %1 added").arg(c.task); break;
        case Change::Kind::Removed: lines << Tr::tr("task %1 removed").arg(c.task); break;
        case Change::Kind::Changed:
            lines << Tr::tr("task %1 changed: %2").arg(c.task, titles(c.fields));
            break;
        }
    }
    for (const Change &c : parameters) {
        switch (c.kind) {
        case Change::Kind::Added: lines << Tr::tr("parameter %1 added").arg(c.task); break;
        case Change::Kind::Removed: lines << Tr::tr("parameter %1 removed").arg(c.task); break;
        case Change::Kind::Changed: lines << Tr::tr("parameter %1 changed: %2").arg(c.task, titles(c.fields)); break;
        }
    }
    return lines;
}

} // namespace ps
