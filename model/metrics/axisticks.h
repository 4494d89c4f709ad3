#pragma once

#include "metricunit.h"

#include <QList>

namespace ps {

// Where an axis puts its labelled lines: round values a person reads at a glance.
class AxisTicks
{
public:
    // At most about `maxCount` values covering [min, max]: 1, 2, 5 × 10^k for most units,
    // powers of two times 1024^k for bytes (so labels read 256 MiB, 512 MiB, 1 GiB).
    static QList<double> values(double min, double max, int maxCount, MetricUnit unit);
    // The smallest tick-aligned value at or above `max` (the top of a value axis).
    static double niceCeiling(double max, MetricUnit unit);
    // Times in Unix seconds on round seconds, minutes, hours or days within [start, end].
    static QList<double> times(double start, double end, int maxCount);
    // The step between times(): useful to pick the label format.
    static double timeStep(double start, double end, int maxCount);

private:
    static double valueStep(double span, int maxCount, MetricUnit unit);
};

} // namespace ps
