#pragma once

#include "resourceamounts.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ps {

// What one task attempt used, kept in the run record so it outlives the processes, the pods
// and Prometheus' retention: CPU time, peak and mean cores, peak and mean memory, GPU where
// known, wall time, and what the task requested and was limited to.
struct UsageSummary {
    enum class Source { Samples, Prometheus };

    Source source = Source::Samples;   // the engine's own samples, or Prometheus series
    int samples = 0;                   // how many measurements it is made of
    double cpuSeconds = 0;
    double peakCpuCores = 0;
    double meanCpuCores = 0;
    qint64 peakMemoryBytes = 0;
    qint64 meanMemoryBytes = 0;
    std::optional<double> peakGpuUtilisation;   // percent, 0–100
    std::optional<double> meanGpuUtilisation;
    std::optional<qint64> peakGpuMemoryBytes;
    qint64 wallMs = 0;
    ResourceAmounts requests;
    ResourceAmounts limits;

    QJsonObject toJson() const;
    // Nothing when `json` is not a usage summary (no number of CPU seconds).
    static std::optional<UsageSummary> fromJson(const QJsonObject &json);
    bool operator==(const UsageSummary &) const = default;
};

QString toString(UsageSummary::Source source);

} // namespace ps
