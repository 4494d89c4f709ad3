#include "runcomparison.h"

#include "taskpath.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace ps {

namespace {

QJsonValue orNull(std::optional<double> v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

// The nodes that stand for a task in one run: the topmost node of each task path.
QMap<QString, const RunNode *> taskNodes(const RunSnapshot &run, const QHash<QString, QString> &paths)
{
    QMap<QString, const RunNode *> tasks;
    for (const RunNode &n : run.nodes) {
        const QString path = paths.value(n.id);
        if (!tasks.contains(path))
            tasks.insert(path, &n);   // parents come before their children
    }
    return tasks;
}

} // namespace

std::optional<UsageSummary> RunComparison::combined(const QList<const UsageSummary *> &usages)
{
    std::optional<UsageSummary> total;
    for (const UsageSummary *u : usages) {
        if (!u)
            continue;
        if (!total) {
            total = *u;
            continue;
        }
        total->samples += u->samples;
        total->cpuSeconds += u->cpuSeconds;
        total->peakCpuCores = std::max(total->peakCpuCores, u->peakCpuCores);
        total->peakMemoryBytes = std::max(total->peakMemoryBytes, u->peakMemoryBytes);
        total->meanMemoryBytes = std::max(total->meanMemoryBytes, u->meanMemoryBytes);
        total->wallMs += u->wallMs;
        total->meanCpuCores = total->wallMs > 0 ? total->cpuSeconds * 1000.0 / double(total->wallMs) : 0;
        if (u->peakGpuUtilisation)
            total->peakGpuUtilisation = std::max(total->peakGpuUtilisation.value_or(0), *u->peakGpuUtilisation);
        if (u->peakGpuMemoryBytes)
            total->peakGpuMemoryBytes = std::max(total->peakGpuMemoryBytes.value_or(0), *u->peakGpuMemoryBytes);
    }
    return total;
}

RunComparison RunComparison::of(const QList<Input> &inputs)
{
    RunComparison c;
    const qsizetype n = inputs.size();
    // Parameters: every name any run has.
    QStringList names;
    for (const Input &in : inputs)
        for (auto it = in.run.parameters.cbegin(); it != in.run.parameters.cend(); ++it)
            if (!names.contains(it.key()))
                names.append(it.key());
    names.sort();
    for (const QString &name : names) {
        ParameterRow row{name, {}, false};
        for (const Input &in : inputs)
            row.values.append(in.run.parameters.value(name));
        row.differs = QSet<QString>(row.values.cbegin(), row.values.cend()).size() > 1;
        c.parameters.append(row);
    }
    // Tasks: in the first run's order, then those only later runs have.
    QStringList taskOrder;
    QList<QMap<QString, const RunNode *>> nodesPerRun;
    QList<QMap<QString, QList<const UsageSummary *>>> usagePerRun;
    for (const Input &in : inputs) {
        c.runs.append(in.run.id);
        const QHash<QString, QString> paths = TaskPath::ofAll(in.run);
        nodesPerRun.append(taskNodes(in.run, paths));
        QMap<QString, QList<const UsageSummary *>> usage;
        for (const RunNode &node : in.run.nodes) {
            const QString path = paths.value(node.id);
            if (!taskOrder.contains(path))
                taskOrder.append(path);
            if (node.usage)
                usage[path].append(&*node.usage);
        }
        usagePerRun.append(usage);
    }
    for (const QString &task : taskOrder) {
        TaskRow row{task, {}, {}, {}};
        for (qsizetype i = 0; i < n; ++i) {
            const RunNode *node = nodesPerRun[i].value(task);
            row.phases.append(node ? std::optional<TaskPhase>(node->phase) : std::nullopt);
            const bool timed = node && node->startedAt.isValid() && node->finishedAt.isValid();
            row.durationsMs.append(timed ? std::max<qint64>(0, node->startedAt.msecsTo(node->finishedAt)) : -1);
            row.usage.append(combined(usagePerRun[i].value(task)));
        }
        c.tasks.append(row);
    }
    // Metrics: keyed by task, artifact, name and occurrence, so duplicates stay apart.
    using Key = std::tuple<QString, QString, QString, int>;
    QList<Key> order;
    QMap<Key, QList<std::optional<double>>> values;
    for (qsizetype i = 0; i < n; ++i) {
        QMap<std::tuple<QString, QString, QString>, int> seen;
        for (const Metric &m : inputs[i].metrics) {
            const int occurrence = ++seen[{m.task, m.artifact, m.name}];
            const Key key{m.task, m.artifact, m.name, occurrence};
            if (!values.contains(key)) {
                order.append(key);
                values.insert(key, QList<std::optional<double>>(n));
            }
            values[key][i] = m.value;
        }
    }
    for (const Key &key : order) {
        MetricRow row{std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), values.value(key), false};
        QSet<double> distinct;
        bool missing = false;
        for (const std::optional<double> &v : row.values) {
            if (v)
                distinct.insert(*v);
            else
                missing = true;
        }
        row.differs = distinct.size() > 1 || (missing && !distinct.isEmpty());
        c.metrics.append(row);
    }
    // Structure: each run's pipeline against the first run's.
    for (qsizetype i = 0; i < n; ++i) {
        if (i == 0 || !inputs[0].pipeline || !inputs[i].pipeline)
            c.structure.append(PipelineDiff());
        else
            c.structure.append(PipelineDiff::between(*inputs[0].pipeline, *inputs[i].pipeline));
    }
    return c;
}

QJsonObject RunComparison::toJson() const
{
    QJsonArray params;
    for (const ParameterRow &p : parameters)
        params.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("values"), QJsonArray::fromStringList(p.values)},
                                  {QStringLiteral("differs"), p.differs}});
    QJsonArray taskArray;
    for (const TaskRow &t : tasks) {
        QJsonArray phases;
        QJsonArray durations;
        QJsonArray usage;
        for (qsizetype i = 0; i < t.phases.size(); ++i) {
            phases.append(t.phases[i] ? QJsonValue(toString(*t.phases[i])) : QJsonValue(QJsonValue::Null));
            durations.append(t.durationsMs[i] >= 0 ? QJsonValue(double(t.durationsMs[i])) : QJsonValue(QJsonValue::Null));
            usage.append(t.usage[i] ? QJsonValue(t.usage[i]->toJson()) : QJsonValue(QJsonValue::Null));
        }
        taskArray.append(QJsonObject{{QStringLiteral("task"), t.task}, {QStringLiteral("phases"), phases},
                                     {QStringLiteral("durationsMs"), durations}, {QStringLiteral("usage"), usage}});
    }
    QJsonArray metricArray;
    for (const MetricRow &m : metrics) {
        QJsonArray v;
        for (const std::optional<double> &value : m.values)
            v.append(orNull(value));
        metricArray.append(QJsonObject{{QStringLiteral("task"), m.task}, {QStringLiteral("artifact"), m.artifact},
                                       {QStringLiteral("name"), m.name}, {QStringLiteral("occurrence"), m.occurrence},
                                       {QStringLiteral("values"), v}, {QStringLiteral("differs"), m.differs}});
    }
    QJsonArray structureArray;
    for (const PipelineDiff &d : structure)
        structureArray.append(d.toJson());
    return {{QStringLiteral("runs"), QJsonArray::fromStringList(runs)},
            {QStringLiteral("parameters"), params},
            {QStringLiteral("tasks"), taskArray},
            {QStringLiteral("metrics"), metricArray},
            {QStringLiteral("structure"), structureArray}};
}

} // namespace ps
