#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ps {

// The numbers in a KFP metrics artifact: the v1 `mlpipeline-metrics` form
// {"metrics": [{"name", "numberValue", "format"}]} or a flat object of numbers (what a v2
// system.Metrics artifact logs). Every entry is kept, duplicates included, in file order.
struct MetricsArtifact {
    struct Metric {
        QString name;
        double value = 0;
        bool operator==(const Metric &) const = default;
    };
    // Nothing when `json` is neither form.
    static QList<Metric> parse(const QByteArray &json);
    // Whether an artifact of this type and name holds metrics worth reading.
    static bool looksLikeMetrics(const QString &type, const QString &name);
};

} // namespace ps
