#include "usagetext.h"

#include "resourcequantity.h"

#include <QCoreApplication>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UsageText)
};

QString number(double v) { return QString::number(v, 'g', v < 10 ? 2 : 3); }

} // namespace

QStringList UsageText::lines(const UsageSummary &u)
{
    QStringList lines;
    const QString peak = number(u.peakCpuCores);
    const QString mean = number(u.meanCpuCores);
    const QString total = number(u.cpuSeconds);
    const std::optional<double> &cpuRequest = u.requests.cpuCores;
    const std::optional<double> &cpuLimit = u.limits.cpuCores;
    if (cpuRequest && cpuLimit)
        lines << Tr::tr("CPU: %1 cores at peak, %2 on average, %3 s in all (requested %4, limit %5)")
                     .arg(peak, mean, total, number(*cpuRequest), number(*cpuLimit));
    else if (cpuRequest)
        lines << Tr::tr("CPU: %1 cores at peak, %2 on average, %3 s in all (requested %4)").arg(peak, mean, total, number(*cpuRequest));
    else if (cpuLimit)
        lines << Tr::tr("CPU: %1 cores at peak, %2 on average, %3 s in all (limit %4)").arg(peak, mean, total, number(*cpuLimit));
    else
        lines << Tr::tr("CPU: %1 cores at peak, %2 on average, %3 s in all").arg(peak, mean, total);
    const QString memPeak = ResourceQuantity::bytesForPeople(u.peakMemoryBytes);
    const QString memMean = ResourceQuantity::bytesForPeople(u.meanMemoryBytes);
    const std::optional<qint64> &memRequest = u.requests.memoryBytes;
    const std::optional<qint64> &memLimit = u.limits.memoryBytes;
    if (memRequest && memLimit)
        lines << Tr::tr("Memory: %1 at peak, %2 on average (requested %3, limit %4)")
                     .arg(memPeak, memMean, ResourceQuantity::bytesForPeople(*memRequest), ResourceQuantity::bytesForPeople(*memLimit));
    else if (memRequest)
        lines << Tr::tr("Memory: %1 at peak, %2 on average (requested %3)").arg(memPeak, memMean, ResourceQuantity::bytesForPeople(*memRequest));
    else if (memLimit)
        lines << Tr::tr("Memory: %1 at peak, %2 on average (limit %3)").arg(memPeak, memMean, ResourceQuantity::bytesForPeople(*memLimit));
    else
        lines << Tr::tr("Memory: %1 at peak, %2 on average").arg(memPeak, memMean);
    if (u.peakGpuUtilisation)
        lines << Tr::tr("GPU: %1 % at peak, %2 % on average").arg(number(*u.peakGpuUtilisation), number(u.meanGpuUtilisation.value_or(0)));
    if (u.peakGpuMemoryBytes)
        lines << Tr::tr("GPU memory: %1 at peak").arg(ResourceQuantity::bytesForPeople(*u.peakGpuMemoryBytes));
    lines << (u.source == UsageSummary::Source::Prometheus ? Tr::tr("Measured by Prometheus (%n sample(s))", nullptr, u.samples)
                                                           : Tr::tr("Measured by the engine (%n sample(s))", nullptr, u.samples));
    return lines;
}

} // namespace ps
