#include "axisticks.h"

#include <QDateTime>

#include <array>
#include <cmath>

namespace ps {

double AxisTicks::valueStep(double span, int maxCount, MetricUnit unit)
{
    const double raw = span / std::max(1, maxCount);
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    if (unit == MetricUnit::Bytes && raw >= 1) {
        double power = 1;
        while (power * 1024 <= raw)
            power *= 1024;
        double step = power;
        while (step < raw)
            step *= 2;
        return step;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * magnitude >= raw)
            return factor * magnitude;
    return 10 * magnitude;
}

QList<double> AxisTicks::values(double min, double max, int maxCount, MetricUnit unit)
{
    QList<double> ticks;
    if (!std::isfinite(min) || !std::isfinite(max) || max <= min)
        return ticks;
    const double step = valueStep(max - min, maxCount, unit);
    for (double v = std::ceil(min / step) * step; v <= max + step * 1e-9; v += step)
        ticks.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return ticks;
}

double AxisTicks::niceCeiling(double max, MetricUnit unit)
{
    if (!(max > 0) || !std::isfinite(max))
        return 1;
    const double step = valueStep(max, 4, unit);
    return std::ceil(max / step - 1e-9) * step;
}

double AxisTicks::timeStep(double start, double end, int maxCount)
{
    static constexpr std::array<double, 20> steps{1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600,
                                                 7200, 10800, 21600, 43200, 86400, 172800, 604800};
    const double raw = (end - start) / std::max(1, maxCount);
    for (double s : steps)
        if (s >= raw)
            return s;
    return steps.back() * std::ceil(raw / steps.back());
}

QList<double> AxisTicks::times(double start, double end, int maxCount)
{
    QList<double> ticks;
    if (!std::isfinite(start) || !std::isfinite(end) || end <= start)
        return ticks;
    const double step = timeStep(start, end, maxCount);
    // Hours and days fall on the local clock's round hours, not UTC's.
    const double offset = step >= 3600 ? QDateTime::fromSecsSinceEpoch(qint64(start)).offsetFromUtc() : 0;
    for (double t = std::ceil((start + offset) / step) * step - offset; t <= end; t += step)
        ticks.append(t);
    return ticks;
}

} // namespace ps
