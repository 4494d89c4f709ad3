#pragma once

#include <QCoreApplication>
#include <QString>

namespace ps {

enum class MetricUnit {
    Cores,   // CPU time per second
    Bytes,   // shown in IEC units (KiB, MiB, GiB…)
    Percent, // 0–100
    Number,
};

// How a value of a unit reads to people: "1.5 GiB", "0.25 cores", "42 %".
class MetricFormat
{
    Q_DECLARE_TR_FUNCTIONS(MetricFormat)

public:
    static QString format(double value, MetricUnit unit);
    // The axis title's unit: "cores", "bytes", "%".
    static QString unitName(MetricUnit unit);
    // `value` with up to `significant` digits, without trailing zeros.
    static QString number(double value, int significant = 3);
};

} // namespace ps
