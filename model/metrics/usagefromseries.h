#pragma once

#include "metricseries.h"
#include "resourcequery.h"
#include "usagesummary.h"

#include <QList>

#include <optional>

namespace ps {

// A task's usage summary from Prometheus: the answers to its range queries over the task's
// span (UsageQueries, or the charts' ResourceQueries), as a cluster run's record keeps them
// once read.
class UsageFromSeries
{
public:
    // `answers[i]` answers `queries[i]`. Usage series give CPU (a rate, in cores), memory and
    // GPU; a Total series the CPU-seconds counter (UsageQueries); request and limit series
    // what the task asked for. Several series of one query (several containers) add up per
    // time. Nothing when no CPU or memory sample came back.
    // `startMs` (ms since the epoch): when the task started, if its counter counts from zero
    // there (a new container's does).
    static std::optional<UsageSummary> summarize(const QList<ResourceQuery> &queries,
                                                 const QList<QList<MetricSeries>> &answers, qint64 wallMs, qint64 startMs = -1);
};

} // namespace ps
