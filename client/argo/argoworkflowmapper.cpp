#include "argoworkflowmapper.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace ps {

namespace {

QString s(const char *text) { return QString::fromLatin1(text); }

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QMap<QString, QString> parameters(const QJsonObject &holder)
{
    QMap<QString, QString> out;
    for (const QJsonValue &v : holder.value(s("parameters")).toArray()) {
        const QJsonObject p = v.toObject();
        const QJsonValue value = p.contains(s("value")) ? p.value(s("value")) : p.value(s("default"));
        out.insert(p.value(s("name")).toString(), value.isString() ? value.toString() : value.toVariant().toString());
    }
    return out;
}

// The number in "(…)" right after `prefix` in `name`, up to ':' or ')': ("wf.train(3:a)",
// "wf.train") → 3; ("wf.train(2)", "wf.train") → 2.
QString indexAfter(const QString &name, const QString &prefix)
{
    const QString rest = name.startsWith(prefix) ? name.mid(prefix.size()) : name.mid(name.lastIndexOf(u'('));
    QString digits;
    for (qsizetype i = 1; i < rest.size() && rest.at(i).isDigit(); ++i)
        digits.append(rest.at(i));
    return digits;
}

// The expanded items of a looping step ("wf[0].echo(0:a)", "wf[0].echo(1:b)") hang straight
// under their StepGroup; a DAG's hang under a TaskGroup node "wf.echo". Adds that TaskGroup
// for steps, so both map alike (a template's display-name annotation does not matter: node
// names are followed, not display names).
void addStepLoops(QJsonObject &nodes)
{
    static const QRegularExpression item(QStringLiteral(R"(^([^()\[\].]+)\((\d+):)"));
    QJsonObject added;
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonObject group = it.value().toObject();
        if (group.value(s("type")).toString() != QLatin1String("StepGroup"))
            continue;
        const QString groupName = group.value(s("name")).toString();
        QMap<QString, QStringList> loops;   // step name → its expanded items
        for (const QJsonValue &c : group.value(s("children")).toArray()) {
            const QString childName = nodes.value(c.toString()).toObject().value(s("name")).toString();
            const QRegularExpressionMatch m = item.match(childName.mid(groupName.size() + 1));
            if (childName.startsWith(groupName + u'.') && m.hasMatch())
                loops[m.captured(1)].append(c.toString());
        }
        for (auto loop = loops.cbegin(); loop != loops.cend(); ++loop) {
            QJsonArray children;
            QStringList phases;
            QString started;
            QString finished;
            QString templateName;
            for (const QString &c : loop.value()) {
                const QJsonObject child = nodes.value(c).toObject();
                children.append(c);
                phases.append(child.value(s("phase")).toString());
                const QString st = child.value(s("startedAt")).toString();
                const QString fi = child.value(s("finishedAt")).toString();
                if (!st.isEmpty() && (started.isEmpty() || st < started))
                    started = st;
                if (fi > finished)
                    finished = fi;
                templateName = child.value(s("templateName")).toString();
            }
            const bool running = std::any_of(phases.cbegin(), phases.cend(), [](const QString &p) {
                return !isFinished(taskPhaseFromString(p).value_or(TaskPhase::Pending));
            });
            const bool failed = phases.contains(s("Failed")) || phases.contains(s("Error"));
            QJsonObject node{{s("id"), QString(it.key() + u'-' + loop.key())},
                             {s("name"), QString(groupName + u'.' + loop.key())},
                             {s("displayName"), loop.key()},
                             {s("type"), s("TaskGroup")},
                             {s("templateName"), templateName},
                             {s("boundaryID"), group.value(s("boundaryID"))},
                             {s("phase"), running ? s("Running") : failed ? s("Failed") : s("Succeeded")},
                             {s("children"), children}};
            if (!started.isEmpty())
                node.insert(s("startedAt"), started);
            if (!running && !finished.isEmpty())
                node.insert(s("finishedAt"), finished);
            added.insert(node.value(s("id")).toString(), node);
        }
    }
    for (auto it = added.begin(); it != added.end(); ++it)
        nodes.insert(it.key(), it.value());
}

struct Builder {
    const QJsonObject &nodes;
    QString root;
    QHash<QString, QString> structuralParent;   // argo id → Retry/TaskGroup argo id
    QHash<QString, QString> ourIds;             // argo id → our id
    QHash<QString, RunNode> built;

    QString parentOf(const QString &argoId) const
    {
        if (structuralParent.contains(argoId))
            return structuralParent.value(argoId);
        QString boundary = nodes.value(argoId).toObject().value(s("boundaryID")).toString();
        // StepGroups are not nodes of ours; their steps belong to the Steps around them.
        while (!boundary.isEmpty() && nodes.value(boundary).toObject().value(s("type")).toString() == QLatin1String("StepGroup"))
            boundary = nodes.value(boundary).toObject().value(s("boundaryID")).toString();
        return boundary == root ? QString() : boundary;
    }

