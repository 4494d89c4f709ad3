#pragma once

#include "resourcequery.h"

#include <QCoreApplication>
#include <QList>

#include <chrono>

namespace ps {

// The resources panel's PromQL, filled with a backend's label matchers:
// - the local engine's pstudio_task_* metrics ({run=…,task=…}), one series per task;
// - for cluster pods ({namespace=…,pod=…}): cAdvisor's container_* metrics, and DCGM's GPU
//   metrics, both under their own and their exported_ label names; one series per pod.
class ResourceQueries
{
    Q_DECLARE_TR_FUNCTIONS(ResourceQueries)

public:
    enum class Source { LocalEngine, Kubernetes };

    static Source sourceOf(const QString &matchers);
    // The queries for the four charts; `rateWindow` is the window of rate() (a few scrape
    // intervals, and at least the step of a range query).
    static QList<ResourceQuery> build(const QString &matchers, std::chrono::seconds rateWindow);
    // The rate() window for a range query of `step`: two steps, and at least a few scrapes
    // (the local engine is scraped every second, a cluster's cAdvisor every 15–30 s).
    static std::chrono::seconds rateWindow(const QString &matchers, std::chrono::seconds step);
    // A chart's title: "CPU", "Memory", "GPU utilisation", "GPU memory".
    static QString title(ResourceKind kind);

private:
    static QList<ResourceQuery> local(const QString &matchers, const QString &window);
    static QList<ResourceQuery> kubernetes(const QString &matchers, const QString &window);
};

} // namespace ps
