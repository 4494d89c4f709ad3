#include "kfprunmapper.h"

#include <QJsonArray>

#include <algorithm>

namespace ps {

namespace {
QString s(const char *t) { return QString::fromLatin1(t); }
QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}
}

RunPhase KfpRunMapper::runPhase(const QString &state)
{
    if (state == QLatin1String("RUNNING") || state == QLatin1String("CANCELING") || state == QLatin1String("PAUSED"))
        return RunPhase::Running;
    if (state == QLatin1String("SUCCEEDED") || state == QLatin1String("SKIPPED"))
        return RunPhase::Succeeded;
    if (state == QLatin1String("FAILED") || state == QLatin1String("CANCELED"))
        return RunPhase::Failed;
    return RunPhase::Pending;
}

TaskPhase KfpRunMapper::taskPhase(const QString &state)
{
    if (state == QLatin1String("RUNNING") || state == QLatin1String("CANCELING") || state == QLatin1String("PAUSED"))
        return TaskPhase::Running;
    if (state == QLatin1String("SUCCEEDED"))
        return TaskPhase::Succeeded;
    if (state == QLatin1String("SKIPPED"))
        return TaskPhase::Skipped;
    if (state == QLatin1String("FAILED"))
        return TaskPhase::Failed;
    if (state == QLatin1String("CANCELED"))
        return TaskPhase::Omitted;
    if (state == QLatin1String("CACHED"))
        return TaskPhase::Cached;
    return TaskPhase::Pending;
}

KfpRunMapper::Result KfpRunMapper::map(const QJsonObject &run)
{
    Result result;
    RunSnapshot &snap = result.snapshot;
    snap.id = run.value(s("run_id")).toString();
    snap.displayName = run.value(s("display_name")).toString(snap.id);
    snap.pipelineName = run.value(s("pipeline_version_reference")).toObject().value(s("pipeline_id")).toString();
    const QString state = run.value(s("state")).toString();
    snap.phase = runPhase(state);
    snap.message = run.value(s("error")).toObject().value(s("message")).toString();
    if (state == QLatin1String("CANCELED") && snap.message.isEmpty())
        snap.message = s("cancelled");
    snap.createdAt = timeOf(run, "created_at");
    snap.startedAt = timeOf(run, "scheduled_at");
    snap.finishedAt = timeOf(run, "finished_at");
    const QJsonObject params = run.value(s("runtime_config")).toObject().value(s("parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        snap.parameters.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());

    // task_id → task; the root is the one whose parent is not among the tasks.
    QHash<QString, QJsonObject> tasks;
    for (const QJsonValue &v : run.value(s("run_details")).toObject().value(s("task_details")).toArray())
        tasks.insert(v.toObject().value(s("task_id")).toString(), v.toObject());
    const auto isRoot = [&](const QJsonObject &t) {
        const QString name = t.value(s("display_name")).toString();
        return name == QLatin1String("root") || name == QLatin1String("root-driver")
            || (!tasks.contains(t.value(s("parent_task_id")).toString()) && !t.value(s("child_tasks")).toArray().isEmpty()
                && t.value(s("pod_name")).toString().isEmpty() && name == snap.displayName);
    };
    QHash<QString, QString> ids;
    std::function<QString(const QString &)> idOf = [&](const QString &taskId) -> QString {
        if (ids.contains(taskId))
            return ids.value(taskId);
        ids.insert(taskId, QString());
        const QJsonObject t = tasks.value(taskId);
        const QString parent = t.value(s("parent_task_id")).toString();
        const QString parentId = tasks.contains(parent) && !isRoot(tasks.value(parent)) ? idOf(parent) : QString();
        const QString id = parentId.isEmpty() ? t.value(s("display_name")).toString() : parentId + u'/' + t.value(s("display_name")).toString();
        ids.insert(taskId, id);
        return id;
    };
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it) {
        const QJsonObject t = it.value();
        if (isRoot(t))
            continue;
        RunNode n;
        n.id = idOf(it.key());
        if (n.id.isEmpty())
            continue;
        n.parentId = n.id.contains(u'/') ? n.id.section(u'/', 0, -2) : QString();
        n.name = t.value(s("display_name")).toString();
        n.displayName = n.name;
        n.kind = t.value(s("child_tasks")).toArray().isEmpty() ? RunNode::Kind::Task : RunNode::Kind::Graph;
        n.phase = taskPhase(t.value(s("state")).toString());
        n.startedAt = timeOf(t, "start_time");
        n.finishedAt = timeOf(t, "end_time");
        n.message = t.value(s("error")).toObject().value(s("message")).toString();
        const QJsonObject outputs = t.value(s("outputs")).toObject();
        for (auto o = outputs.begin(); o != outputs.end(); ++o)
            n.outputs.insert(o.key(), QString());
        if (const QString pod = t.value(s("pod_name")).toString(); !pod.isEmpty())
            result.podNames.insert(n.id, pod);
        snap.nodes.append(n);
    }
    std::sort(snap.nodes.begin(), snap.nodes.end(), [](const RunNode &x, const RunNode &y) {
        return x.id.count(u'/') != y.id.count(u'/') ? x.id.count(u'/') < y.id.count(u'/') : x.id < y.id;
    });
    return result;
}

} // namespace ps
