#include "costestimate.h"

namespace ps {

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

void add(std::optional<double> &sum, std::optional<double> term)
{
    if (term)
        sum = sum.value_or(0) + *term;
}

} // namespace

CostEstimate CostEstimate::ofUsage(const UsageSummary &usage, const Prices &prices)
{
    CostEstimate c;
    const double hours = double(usage.wallMs) / 3'600'000.0;
    const std::optional<double> gpus = usage.requests.gpus ? usage.requests.gpus : usage.limits.gpus;
    if (prices.cpuHour && usage.requests.cpuCores)
        add(c.fromRequests, *usage.requests.cpuCores * hours * *prices.cpuHour);
    if (prices.gibHour && usage.requests.memoryBytes)
        add(c.fromRequests, double(*usage.requests.memoryBytes) / kGiB * hours * *prices.gibHour);
    if (prices.gpuHour && gpus)
        add(c.fromRequests, *gpus * hours * *prices.gpuHour);
    if (usage.samples > 0) {
        if (prices.cpuHour)
            add(c.fromUsage, usage.cpuSeconds / 3600.0 * *prices.cpuHour);
        if (prices.gibHour)
            add(c.fromUsage, double(usage.meanMemoryBytes) / kGiB * hours * *prices.gibHour);
        if (prices.gpuHour && gpus)
            add(c.fromUsage, *gpus * usage.meanGpuUtilisation.value_or(100.0) / 100.0 * hours * *prices.gpuHour);
    }
    return c;
}

CostEstimate CostEstimate::ofRun(const RunSnapshot &run, const Prices &prices)
{
    CostEstimate total;
    for (const RunNode &n : run.nodes)
        if (n.usage)
            total += ofUsage(*n.usage, prices);
    return total;
}

CostEstimate &CostEstimate::operator+=(const CostEstimate &other)
{
    add(fromRequests, other.fromRequests);
    add(fromUsage, other.fromUsage);
    return *this;
}

QString CostEstimate::text(std::optional<double> amount, const Prices &prices)
{
    if (!amount)
        return QStringLiteral("—");
    const QString number = QString::number(*amount, 'f', *amount < 0.01 && *amount > 0 ? 4 : 2);
    return prices.currency.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, prices.currency);
}

} // namespace ps
