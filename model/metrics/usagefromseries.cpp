#include "usagefromseries.h"

#include "usageaccumulator.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace ps {

namespace {

// The values of all series of one answer, summed per sample time, finite values only.
QMap<double, double> summed(const QList<MetricSeries> &series)
{
    QMap<double, double> byTime;
    for (const MetricSeries &s : series)
        for (const QPointF &p : s.points)
            if (std::isfinite(p.y()))
                byTime[p.x()] += p.y();
    return byTime;
}

QList<double> summedValues(const QList<MetricSeries> &series) { return summed(series).values(); }

// A CPU-seconds counter sampled on a query's step grid: a value repeats until the next scrape,
// so only the first point of each value counts as a sample (else a scrape's increase would
// look like it came within one step).
void addCounter(UsageSummary &u, const QMap<double, double> &points, qint64 startMs)
{
    UsageAccumulator acc(startMs);
    double last = -1;
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        if (it.value() == last)
            continue;
        last = it.value();
        acc.addSample(qint64(it.key() * 1000.0), it.value(), 0);
    }
    const UsageSummary c = acc.summary(u.wallMs);
    u.cpuSeconds = c.cpuSeconds;
    u.peakCpuCores = c.peakCpuCores;
    u.meanCpuCores = c.meanCpuCores;
    u.samples = std::max(u.samples, c.samples);
}

struct Stats {
    double peak = 0;
    double mean = 0;
    int count = 0;
};

Stats statsOf(const QList<double> &values)
{
    Stats s;
    double sum = 0;
    for (double v : values) {
        s.peak = s.count == 0 ? v : std::max(s.peak, v);
        sum += v;
        ++s.count;
    }
    s.mean = s.count > 0 ? sum / s.count : 0;
    return s;
}

} // namespace

std::optional<UsageSummary> UsageFromSeries::summarize(const QList<ResourceQuery> &queries,
                                                       const QList<QList<MetricSeries>> &answers, qint64 wallMs, qint64 startMs)
{
    UsageSummary u;
    u.source = UsageSummary::Source::Prometheus;
    u.wallMs = std::max<qint64>(0, wallMs);
    bool measured = false;
    for (qsizetype i = 0; i < queries.size() && i < answers.size(); ++i) {
        const ResourceQuery &q = queries[i];
        if (q.role == ResourceQuery::Role::Total) {
            const QMap<double, double> points = summed(answers[i]);
            if (q.kind == ResourceKind::Cpu && !points.isEmpty()) {
                addCounter(u, points, startMs);
                measured = true;
            }
            continue;
        }
        const Stats s = statsOf(summedValues(answers[i]));
        if (s.count == 0)
            continue;
        if (q.role != ResourceQuery::Role::Usage) {
            ResourceAmounts &amounts = q.role == ResourceQuery::Role::Request ? u.requests : u.limits;
            if (q.kind == ResourceKind::Cpu)
                amounts.cpuCores = s.peak;
            else if (q.kind == ResourceKind::Memory)
                amounts.memoryBytes = qint64(s.peak);
            continue;
        }
        switch (q.kind) {
        case ResourceKind::Cpu:
            // A rate in cores, sampled evenly over the task's span: its mean times the wall
            // time is the CPU time.
            u.peakCpuCores = s.peak;
            u.meanCpuCores = s.mean;
            u.cpuSeconds = s.mean * double(u.wallMs) / 1000.0;
            u.samples = std::max(u.samples, s.count);
            measured = true;
            break;
        case ResourceKind::Memory:
            u.peakMemoryBytes = qint64(s.peak);
            u.meanMemoryBytes = qint64(s.mean);
            u.samples = std::max(u.samples, s.count);
            measured = true;
            break;
        case ResourceKind::GpuUtilisation:
            u.peakGpuUtilisation = s.peak;
            u.meanGpuUtilisation = s.mean;
            break;
        case ResourceKind::GpuMemory:
            u.peakGpuMemoryBytes = qint64(s.peak);
            break;
        }
    }
    if (!measured)
        return std::nullopt;
    return u;
}

} // namespace ps
