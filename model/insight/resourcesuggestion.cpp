#include "resourcesuggestion.h"

namespace ps {

QJsonObject ResourceSuggestion::toJson() const
{
    QJsonObject o{{QStringLiteral("task"), task}, {QStringLiteral("basedOnRuns"), basedOnRuns}};
    const auto put = [&o](const char *key, std::optional<double> value) {
        o.insert(QLatin1String(key), value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
    };
    put("cpuRequest", cpuRequest);
    put("memoryRequest", memoryRequest ? std::optional<double>(double(*memoryRequest)) : std::nullopt);
    put("cpuLimit", cpuLimit);
    put("memoryLimit", memoryLimit ? std::optional<double>(double(*memoryLimit)) : std::nullopt);
    return o;
}

} // namespace ps
