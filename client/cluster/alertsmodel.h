#pragma once

#include "alertmanageralert.h"
#include "clustertablemodel.h"
#include "prometheusalert.h"

#include <optional>

namespace ps {

// Prometheus' pending and firing alerts, firing first, with what Alertmanager did with each
// (notified receivers, silenced, inhibited) when one is configured.
class AlertsModel : public ClusterTableModel
{
    Q_OBJECT

public:
    enum Column { Name, State, Since, Labels, Annotations, Notification };

    explicit AlertsModel(QObject *parent = nullptr);
    // `alertmanager`: the alerts Alertmanager holds; nothing when none is configured, or when
    // asking it failed, which `alertmanagerError` then says.
    void setAlerts(QList<PrometheusAlert> alerts, std::optional<QList<AlertmanagerAlert>> alertmanager,
                   const QString &alertmanagerError = {}, const QDateTime &now = QDateTime::currentDateTimeUtc());
    const QList<PrometheusAlert> &alerts() const { return m_alerts; }

protected:
    int rows() const override { return int(m_alerts.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QString notification(const PrometheusAlert &alert) const;

    QList<PrometheusAlert> m_alerts;
    std::optional<QList<AlertmanagerAlert>> m_alertmanager;
    QString m_alertmanagerError;
    QDateTime m_now;
};

} // namespace ps
