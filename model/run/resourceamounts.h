#pragma once

#include <QJsonObject>

#include <optional>

namespace ps {

struct Resources;

// Amounts of CPU (cores), memory (bytes) and GPUs: what a task requested, or was limited
// to. An unset amount is absent, not zero.
struct ResourceAmounts {
    std::optional<double> cpuCores;
    std::optional<qint64> memoryBytes;
    std::optional<double> gpus;

    bool isEmpty() const { return !cpuCores && !memoryBytes && !gpus; }
    // {"cpu": cores, "memory": bytes, "gpu": count}, the unset ones left out.
    QJsonObject toJson() const;
    static ResourceAmounts fromJson(const QJsonObject &json);
    // The requests, or the limits, a task's settings declare (quantities that do not parse: unset).
    static ResourceAmounts requestsOf(const Resources &resources);
    static ResourceAmounts limitsOf(const Resources &resources);
    bool operator==(const ResourceAmounts &) const = default;
};

} // namespace ps
