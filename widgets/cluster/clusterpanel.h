#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace ps {

class AlertmanagerClient;
class ClusterMonitor;
class ClusterTableModel;
class MonitoringConnection;
class PrometheusClient;

// The cluster at a glance: nodes with CPU and memory utilisation, Prometheus' targets with
// their health, firing and pending alerts (with Alertmanager's notification state), and
// Alertmanager's silences; refreshed periodically by its ClusterMonitor.
class ClusterPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { Nodes, Targets, Alerts, Silences };

    explicit ClusterPanel(QWidget *parent = nullptr);

    void setPrometheus(PrometheusClient *client);
    void setAlertmanager(AlertmanagerClient *client);
    // Both clients from the application's connection, again whenever its settings change.
    void setConnection(MonitoringConnection *connection);

    ClusterMonitor *monitor() const { return m_monitor; }
    QTableView *view(Tab tab) const;
    QString status() const;

private:
    QTableView *addTable(ClusterTableModel *model, const QString &title);
    void updateStatus();

    ClusterMonitor *m_monitor = nullptr;
    QPointer<MonitoringConnection> m_connection;
    QTabWidget *m_tabs = nullptr;
    QList<QTableView *> m_views;
    QLabel *m_status = nullptr;
};

} // namespace ps
