#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace ps {

class LogSearchPanel;
class MonitoringConnection;
class PropertiesPanel;
class ResourceAdvisor;
class RunBackend;
class RunDocks;
class TimelinePanel;
class UsageCollector;

// Run insight in the main window: the Timeline dock (following the run the run docks show),
// the Search Logs dock, Compare Runs, Prices, resource suggestions for the Properties panel,
// and reading cluster runs' usage from Prometheus as they finish.
class InsightDocks : public QObject
{
    Q_OBJECT
public:
    InsightDocks(QMainWindow *window, RunDocks *runs);

    void setConnection(MonitoringConnection *connection);
    void setProperties(PropertiesPanel *properties);
    // Timeline tabbed with `beside` (the logs), Search Logs with `others` (problems, runs).
    void arrange(QDockWidget *beside, QDockWidget *others);

    TimelinePanel *timeline() const { return m_timeline; }
    LogSearchPanel *search() const { return m_search; }
    ResourceAdvisor *advisor() const { return m_advisor; }
    QAction *compareAction() const { return m_compare; }
    QAction *pricesAction() const { return m_prices; }
    QAction *searchAction() const { return m_searchAction; }
    QList<QDockWidget *> docks() const { return m_docks; }

private:
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *widget);
    void followRun(RunBackend *backend, const QString &runId);
    void refreshTimeline();
    void syncBackends();

    QMainWindow *m_window;
    RunDocks *m_runs;
    TimelinePanel *m_timeline;
    LogSearchPanel *m_search;
    ResourceAdvisor *m_advisor;
    UsageCollector *m_collector;
    QAction *m_compare;
    QAction *m_prices;
    QAction *m_searchAction;
    QList<QDockWidget *> m_docks;
    QList<QPointer<RunBackend>> m_known;
    QPointer<RunBackend> m_backend;
    QString m_runId;
    QTimer m_coalesce;
};

} // namespace ps
