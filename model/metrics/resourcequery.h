#pragma once

#include "metricunit.h"

#include <QString>

namespace ps {

enum class ResourceKind { Cpu, Memory, GpuUtilisation, GpuMemory };

// One chart's PromQL: what it asks, in which unit the answer is, and which label names
// a series in the legend.
struct ResourceQuery {
    ResourceKind kind = ResourceKind::Cpu;
    QString expression;
    MetricUnit unit = MetricUnit::Number;
    QString seriesLabel;
};

} // namespace ps
