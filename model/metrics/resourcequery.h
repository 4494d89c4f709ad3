#pragma once

#include "metricunit.h"

#include <QString>

namespace ps {

enum class ResourceKind { Cpu, Memory, GpuUtilisation, GpuMemory };

// One chart's PromQL: what it asks, in which unit the answer is, and which label names
// a series in the legend. Usage is the chart's series; requests and limits (cluster pods)
// are drawn over it as lines. Total is a counter of what was used (CPU seconds), which
// usage records read rather than a rate.
struct ResourceQuery {
    enum class Role { Usage, Request, Limit, Total };

    ResourceKind kind = ResourceKind::Cpu;
    QString expression;
    MetricUnit unit = MetricUnit::Number;
    QString seriesLabel;
    Role role = Role::Usage;
};

} // namespace ps
