#include "metricsartifact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps {

QList<MetricsArtifact::Metric> MetricsArtifact::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject root = doc.object();
    QList<Metric> metrics;
    if (root.value(QStringLiteral("metrics")).isArray()) {
        for (const QJsonValue &v : root.value(QStringLiteral("metrics")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString name = m.value(QStringLiteral("name")).toString();
            if (!name.isEmpty() && m.value(QStringLiteral("numberValue")).isDouble())
                metrics.append({name, m.value(QStringLiteral("numberValue")).toDouble()});
        }
        return metrics;
    }
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.value().isDouble())
            metrics.append({it.key(), it.value().toDouble()});
    return metrics;
}

bool MetricsArtifact::looksLikeMetrics(const QString &type, const QString &name)
{
    return type.contains(QStringLiteral("Metrics"), Qt::CaseInsensitive) || name.contains(QStringLiteral("metrics"), Qt::CaseInsensitive);
}

} // namespace ps
