#pragma once

#include "runbackend.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace ps {

class ArtifactsPanel;
class LogsPanel;
class NotificationLog;
class PipelineDocument;
class RunDetailsPanel;
class RunGraphPanel;
class RunLauncher;
class RunMonitor;
class RunsModel;
class RunsPanel;
class SchedulesModel;
class SchedulesPanel;

// The run side of the main window: the Runs, Schedules, Run Graph, Task Details, Logs and
// Artifacts docks, the Run, Clone and Publish as WorkflowTemplate actions, and the monitor
// that keeps the docks on one run and one task.
class RunDocks : public QObject
{
    Q_OBJECT
public:
    RunDocks(QMainWindow *window, PipelineDocument *document);

    RunsModel *runs() const { return m_runs; }
    // What went wrong, for the status bar's Notifications button.
    NotificationLog *notifications() const { return m_notifications; }
    RunsPanel *runsPanel() const { return m_runsPanel; }
    SchedulesModel *schedules() const { return m_schedules; }
    SchedulesPanel *schedulesPanel() const { return m_schedulesPanel; }
    RunGraphPanel *graphPanel() const { return m_graph; }
    RunDetailsPanel *detailsPanel() const { return m_details; }
    ArtifactsPanel *artifactsPanel() const { return m_artifacts; }
    LogsPanel *logsPanel() const { return m_logs; }
    RunLauncher *launcher() const { return m_launcher; }
    RunMonitor *monitor() const { return m_monitor; }
    QAction *runAction() const { return m_run; }
    QAction *publishAction() const { return m_publish; }
    // Publish is enabled while a connection with templates (Argo) exists; call before showing the Run menu.
    void updateActions();
    QList<QDockWidget *> docks() const { return m_docks; }
    QDockWidget *dockOf(QWidget *panel) const;

    // Places the run docks beside the editor's: called once the editor's docks exist.
    void arrange(QDockWidget *properties, QDockWidget *problems);
    // Shows a run in every run dock and brings the graph to the front.
    void openRun(RunBackend *backend, const QString &runId);

signals:
    void message(const QString &text);

private:
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *widget);

    QMainWindow *m_window;
    PipelineDocument *m_document;
    RunsModel *m_runs;
    NotificationLog *m_notifications;
    RunsPanel *m_runsPanel;
    SchedulesModel *m_schedules;
    SchedulesPanel *m_schedulesPanel;
    RunGraphPanel *m_graph;
    RunDetailsPanel *m_details;
    ArtifactsPanel *m_artifacts;
    LogsPanel *m_logs;
    RunLauncher *m_launcher;
    RunMonitor *m_monitor;
    QAction *m_run;
    QAction *m_publish;
    QList<QDockWidget *> m_docks;
};

} // namespace ps
