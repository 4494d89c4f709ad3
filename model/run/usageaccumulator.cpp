#include "usageaccumulator.h"

#include <algorithm>

namespace ps {

void UsageAccumulator::addSample(qint64 timeMs, double cpuSeconds, qint64 residentBytes)
{
    if (m_samples == 0) {
        m_firstMs = timeMs;
        const bool fromStart = m_startMs >= 0 && m_startMs <= timeMs;
        m_firstCpu = fromStart ? 0 : cpuSeconds;
        m_rateFromMs = fromStart ? m_startMs : timeMs;
        m_rateFromCpu = m_firstCpu;
        m_lastCpu = m_firstCpu;
    }
    cpuSeconds = std::max(cpuSeconds, m_lastCpu);
    if (timeMs - m_rateFromMs >= kMinRateIntervalMs) {
        m_peakCores = std::max(m_peakCores, (cpuSeconds - m_rateFromCpu) * 1000.0 / double(timeMs - m_rateFromMs));
        m_rateFromMs = timeMs;
        m_rateFromCpu = cpuSeconds;
    }
    m_lastMs = std::max(m_lastMs, timeMs);
    m_lastCpu = cpuSeconds;
    m_peakMemory = std::max(m_peakMemory, residentBytes);
    m_memorySum += double(residentBytes);
    ++m_samples;
}

void UsageAccumulator::addGpuSample(double utilisationPercent, qint64 memoryBytes)
{
    m_gpuSum += utilisationPercent;
    m_gpuPeak = std::max(m_gpuPeak, utilisationPercent);
    m_gpuMemoryPeak = std::max(m_gpuMemoryPeak, memoryBytes);
    ++m_gpuSamples;
}

UsageSummary UsageAccumulator::summary(qint64 wallMs) const
{
    UsageSummary u;
    u.source = UsageSummary::Source::Samples;
    u.samples = m_samples;
    if (wallMs <= 0 && m_samples > 0)
        wallMs = m_lastMs - (m_startMs >= 0 ? std::min(m_startMs, m_firstMs) : m_firstMs);
    u.wallMs = std::max<qint64>(0, wallMs);
    if (m_samples > 0) {
        u.cpuSeconds = std::max(0.0, m_lastCpu - m_firstCpu);
        u.peakMemoryBytes = m_peakMemory;
        u.meanMemoryBytes = qint64(m_memorySum / m_samples);
        u.meanCpuCores = u.wallMs > 0 ? u.cpuSeconds * 1000.0 / double(u.wallMs) : 0;
        // Without an interval long enough for a rate, the mean is the best peak known.
        u.peakCpuCores = std::max(m_peakCores, u.meanCpuCores);
    }
    if (m_gpuSamples > 0) {
        u.peakGpuUtilisation = m_gpuPeak;
        u.meanGpuUtilisation = m_gpuSum / m_gpuSamples;
        u.peakGpuMemoryBytes = m_gpuMemoryPeak;
    }
    return u;
}

} // namespace ps
