#include "usagesampler.h"

#include "localrun.h"
#include "localrunregistry.h"
#include "processtree.h"

namespace ps {

namespace {
constexpr int kSampleIntervalMs = 1000;
}

UsageSampler::UsageSampler(const LocalRunRegistry *registry, QObject *parent) : QObject(parent), m_registry(registry)
{
    m_timer.setInterval(kSampleIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &UsageSampler::sample);
    m_timer.start();
}

void UsageSampler::sample()
{
    const QMap<QString, LocalRun *> live = m_registry->liveRuns();
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        RunUsage &samples = m_samples[it.key()];
        for (TaskUsage &s : samples)
            s.running = false;
        const QHash<QString, qint64> sessions = it.value()->runningSessions();
        for (auto s = sessions.cbegin(); s != sessions.cend(); ++s) {
            const ProcessTree::Usage u = ProcessTree::sessionUsage(s.value());
            TaskUsage &usage = samples[s.key()];
            usage.cpuSeconds = std::max(usage.cpuSeconds, u.cpuSeconds);
            usage.memoryBytes = u.residentBytes;
            usage.running = true;
        }
    }
}

} // namespace ps