    // The task's name in its graph, from the node's name: "<boundary>.<task>" in a DAG,
    // "<boundary>[<group>].<step>" in steps.
    QString localName(const QString &argoId) const
    {
        const QJsonObject node = nodes.value(argoId).toObject();
        const QString name = node.value(s("name")).toString();
        const QString boundary = node.value(s("boundaryID")).toString();
        const QString boundaryName = nodes.contains(boundary) ? nodes.value(boundary).toObject().value(s("name")).toString() : root;
        if (!boundaryName.isEmpty() && name.startsWith(boundaryName) && name.size() > boundaryName.size()) {
            QString rest = name.mid(boundaryName.size());
            if (rest.startsWith(u'[') && rest.indexOf(QLatin1String("].")) > 0)
                rest = rest.mid(rest.indexOf(QLatin1String("].")) + 1);
            if (rest.startsWith(u'.') && rest.size() > 1)
                return rest.mid(1);
        }
        return node.value(s("displayName")).toString();
    }

    QString ourId(const QString &argoId)
    {
        if (const auto it = ourIds.constFind(argoId); it != ourIds.constEnd())
            return *it;
        ourIds.insert(argoId, QString()); // guards against a malformed cycle
        const QJsonObject node = nodes.value(argoId).toObject();
        const QString parentArgo = parentOf(argoId);
        const QString parentOurs = parentArgo.isEmpty() || !nodes.contains(parentArgo) ? QString() : ourId(parentArgo);
        const QString parentType = nodes.value(parentArgo).toObject().value(s("type")).toString();
        const QString name = node.value(s("name")).toString();
        const QString parentName = nodes.value(parentArgo).toObject().value(s("name")).toString();
        QString id;
        if (structuralParent.contains(argoId) && parentType == QLatin1String("Retry"))
            id = parentOurs + u'#' + indexAfter(name, parentName);
        else if (structuralParent.contains(argoId))
            id = parentOurs + u'(' + indexAfter(name, parentName) + u')';
        else
            id = parentOurs.isEmpty() ? localName(argoId) : parentOurs + u'/' + localName(argoId);
        ourIds.insert(argoId, id);
        return id;
    }
};

} // namespace

QString ArgoWorkflowMapper::nodeHash(const QString &nodeName)
{
    quint32 hash = 2166136261u;
    for (const char c : nodeName.toUtf8()) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return QString::number(hash);
}

QString ArgoWorkflowMapper::podName(const QJsonObject &workflow, const QJsonObject &node)
{
    const QJsonObject md = workflow.value(s("metadata")).toObject();
    const QString wf = md.value(s("name")).toString();
    const QString nodeId = node.value(s("id")).toString();
    const QString nodeName = node.value(s("name")).toString();
    QString templateName = node.value(s("templateName")).toString();
    if (templateName.isEmpty())
        templateName = node.value(s("templateRef")).toObject().value(s("template")).toString();
    const bool v1 = md.value(s("annotations")).toObject().value(s("workflows.argoproj.io/pod-name-format")).toString() == QLatin1String("v1");
    if (v1 || wf == nodeName || templateName.isEmpty())
        return nodeId;
    const QString hash = nodeHash(nodeName);
    QString prefix = wf + u'-' + templateName;
    constexpr int kMaxName = 253;
    if (prefix.size() + 1 + hash.size() > kMaxName)
        prefix = prefix.left(kMaxName - 1 - hash.size());
    return prefix + u'-' + hash;
}

