#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ps {

// Requests and limits suggested for one task from what its past runs used, and how many
// runs that is based on. Unset where no run measured that resource.
struct ResourceSuggestion {
    QString task;                          // TaskPath: "train", "evaluate/score"
    std::optional<double> cpuRequest;      // cores
    std::optional<qint64> memoryRequest;   // bytes
    std::optional<double> cpuLimit;
    std::optional<qint64> memoryLimit;
    int basedOnRuns = 0;

    // {"task", "cpuRequest", "memoryRequest", "cpuLimit", "memoryLimit", "basedOnRuns"}.
    QJsonObject toJson() const;
    bool operator==(const ResourceSuggestion &) const = default;
};

} // namespace ps
