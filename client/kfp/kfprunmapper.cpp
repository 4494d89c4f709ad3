#include "kfprunmapper.h"

#include "kfptasktree.h"

#include <QJsonArray>

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

    KfpTaskTree::Result tree = KfpTaskTree::build(run.value(s("run_details")).toObject().value(s("task_details")).toArray(), snap.displayName);
    snap.nodes = std::move(tree.nodes);
    result.podNames = std::move(tree.podNames);
    return result;
}

} // namespace ps