ArgoWorkflowMapper::Result ArgoWorkflowMapper::map(const QJsonObject &workflow)
{
    Result result;
    RunSnapshot &snap = result.snapshot;
    const QJsonObject md = workflow.value(s("metadata")).toObject();
    const QJsonObject annotations = md.value(s("annotations")).toObject();
    const QJsonObject labels = md.value(s("labels")).toObject();
    const QJsonObject spec = workflow.value(s("spec")).toObject();
    const QJsonObject status = workflow.value(s("status")).toObject();
    snap.id = md.value(s("name")).toString();
    snap.pipelineName = annotations.value(QLatin1String(kPipelineNameAnnotation)).toString(labels.value(QLatin1String(kPipelineLabel)).toString());
    snap.displayName = annotations.value(QLatin1String(kDisplayNameAnnotation)).toString(snap.id);
    snap.sourcePath = annotations.value(QLatin1String(kSourceAnnotation)).toString();
    snap.phase = runPhaseFromString(status.value(s("phase")).toString()).value_or(RunPhase::Pending);
    snap.message = status.value(s("message")).toString();
    snap.createdAt = timeOf(md, "creationTimestamp");
    snap.startedAt = timeOf(status, "startedAt");
    snap.finishedAt = timeOf(status, "finishedAt");
    snap.parameters = parameters(spec.value(s("arguments")).toObject());
    snap.outputs = parameters(status.value(s("outputs")).toObject());
    if (spec.value(s("suspend")).toBool() && !isFinished(snap.phase) && snap.message.isEmpty())
        snap.message = QStringLiteral("suspended");

    QJsonObject nodes = status.value(s("nodes")).toObject();
    addStepLoops(nodes);
    Builder b{nodes, snap.id, {}, {}, {}};
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonObject n = it.value().toObject();
        const QString type = n.value(s("type")).toString();
        if (type != QLatin1String("Retry") && type != QLatin1String("TaskGroup"))
            continue;
        const QString name = n.value(s("name")).toString();
        for (const QJsonValue &c : n.value(s("children")).toArray()) {
            // Children of a retry or loop node are its attempts or iterations ("name(…)");
            // anything else among them is a task that merely depends on it.
            if (nodes.value(c.toString()).toObject().value(s("name")).toString().startsWith(name + u'('))
                b.structuralParent.insert(c.toString(), it.key());
        }
    }
    QList<RunNode> list;
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonObject n = it.value().toObject();
        const QString type = n.value(s("type")).toString();
        if (it.key() == snap.id || type == QLatin1String("StepGroup"))
            continue;
        RunNode node;
        node.id = b.ourId(it.key());
        if (node.id.isEmpty())
            continue;
        const QString parentArgo = b.parentOf(it.key());
        node.parentId = parentArgo.isEmpty() ? QString() : b.ourId(parentArgo);
        const QString parentType = nodes.value(parentArgo).toObject().value(s("type")).toString();
        node.displayName = n.value(s("displayName")).toString();
        if (n.value(s("name")).toString() == snap.id + s(".onExit"))
            node.displayName = s("onExit");
        node.name = b.structuralParent.contains(it.key()) ? nodes.value(parentArgo).toObject().value(s("displayName")).toString()
                                                          : node.id.section(u'/', -1);
        node.component = n.value(s("templateName")).toString();
        if (type == QLatin1String("TaskGroup"))
            node.kind = RunNode::Kind::Loop;
        else if (type == QLatin1String("DAG") || type == QLatin1String("Steps"))
            node.kind = RunNode::Kind::Graph;
        else if (parentType == QLatin1String("Retry") && b.structuralParent.contains(it.key()))
            node.kind = RunNode::Kind::Attempt;
        else if (parentType == QLatin1String("TaskGroup") && b.structuralParent.contains(it.key()))
            node.kind = RunNode::Kind::Iteration;
        else
            node.kind = RunNode::Kind::Task;
        if (node.kind == RunNode::Kind::Attempt)
            node.displayName = QStringLiteral("%1(%2)").arg(node.name, node.id.section(u'#', -1));
        node.phase = taskPhaseFromString(n.value(s("phase")).toString()).value_or(TaskPhase::Pending);
        if (n.value(s("memoizationStatus")).toObject().value(s("hit")).toBool() && node.phase == TaskPhase::Succeeded)
            node.phase = TaskPhase::Cached;
        node.startedAt = timeOf(n, "startedAt");
        node.finishedAt = timeOf(n, "finishedAt");
        node.message = n.value(s("message")).toString();
        node.inputs = parameters(n.value(s("inputs")).toObject());
        const QJsonObject outputs = n.value(s("outputs")).toObject();
        node.outputs = parameters(outputs);
        for (const QJsonValue &a : outputs.value(s("artifacts")).toArray()) {
            const QJsonObject art = a.toObject();
            const QJsonObject s3 = art.value(s("s3")).toObject();
            node.outputs.insert(art.value(s("name")).toString(),
                                s3.isEmpty() ? QString() : QStringLiteral("s3://%1/%2").arg(s3.value(s("bucket")).toString(), s3.value(s("key")).toString()));
        }
        result.argoNodeIds.insert(node.id, it.key());
        list.append(node);
    }
    // Parents before children, then by start time and id, so the order is stable.
    std::sort(list.begin(), list.end(), [](const RunNode &x, const RunNode &y) {
        const auto depth = [](const RunNode &n) { return n.id.count(u'/') + n.id.count(u'(') + n.id.count(u'#'); };
        if (depth(x) != depth(y))
            return depth(x) < depth(y);
        return x.id < y.id;
    });
    snap.nodes = list;
    return result;
}

} // namespace ps
