#include "monitoringdocks.h"

#include "clusterpanel.h"
#include "monitoringconnection.h"
#include "promqlconsole.h"
#include "prometheussettingsdialog.h"
#include "resourcespanel.h"
#include "runmonitor.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace ps {

MonitoringDocks::MonitoringDocks(QMainWindow *window, RunMonitor *monitor)
    : QObject(window)
    , m_window(window)
    , m_resources(new ResourcesPanel(window))
    , m_cluster(new ClusterPanel(window))
    , m_console(new PromQlConsole(window))
    , m_settings(new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Prometheus Settings…"), this))
{
    addDock(tr("Resources"), QStringLiteral("ResourcesDock"), m_resources);
    addDock(tr("Cluster"), QStringLiteral("ClusterDock"), m_cluster);
    addDock(tr("PromQL Console"), QStringLiteral("PromQlDock"), m_console);
    connect(monitor, &RunMonitor::runOpened, m_resources, &ResourcesPanel::setRun);
    connect(monitor, &RunMonitor::runOpened, this, [this] { m_docks.value(0)->show(); });
    connect(monitor, &RunMonitor::nodeSelected, m_resources, &ResourcesPanel::setTask);
    connect(m_settings, &QAction::triggered, this, [this] {
        if (!m_connection)
            return;
        PrometheusSettingsDialog dialog(m_connection, m_window);
        dialog.exec();
    });
    connect(m_resources, &ResourcesPanel::configureRequested, m_settings, &QAction::trigger);
    m_settings->setEnabled(false);
}

void MonitoringDocks::setConnection(MonitoringConnection *connection)
{
    m_connection = connection;
    m_settings->setEnabled(connection != nullptr);
    if (!connection)
        return;
    m_resources->setConnection(connection);
    m_cluster->setConnection(connection);
    m_console->setPrometheus(connection->prometheus());
}

void MonitoringDocks::arrange(QDockWidget *beside, QDockWidget *others)
{
    m_window->tabifyDockWidget(beside, m_docks.value(0));
    m_window->tabifyDockWidget(others, m_docks.value(1));
    m_window->tabifyDockWidget(others, m_docks.value(2));
    beside->raise();
    others->raise();
    // The console is for people who know PromQL: closed until opened from the View menu.
    m_docks.value(2)->hide();
    // The charts of a run appear with the run (or from the View menu).
    m_docks.value(0)->hide();
}

QDockWidget *MonitoringDocks::addDock(const QString &title, const QString &name, QWidget *widget)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(widget);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_docks.append(dock);
    return dock;
}

} // namespace ps
