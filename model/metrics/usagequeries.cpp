#include "usagequeries.h"

#include "labelmatchers.h"
#include "resourcequeries.h"

namespace ps {

QList<ResourceQuery> UsageQueries::build(const QString &runMatchers, std::chrono::seconds step)
{
    const QString window = QStringLiteral("%1s").arg(std::max<qint64>(1, step.count()));
    const LabelMatchers matchers = LabelMatchers::parse(runMatchers);
    if (ResourceQueries::sourceOf(runMatchers) == ResourceQueries::Source::LocalEngine) {
        const QString m = matchers.toString();
        const QString task = QStringLiteral("task");
        return {
            {ResourceKind::Cpu, QStringLiteral("sum by (task) (pstudio_task_cpu_seconds_total%1)").arg(m), MetricUnit::Cores, task,
             ResourceQuery::Role::Total},
            {ResourceKind::Memory, QStringLiteral("sum by (task) (max_over_time(pstudio_task_memory_bytes%1[%2]) > 0)").arg(m, window),
             MetricUnit::Bytes, task},
        };
    }
    const QString containers = matchers.with(QStringLiteral("container"), QStringLiteral("!="), {})
                                   .with(QStringLiteral("container"), QStringLiteral("!="), QStringLiteral("POD"))
                                   .toString();
    const QString pod = QStringLiteral("pod");
    QList<ResourceQuery> queries{
        {ResourceKind::Cpu, QStringLiteral("sum by (pod) (container_cpu_usage_seconds_total%1)").arg(containers), MetricUnit::Cores, pod,
         ResourceQuery::Role::Total},
        {ResourceKind::Memory, QStringLiteral("sum by (pod) (max_over_time(container_memory_working_set_bytes%1[%2]))").arg(containers, window),
         MetricUnit::Bytes, pod},
    };
    // GPU, requests and limits as the charts ask for them.
    for (const ResourceQuery &q : ResourceQueries::build(runMatchers, step))
        if (q.kind == ResourceKind::GpuUtilisation || q.kind == ResourceKind::GpuMemory || q.role != ResourceQuery::Role::Usage)
            queries.append(q);
    return queries;
}

} // namespace ps
