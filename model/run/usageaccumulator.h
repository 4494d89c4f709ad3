#pragma once

#include "usagesummary.h"

#include <QtGlobal>

namespace ps {

// Folds a task attempt's samples into a UsageSummary as they come, in constant memory: the
// CPU-time counter of its processes and their resident memory (the local engine reads them
// from /proc every second), and GPU utilisation and memory where a source has them.
class UsageAccumulator
{
public:
    // `startMs`: when the attempt started (ms since the epoch), if its CPU counter counts from
    // zero there; then the first sample's CPU time counts from the start.
    explicit UsageAccumulator(qint64 startMs = -1) : m_startMs(startMs) {}

    // A sample at `timeMs`: the counter of CPU seconds used and the resident bytes now.
    // Samples come in time order; a counter that goes down (a process left) is held.
    void addSample(qint64 timeMs, double cpuSeconds, qint64 residentBytes);
    void addGpuSample(double utilisationPercent, qint64 memoryBytes);
    int sampleCount() const { return m_samples; }

    // The summary for an attempt that ran `wallMs` (0: the span of the samples).
    UsageSummary summary(qint64 wallMs = 0) const;

private:
    // Shorter intervals give noisy rates: a peak is measured over at least this long.
    static constexpr qint64 kMinRateIntervalMs = 500;

    qint64 m_startMs = -1;
    qint64 m_firstMs = -1;
    qint64 m_rateFromMs = -1;
    double m_rateFromCpu = 0;
    qint64 m_lastMs = -1;
    double m_firstCpu = 0;
    double m_lastCpu = 0;
    double m_peakCores = 0;
    qint64 m_peakMemory = 0;
    double m_memorySum = 0;
    int m_samples = 0;
    int m_gpuSamples = 0;
    double m_gpuSum = 0;
    double m_gpuPeak = 0;
    qint64 m_gpuMemoryPeak = 0;
};

} // namespace ps
