#pragma once

#include "alertsmodel.h"
#include "nodesmodel.h"
#include "silencesmodel.h"
#include "targetsmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace ps {

class AlertmanagerClient;
class PrometheusClient;

// Feeds the cluster panel: node utilisation from node exporter metrics, scrape targets and
// alerts from Prometheus, alerts' notification state and silences from Alertmanager when
// one is set; all refreshed together, periodically.
class ClusterMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ClusterMonitor(QObject *parent = nullptr);

    void setPrometheus(PrometheusClient *client);
    // nullptr: no Alertmanager.
    void setAlertmanager(AlertmanagerClient *client);
    // 0 stops the periodic refresh.
    void setInterval(std::chrono::seconds interval);

    NodesModel *nodes() { return &m_nodes; }
    TargetsModel *targets() { return &m_targets; }
    AlertsModel *alerts() { return &m_alerts; }
    SilencesModel *silences() { return &m_silences; }
    bool hasAlertmanager() const { return !m_alertmanager.isNull(); }
    // Why the last refresh was incomplete; empty when it was not.
    QString lastError() const { return m_error; }
    // Why the configured Alertmanager could not be asked last time; empty when it answered
    // (or none is configured).
    QString alertmanagerError() const { return m_alertmanagerError; }
    bool isRefreshing() const { return m_pending > 0; }

    // PromQL of the node columns (node exporter metrics).
    static QString cpuQuery();
    static QString memoryUsedQuery();
    static QString memoryTotalQuery();

public slots:
    void refresh();

signals:
    void refreshed();

private:
    struct Pending;
    void queryNodes(const std::shared_ptr<Pending> &pending);
    void done(const std::shared_ptr<Pending> &pending);

    QPointer<PrometheusClient> m_prometheus;
    QPointer<AlertmanagerClient> m_alertmanager;
    NodesModel m_nodes;
    TargetsModel m_targets;
    AlertsModel m_alerts;
    SilencesModel m_silences;
    QTimer m_timer;
    QString m_error;
    QString m_alertmanagerError;
    int m_pending = 0;
};

} // namespace ps
