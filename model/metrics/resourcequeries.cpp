#include "resourcequeries.h"

#include "labelmatchers.h"

namespace ps {

ResourceQueries::Source ResourceQueries::sourceOf(const QString &matchers)
{
    const LabelMatchers m = LabelMatchers::parse(matchers);
    return m.has(QStringLiteral("pod")) || m.has(QStringLiteral("namespace")) ? Source::Kubernetes
                                                                               : Source::LocalEngine;
}

QList<ResourceQuery> ResourceQueries::build(const QString &matchers, std::chrono::seconds rateWindow)
{
    const QString window = QStringLiteral("%1s").arg(std::max<qint64>(1, rateWindow.count()));
    return sourceOf(matchers) == Source::Kubernetes ? kubernetes(matchers, window) : local(matchers, window);
}

std::chrono::seconds ResourceQueries::rateWindow(const QString &matchers, std::chrono::seconds step)
{
    const std::chrono::seconds scrapes(sourceOf(matchers) == Source::Kubernetes ? 60 : 5);
    return std::max(scrapes, 2 * step);
}

QList<ResourceQuery> ResourceQueries::local(const QString &matchers, const QString &window)
{
    const QString m = LabelMatchers::parse(matchers).toString();
    const QString task = QStringLiteral("task");
    return {
        {ResourceKind::Cpu,
         QStringLiteral("sum by (task) (rate(pstudio_task_cpu_seconds_total%1[%2]))").arg(m, window),
         MetricUnit::Cores, task},
        // A finished task's memory is 0 in the engine's answer: hide those samples.
        {ResourceKind::Memory, QStringLiteral("sum by (task) (pstudio_task_memory_bytes%1 > 0)").arg(m),
         MetricUnit::Bytes, task},
    };
}

QList<ResourceQuery> ResourceQueries::kubernetes(const QString &matchers, const QString &window)
{
    const LabelMatchers pod = LabelMatchers::parse(matchers);
    const QString containers =
        pod.with(QStringLiteral("container"), QStringLiteral("!="), {})
            .with(QStringLiteral("container"), QStringLiteral("!="), QStringLiteral("POD"))
            .toString();
    // DCGM's pod labels become exported_* when Prometheus scrapes it without honorLabels.
    const QString exported = pod.renamed(QStringLiteral("pod"), QStringLiteral("exported_pod"))
                                 .renamed(QStringLiteral("namespace"), QStringLiteral("exported_namespace"))
                                 .renamed(QStringLiteral("container"), QStringLiteral("exported_container"))
                                 .toString();
    const QString m = pod.toString();
    const auto gpu = [&](const QString &aggregate, const QString &metric, const QString &scale) {
        return QStringLiteral("%1 by (pod) (%2%3)%5 or label_replace(%1 by (exported_pod) (%2%4)%5, "
                              "\"pod\", \"$1\", \"exported_pod\", \"(.*)\")")
            .arg(aggregate, metric, m, exported, scale);
    };
    const QString podLabel = QStringLiteral("pod");
    // kube-state-metrics: what each container asked for and may use, summed per pod.
    const auto declared = [&](const char *which, const char *resource) {
        return QStringLiteral("sum by (pod) (kube_pod_container_resource_%1%2)")
            .arg(QLatin1String(which), pod.with(QStringLiteral("resource"), QStringLiteral("="), QLatin1String(resource)).toString());
    };
    return {
        {ResourceKind::Cpu,
         QStringLiteral("sum by (pod) (rate(container_cpu_usage_seconds_total%1[%2]))").arg(containers, window),
         MetricUnit::Cores, podLabel},
        {ResourceKind::Memory, QStringLiteral("sum by (pod) (container_memory_working_set_bytes%1)").arg(containers),
         MetricUnit::Bytes, podLabel},
        {ResourceKind::GpuUtilisation, gpu(QStringLiteral("avg"), QStringLiteral("DCGM_FI_DEV_GPU_UTIL"), {}),
         MetricUnit::Percent, podLabel},
        // DCGM reports frame buffer use in MiB.
        {ResourceKind::GpuMemory,
         gpu(QStringLiteral("sum"), QStringLiteral("DCGM_FI_DEV_FB_USED"), QStringLiteral(" * 1048576")),
         MetricUnit::Bytes, podLabel},
        {ResourceKind::Cpu, declared("requests", "cpu"), MetricUnit::Cores, podLabel, ResourceQuery::Role::Request},
        {ResourceKind::Cpu, declared("limits", "cpu"), MetricUnit::Cores, podLabel, ResourceQuery::Role::Limit},
        {ResourceKind::Memory, declared("requests", "memory"), MetricUnit::Bytes, podLabel, ResourceQuery::Role::Request},
        {ResourceKind::Memory, declared("limits", "memory"), MetricUnit::Bytes, podLabel, ResourceQuery::Role::Limit},
    };
}

QString ResourceQueries::title(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Cpu:
        return tr("CPU");
    case ResourceKind::Memory:
        return tr("Memory");
    case ResourceKind::GpuUtilisation:
        return tr("GPU utilisation");
    case ResourceKind::GpuMemory:
        return tr("GPU memory");
    }
    return {};
}

} // namespace ps
