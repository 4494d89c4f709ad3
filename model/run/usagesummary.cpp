#include "usagesummary.h"

namespace ps {

QString toString(UsageSummary::Source source)
{
    return source == UsageSummary::Source::Prometheus ? QStringLiteral("prometheus") : QStringLiteral("samples");
}

QJsonObject UsageSummary::toJson() const
{
    QJsonObject o{{QStringLiteral("source"), toString(source)},
                  {QStringLiteral("samples"), samples},
                  {QStringLiteral("cpuSeconds"), cpuSeconds},
                  {QStringLiteral("peakCpuCores"), peakCpuCores},
                  {QStringLiteral("meanCpuCores"), meanCpuCores},
                  {QStringLiteral("peakMemoryBytes"), double(peakMemoryBytes)},
                  {QStringLiteral("meanMemoryBytes"), double(meanMemoryBytes)},
                  {QStringLiteral("wallMs"), double(wallMs)},
                  {QStringLiteral("requests"), requests.toJson()},
                  {QStringLiteral("limits"), limits.toJson()}};
    if (peakGpuUtilisation)
        o.insert(QStringLiteral("peakGpuUtilisation"), *peakGpuUtilisation);
    if (meanGpuUtilisation)
        o.insert(QStringLiteral("meanGpuUtilisation"), *meanGpuUtilisation);
    if (peakGpuMemoryBytes)
        o.insert(QStringLiteral("peakGpuMemoryBytes"), double(*peakGpuMemoryBytes));
    return o;
}

std::optional<UsageSummary> UsageSummary::fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("cpuSeconds")).isDouble())
        return std::nullopt;
    const auto number = [&json](const char *key) { return json.value(QLatin1String(key)).toDouble(); };
    const auto optional = [&json](const char *key) -> std::optional<double> {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    UsageSummary u;
    u.source = json.value(QStringLiteral("source")).toString() == u"prometheus" ? Source::Prometheus : Source::Samples;
    u.samples = json.value(QStringLiteral("samples")).toInt();
    u.cpuSeconds = number("cpuSeconds");
    u.peakCpuCores = number("peakCpuCores");
    u.meanCpuCores = number("meanCpuCores");
    u.peakMemoryBytes = qint64(number("peakMemoryBytes"));
    u.meanMemoryBytes = qint64(number("meanMemoryBytes"));
    u.wallMs = qint64(number("wallMs"));
    u.peakGpuUtilisation = optional("peakGpuUtilisation");
    u.meanGpuUtilisation = optional("meanGpuUtilisation");
    if (const std::optional<double> gpuMemory = optional("peakGpuMemoryBytes"))
        u.peakGpuMemoryBytes = qint64(*gpuMemory);
    u.requests = ResourceAmounts::fromJson(json.value(QStringLiteral("requests")).toObject());
    u.limits = ResourceAmounts::fromJson(json.value(QStringLiteral("limits")).toObject());
    return u;
}

} // namespace ps
