#include "clusterpanel.h"

#include "emptyhint.h"
#include "clustermonitor.h"
#include "monitoringconnection.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace ps {

ClusterPanel::ClusterPanel(QWidget *parent) : QWidget(parent), m_monitor(new ClusterMonitor(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(refresh, &QToolButton::clicked, m_monitor, &ClusterMonitor::refresh);
    bar->addWidget(m_status, 1);
    bar->addWidget(refresh);
    layout->addLayout(bar);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    addTable(m_monitor->nodes(), tr("Nodes"));
    addTable(m_monitor->targets(), tr("Targets"));
    addTable(m_monitor->alerts(), tr("Alerts"));
    addTable(m_monitor->silences(), tr("Silences"));
    m_tabs->setTabVisible(Silences, false);
    connect(m_monitor, &ClusterMonitor::refreshed, this, &ClusterPanel::updateStatus);
    m_status->setText(tr("Waiting for Prometheus…"));
}

QTableView *ClusterPanel::addTable(ClusterTableModel *model, const QString &title)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(ClusterTableModel::SortRole);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    EmptyHint::attach(view, tr("Nothing reported yet: this tab lists what Prometheus knows about the "
                               "machines, scrape targets, alerts and silences of your cluster (or this computer)."));
    m_tabs->addTab(view, title);
    m_views.append(view);
    return view;
}

QTableView *ClusterPanel::view(Tab tab) const { return m_views.value(tab); }

QString ClusterPanel::status() const { return m_status->text(); }

void ClusterPanel::setPrometheus(PrometheusClient *client)
{
    m_monitor->setPrometheus(client);
    m_monitor->refresh();
}

void ClusterPanel::setAlertmanager(AlertmanagerClient *client)
{
    m_monitor->setAlertmanager(client);
    m_tabs->setTabVisible(Silences, client != nullptr);
    m_monitor->refresh();
}

void ClusterPanel::setConnection(MonitoringConnection *connection)
{
    m_connection = connection;
    const auto apply = [this] {
        if (m_connection->status() == MonitoringConnection::Status::Unavailable) {
            m_status->setText(m_connection->statusMessage());
            return;
        }
        m_monitor->setAlertmanager(m_connection->alertmanager());
        m_tabs->setTabVisible(Silences, m_connection->alertmanager() != nullptr);
        setPrometheus(m_connection->prometheus());
    };
    connect(connection, &MonitoringConnection::statusChanged, this, apply);
    apply();
}

void ClusterPanel::updateStatus()
{
    const QString error = m_monitor->lastError();
    const int firing = int(std::count_if(m_monitor->alerts()->alerts().cbegin(), m_monitor->alerts()->alerts().cend(),
                                         [](const PrometheusAlert &a) { return a.state == u"firing"; }));
    const QString summary = tr("%n node(s), %1 target(s), %2 firing alert(s); updated %3", nullptr,
                               int(m_monitor->nodes()->nodes().size()))
                                .arg(m_monitor->targets()->targets().size())
                                .arg(firing)
                                .arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss")));
    m_status->setText(error.isEmpty() ? summary : error);
    m_tabs->setTabText(Alerts, firing > 0 ? tr("Alerts (%1)").arg(firing) : tr("Alerts"));
}

} // namespace ps
