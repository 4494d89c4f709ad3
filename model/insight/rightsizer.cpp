#include "rightsizer.h"

#include "resourcequantity.h"
#include "taskpath.h"
#include "tasksettings.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace ps {

namespace {

struct Peaks {
    QList<double> cpu;
    QList<double> memory;
    int runs = 0;
};

double roundUpCores(double cores) { return std::ceil(cores * 1000.0 - 1e-6) / 1000.0; }
qint64 roundUpMiB(double bytes) { return qint64(std::ceil(bytes / double(1 << 20) - 1e-9)) << 20; }

} // namespace

double RightSizer::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = std::clamp(p, 0.0, 1.0) * double(values.size() - 1);
    const auto low = qsizetype(std::floor(rank));
    const auto high = qsizetype(std::ceil(rank));
    return values[low] + (values[high] - values[low]) * (rank - double(low));
}

QList<ResourceSuggestion> RightSizer::suggest(const QList<RunSnapshot> &runs, const Policy &policy)
{
    QMap<QString, Peaks> byTask;
    for (const RunSnapshot &run : runs) {
        const QHash<QString, QString> paths = TaskPath::ofAll(run);
        QMap<QString, std::pair<double, qint64>> runPeaks; // task → (cpu, memory) of this run
        for (const RunNode &node : run.nodes) {
            if (!node.usage || node.usage->samples == 0)
                continue;
            auto &[cpu, memory] = runPeaks[paths.value(node.id)];
            cpu = std::max(cpu, node.usage->peakCpuCores);
            memory = std::max(memory, node.usage->peakMemoryBytes);
        }
        for (auto it = runPeaks.cbegin(); it != runPeaks.cend(); ++it) {
            Peaks &p = byTask[it.key()];
            p.cpu.append(it->first);
            p.memory.append(double(it->second));
            ++p.runs;
        }
    }
    QList<ResourceSuggestion> result;
    for (auto it = byTask.cbegin(); it != byTask.cend(); ++it) {
        ResourceSuggestion s;
        s.task = it.key();
        s.basedOnRuns = it->runs;
        const double cpuRequest = std::max(policy.minCpuCores, percentile(it->cpu, policy.percentile) * policy.requestHeadroom);
        const double cpuPeak = *std::max_element(it->cpu.cbegin(), it->cpu.cend());
        s.cpuRequest = roundUpCores(cpuRequest);
        s.cpuLimit = roundUpCores(std::max(cpuRequest, cpuPeak * policy.limitHeadroom));
        const double memoryRequest =
            std::max(double(policy.minMemoryBytes), percentile(it->memory, policy.percentile) * policy.requestHeadroom);
        const double memoryPeak = *std::max_element(it->memory.cbegin(), it->memory.cend());
        s.memoryRequest = roundUpMiB(memoryRequest);
        s.memoryLimit = roundUpMiB(std::max(memoryRequest, memoryPeak * policy.limitHeadroom));
        result.append(s);
    }
    return result;
}

std::optional<ResourceSuggestion> RightSizer::find(const QList<ResourceSuggestion> &suggestions, const Pipeline &pipeline,
                                                   const QString &graphKey, const QString &taskName)
{
    for (const ResourceSuggestion &s : suggestions) {
        if (graphKey.isEmpty()) {
            if (s.task == taskName)
                return s;
            continue;
        }
        const qsizetype slash = s.task.lastIndexOf(u'/');
        if (slash < 0 || s.task.mid(slash + 1) != taskName)
            continue;
        const Task *owner = TaskPath::taskOf(pipeline, s.task.left(slash));
        if (owner && owner->component == graphKey)
            return s;
    }
    return std::nullopt;
}

Resources RightSizer::applied(const Resources &resources, const ResourceSuggestion &suggestion)
{
    Resources r = resources;
    if (suggestion.cpuRequest)
        r.cpuRequest = ResourceQuantity::cpuText(*suggestion.cpuRequest);
    if (suggestion.cpuLimit)
        r.cpuLimit = ResourceQuantity::cpuText(*suggestion.cpuLimit);
    if (suggestion.memoryRequest)
        r.memoryRequest = ResourceQuantity::memoryText(*suggestion.memoryRequest);
    if (suggestion.memoryLimit)
        r.memoryLimit = ResourceQuantity::memoryText(*suggestion.memoryLimit);
    return r;
}

} // namespace ps
