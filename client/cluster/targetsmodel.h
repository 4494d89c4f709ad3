#pragma once

#include "clustertablemodel.h"
#include "prometheustarget.h"

namespace ps {

// Prometheus' scrape targets with their health.
class TargetsModel : public ClusterTableModel
{
    Q_OBJECT

public:
    enum Column { Job, Endpoint, Health, LastScrape, Duration, Error };

    explicit TargetsModel(QObject *parent = nullptr);
    void setTargets(QList<PrometheusTarget> targets, const QDateTime &now = QDateTime::currentDateTimeUtc());
    const QList<PrometheusTarget> &targets() const { return m_targets; }

protected:
    int rows() const override { return int(m_targets.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<PrometheusTarget> m_targets;
    QDateTime m_now;
};

} // namespace ps
