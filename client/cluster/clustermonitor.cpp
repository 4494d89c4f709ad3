#include "clustermonitor.h"

#include "alertmanagerclient.h"
#include "prometheusclient.h"

#include <QHash>

namespace ps {

struct ClusterMonitor::Pending {
    int left = 0;
    QHash<QString, NodeUsage> nodes;
    QList<PrometheusTarget> targets;
    QList<PrometheusAlert> alerts;
    std::optional<QList<AlertmanagerAlert>> held;
    QList<AlertmanagerSilence> silences;
    QStringList errors;
    QStringList alertmanagerErrors;
};

ClusterMonitor::ClusterMonitor(QObject *parent) : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_pending == 0)
            refresh();
    });
    setInterval(std::chrono::seconds(15));
}

void ClusterMonitor::setPrometheus(PrometheusClient *client)
{
    m_prometheus = client;
}

void ClusterMonitor::setAlertmanager(AlertmanagerClient *client)
{
    m_alertmanager = client;
}

void ClusterMonitor::setInterval(std::chrono::seconds interval)
{
    if (interval.count() > 0)
        m_timer.start(interval);
    else
        m_timer.stop();
}

QString ClusterMonitor::cpuQuery()
{
    return QStringLiteral("100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\"}[1m])))");
}

QString ClusterMonitor::memoryUsedQuery()
{
    return QStringLiteral("node_memory_MemTotal_bytes - node_memory_MemAvailable_bytes");
}

QString ClusterMonitor::memoryTotalQuery() { return QStringLiteral("node_memory_MemTotal_bytes"); }

void ClusterMonitor::refresh()
{
    if (!m_prometheus) {
        m_error = tr("No Prometheus is configured.");
        emit refreshed();
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->left = 4 + 2 + (m_alertmanager ? 2 : 0);
    m_pending = pending->left;
    queryNodes(pending);
    const auto failed = [pending](const PrometheusError &error) {
        if (!pending->errors.contains(error.message))
            pending->errors.append(error.message);
    };
    m_prometheus->targets().then(this, [this, pending, failed](const PrometheusResult<QList<PrometheusTarget>> &r) {
        r.ok() ? void(pending->targets = r.value) : failed(r.error);
        done(pending);
    });
    m_prometheus->alerts().then(this, [this, pending, failed](const PrometheusResult<QList<PrometheusAlert>> &r) {
        r.ok() ? void(pending->alerts = r.value) : failed(r.error);
        done(pending);
    });
    if (!m_alertmanager)
        return;
    // Its failures are kept apart too: the alerts then say Alertmanager failed, and why.
    const auto alertmanagerFailed = [pending, failed](const PrometheusError &error) {
        failed(error);
        if (!pending->alertmanagerErrors.contains(error.message))
            pending->alertmanagerErrors.append(error.message);
    };
    m_alertmanager->alerts().then(this, [this, pending, alertmanagerFailed](const PrometheusResult<QList<AlertmanagerAlert>> &r) {
        r.ok() ? void(pending->held = r.value) : alertmanagerFailed(r.error);
        done(pending);
    });
    m_alertmanager->silences().then(this, [this, pending, alertmanagerFailed](const PrometheusResult<QList<AlertmanagerSilence>> &r) {
        r.ok() ? void(pending->silences = r.value) : alertmanagerFailed(r.error);
        done(pending);
    });
}

void ClusterMonitor::queryNodes(const std::shared_ptr<Pending> &pending)
{
    // Each query fills one field of the nodes it names, joined by instance.
    const QList<std::pair<QString, std::function<void(NodeUsage &, const PrometheusSeries &)>>> queries{
        {cpuQuery(), [](NodeUsage &n, const PrometheusSeries &s) { n.cpuPercent = s.points.value(0).y(); }},
        {memoryUsedQuery(), [](NodeUsage &n, const PrometheusSeries &s) { n.memoryUsedBytes = s.points.value(0).y(); }},
        {memoryTotalQuery(), [](NodeUsage &n, const PrometheusSeries &s) { n.memoryTotalBytes = s.points.value(0).y(); }},
        {QStringLiteral("node_uname_info"),
         [](NodeUsage &n, const PrometheusSeries &s) { n.name = s.labels.value(QStringLiteral("nodename")); }},
    };
    for (const auto &[expression, fill] : queries) {
        m_prometheus->query(expression).then(this, [this, pending, fill](const PrometheusResult<PrometheusQueryResult> &r) {
            if (!r.ok() && !pending->errors.contains(r.error.message))
                pending->errors.append(r.error.message);
            for (const PrometheusSeries &s : r.value.series) {
                const QString instance = s.labels.value(QStringLiteral("instance"));
                NodeUsage &node = pending->nodes[instance];
                node.instance = instance;
                fill(node, s);
            }
            done(pending);
        });
    }
}

void ClusterMonitor::done(const std::shared_ptr<Pending> &pending)
{
    m_pending = --pending->left;
    if (pending->left > 0)
        return;
    QList<NodeUsage> nodes;
    for (NodeUsage n : std::as_const(pending->nodes)) {
        if (n.name.isEmpty())
            n.name = n.instance;
        nodes.append(n);
    }
    std::sort(nodes.begin(), nodes.end(), [](const NodeUsage &a, const NodeUsage &b) { return a.name < b.name; });
    m_nodes.setNodes(nodes);
    m_targets.setTargets(pending->targets);
    m_alertmanagerError = pending->alertmanagerErrors.join(u'\n');
    m_alerts.setAlerts(pending->alerts, m_alertmanager ? pending->held : std::nullopt, m_alertmanagerError);
    m_silences.setSilences(pending->silences);
    m_error = pending->errors.join(u'\n');
    emit refreshed();
}

} // namespace ps
