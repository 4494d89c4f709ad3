#include "resourcefit.h"

#include <algorithm>

namespace ps {

ResourceFit ResourceFit::of(double peak, std::optional<double> request, std::optional<double> limit)
{
    ResourceFit f;
    f.peak = peak;
    f.request = request && *request > 0 ? request : std::nullopt;
    f.limit = limit && *limit > 0 ? limit : std::nullopt;
    if (f.limit && peak >= *f.limit * kRiskFromLimit)
        f.verdict = Verdict::Risk;
    else if (!f.limit && f.request && peak > *f.request * kRiskOverRequest)
        f.verdict = Verdict::Risk;
    else if (f.request && peak < *f.request * kWasteBelow)
        f.verdict = Verdict::Waste;
    else
        f.verdict = Verdict::Fine;
    return f;
}

ResourceFit ResourceFit::cpu(const UsageSummary &usage)
{
    if (usage.samples == 0)
        return {};
    return of(usage.peakCpuCores, usage.requests.cpuCores, usage.limits.cpuCores);
}

ResourceFit ResourceFit::memory(const UsageSummary &usage)
{
    if (usage.samples == 0)
        return {};
    const auto bytes = [](const std::optional<qint64> &v) { return v ? std::optional<double>(double(*v)) : std::nullopt; };
    return of(double(usage.peakMemoryBytes), bytes(usage.requests.memoryBytes), bytes(usage.limits.memoryBytes));
}

double ResourceFit::scale() const
{
    return std::max({peak.value_or(0), request.value_or(0), limit.value_or(0)});
}

} // namespace ps
