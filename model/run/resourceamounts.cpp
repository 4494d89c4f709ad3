#include "resourceamounts.h"

#include "resourcequantity.h"
#include "tasksettings.h"

namespace ps {

QJsonObject ResourceAmounts::toJson() const
{
    QJsonObject o;
    if (cpuCores)
        o.insert(QStringLiteral("cpu"), *cpuCores);
    if (memoryBytes)
        o.insert(QStringLiteral("memory"), double(*memoryBytes));
    if (gpus)
        o.insert(QStringLiteral("gpu"), *gpus);
    return o;
}

ResourceAmounts ResourceAmounts::fromJson(const QJsonObject &json)
{
    ResourceAmounts a;
    if (json.value(QStringLiteral("cpu")).isDouble())
        a.cpuCores = json.value(QStringLiteral("cpu")).toDouble();
    if (json.value(QStringLiteral("memory")).isDouble())
        a.memoryBytes = qint64(json.value(QStringLiteral("memory")).toDouble());
    if (json.value(QStringLiteral("gpu")).isDouble())
        a.gpus = json.value(QStringLiteral("gpu")).toDouble();
    return a;
}

ResourceAmounts ResourceAmounts::requestsOf(const Resources &resources)
{
    ResourceAmounts a;
    a.cpuCores = ResourceQuantity::cores(resources.cpuRequest);
    a.memoryBytes = ResourceQuantity::bytes(resources.memoryRequest);
    // Kubernetes requests as many GPUs as it limits: extended resources cannot overcommit.
    a.gpus = ResourceQuantity::parse(resources.gpuLimit);
    return a;
}

ResourceAmounts ResourceAmounts::limitsOf(const Resources &resources)
{
    ResourceAmounts a;
    a.cpuCores = ResourceQuantity::cores(resources.cpuLimit);
    a.memoryBytes = ResourceQuantity::bytes(resources.memoryLimit);
    a.gpus = ResourceQuantity::parse(resources.gpuLimit);
    return a;
}

} // namespace ps
