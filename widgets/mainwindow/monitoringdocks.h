#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace ps {

class ClusterPanel;
class MonitoringConnection;
class PromQlConsole;
class ResourcesPanel;
class RunMonitor;

// The Prometheus side of the main window: the Resources dock (charts of the open run or the
// selected task), the Cluster dock, the PromQL console, and the Prometheus settings action.
class MonitoringDocks : public QObject
{
    Q_OBJECT
public:
    MonitoringDocks(QMainWindow *window, RunMonitor *monitor);

    // The application's connection to Prometheus and Alertmanager (none in tests that do
    // not need one: the panels then say that no Prometheus is configured).
    void setConnection(MonitoringConnection *connection);
    // Resources tabbed with `beside` (the artifacts), cluster and console with `others`.
    void arrange(QDockWidget *beside, QDockWidget *others);

    ResourcesPanel *resources() const { return m_resources; }
    ClusterPanel *cluster() const { return m_cluster; }
    PromQlConsole *console() const { return m_console; }
    QAction *settingsAction() const { return m_settings; }
    QList<QDockWidget *> docks() const { return m_docks; }

private:
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *widget);

    QMainWindow *m_window;
    ResourcesPanel *m_resources;
    ClusterPanel *m_cluster;
    PromQlConsole *m_console;
    QAction *m_settings;
    MonitoringConnection *m_connection = nullptr;
    QList<QDockWidget *> m_docks;
};

} // namespace ps
