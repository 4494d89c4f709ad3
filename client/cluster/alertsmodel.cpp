#include "alertsmodel.h"

#include <QBrush>
#include <QColor>

namespace ps {

AlertsModel::AlertsModel(QObject *parent)
    : ClusterTableModel({tr("Alert"), tr("State"), tr("Since"), tr("Labels"), tr("Annotations"), tr("Notification")},
                        parent)
{
}

void AlertsModel::setAlerts(QList<PrometheusAlert> alerts, std::optional<QList<AlertmanagerAlert>> alertmanager,
                            const QString &alertmanagerError, const QDateTime &now)
{
    std::sort(alerts.begin(), alerts.end(), [](const PrometheusAlert &a, const PrometheusAlert &b) {
        return std::tuple(a.state != u"firing", a.name(), a.activeAt) < std::tuple(b.state != u"firing", b.name(), b.activeAt);
    });
    replaceRows([&] {
        m_alerts = std::move(alerts);
        m_alertmanager = std::move(alertmanager);
        m_alertmanagerError = m_alertmanager ? QString() : alertmanagerError;
        m_now = now;
    });
}

QString AlertsModel::notification(const PrometheusAlert &alert) const
{
    if (!m_alertmanager && !m_alertmanagerError.isEmpty())
        return tr("unknown: %1").arg(m_alertmanagerError);
    if (!m_alertmanager)
        return tr("no Alertmanager configured");
    // Alertmanager holds the alert under the same labels (plus any external labels).
    const auto matches = [&alert](const AlertmanagerAlert &held) {
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
            if (held.labels.value(it.key()) != it.value())
                return false;
        return true;
    };
    const auto held = std::find_if(m_alertmanager->cbegin(), m_alertmanager->cend(), matches);
    if (held == m_alertmanager->cend())
        return alert.state == u"firing" ? tr("not at Alertmanager yet") : tr("pending: not sent");
    if (!held->silencedBy.isEmpty())
        return tr("silenced by %1").arg(held->silencedBy.join(QStringLiteral(", ")));
    if (!held->inhibitedBy.isEmpty())
        return tr("inhibited");
    if (held->receivers.isEmpty())
        return tr("active, no receiver");
    return tr("notifying %1").arg(held->receivers.join(QStringLiteral(", ")));
}

QVariant AlertsModel::cell(int row, int column, int role) const
{
    const PrometheusAlert &a = m_alerts.at(row);
    if (role == Qt::ForegroundRole && column == State)
        return QBrush(a.state == u"firing" ? QColor(0xc0, 0x39, 0x2b) : QColor(0xd3, 0x84, 0x00));
    if (role == SortRole && column == Since)
        return a.activeAt;
    if (role == Qt::ToolTipRole && column == Notification)
        return notification(a);
    if (role == Qt::ToolTipRole && (column == Labels || column == Annotations))
        return labelsText(column == Labels ? a.labels : a.annotations).replace(QStringLiteral(", "), QStringLiteral("\n"));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Name:
        return a.name();
    case State:
        return a.state == u"firing" ? tr("firing") : a.state == u"pending" ? tr("pending") : a.state;
    case Since:
        return since(a.activeAt, m_now);
    case Labels:
        return labelsText(a.labels, {QStringLiteral("alertname")});
    case Annotations:
        return labelsText(a.annotations);
    case Notification:
        return notification(a);
    default:
        return {};
    }
}

} // namespace ps
