#include "usagesampler.h"

#include "localrun.h"
#include "localrunregistry.h"
#include "processtree.h"
#include "resourceamounts.h"
#include "taskpath.h"

#include <QDateTime>

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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QMap<QString, LocalRun *> live = m_registry->liveRuns();
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        RunUsage &samples = m_samples[it.key()];
        for (TaskUsage &s : samples)
            s.running = false;
        QHash<QString, UsageAccumulator> &summaries = m_summaries[it.key()];
        const QHash<QString, qint64> sessions = it.value()->runningSessions();
        for (auto s = sessions.cbegin(); s != sessions.cend(); ++s) {
            const ProcessTree::Usage u = ProcessTree::sessionUsage(s.value());
            TaskUsage &usage = samples[s.key()];
            usage.cpuSeconds = std::max(usage.cpuSeconds, u.cpuSeconds);
            usage.memoryBytes = u.residentBytes;
            usage.running = true;
            if (!summaries.contains(s.key())) {
                // The session's CPU counter starts at zero when the task starts.
                const RunNode *node = it.value()->snapshot().node(s.key());
                summaries.insert(s.key(), UsageAccumulator(node && node->startedAt.isValid() ? node->startedAt.toMSecsSinceEpoch() : -1));
            }
            summaries[s.key()].addSample(now, u.cpuSeconds, u.residentBytes);
        }
        // Tasks whose processes ended since the last sample.
        for (const QString &nodeId : summaries.keys())
            if (!sessions.contains(nodeId))
                record(it.key(), nodeId);
    }
}

void UsageSampler::finish(const QString &runId)
{
    for (const QString &nodeId : m_summaries.value(runId).keys())
        record(runId, nodeId);
    m_summaries.remove(runId);
}

void UsageSampler::record(const QString &runId, const QString &nodeId)
{
    const UsageAccumulator acc = m_summaries[runId].take(nodeId);
    LocalRun *run = m_registry->run(runId);
    const RunNode *node = run ? run->snapshot().node(nodeId) : nullptr;
    if (!node || acc.sampleCount() == 0)
        return;
    const QDateTime end = node->finishedAt.isValid() ? node->finishedAt : QDateTime::currentDateTimeUtc();
    UsageSummary usage = acc.summary(node->startedAt.isValid() ? node->startedAt.msecsTo(end) : 0);
    if (const Task *task = TaskPath::taskOf(run->pipeline(), TaskPath::of(run->snapshot(), *node))) {
        usage.requests = ResourceAmounts::requestsOf(task->settings.resources);
        usage.limits = ResourceAmounts::limitsOf(task->settings.resources);
    }
    run->setUsage(nodeId, usage);
}

} // namespace ps
