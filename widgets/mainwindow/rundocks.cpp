#include "rundocks.h"

#include "artifactspanel.h"
#include "logspanel.h"
#include "notificationlog.h"
#include "pipelinedocument.h"
#include "rundetailspanel.h"
#include "rungraphpanel.h"
#include "runlauncher.h"
#include "runmonitor.h"
#include "runsmodel.h"
#include "runspanel.h"
#include "schedulesmodel.h"
#include "schedulespanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

namespace ps {

RunDocks::RunDocks(QMainWindow *window, PipelineDocument *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_runs(new RunsModel(this))
    , m_notifications(new NotificationLog(this))
    , m_runsPanel(new RunsPanel(m_runs, window))
    , m_schedules(new SchedulesModel(m_runs, this))
    , m_schedulesPanel(new SchedulesPanel(m_schedules, window))
    , m_graph(new RunGraphPanel(window))
    , m_details(new RunDetailsPanel(window))
    , m_artifacts(new ArtifactsPanel(window))
    , m_logs(new LogsPanel(window))
    , m_launcher(new RunLauncher(m_runs, m_schedules, window))
    , m_monitor(new RunMonitor(m_graph, m_details, m_artifacts, this))
    , m_run(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Run Pipeline…"), this))
    , m_publish(new QAction(QIcon::fromTheme(QStringLiteral("document-send")), tr("&Publish as WorkflowTemplate…"), this))
{
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    m_run->setToolTip(tr("Run the open pipeline (F5)"));
    connect(m_run, &QAction::triggered, this, [this] {
        if (m_document->pipeline().root.tasks().empty()) {
            emit message(tr("The pipeline has no tasks to run."));
            return;
        }
        m_launcher->run(m_document->pipeline(), m_document->filePath());
    });
    connect(m_launcher, &RunLauncher::runStarted, this, [this](RunBackend *backend, const QString &runId) {
        openRun(backend, runId);
        m_runsPanel->selectRun(backend, runId);
        emit message(tr("Run %1 started.").arg(runId));
    });
    connect(m_launcher, &RunLauncher::failed, this, [this](const QString &text) { m_notifications->add(tr("Run"), text); });
    connect(m_launcher, &RunLauncher::message, this, &RunDocks::message);
    connect(m_launcher, &RunLauncher::scheduleCreated, this, [this] {
        QDockWidget *dock = dockOf(m_schedulesPanel);
        dock->show();
        dock->raise();
    });
    m_publish->setToolTip(tr("Publish the open pipeline to an Argo server as a WorkflowTemplate"));
    connect(m_publish, &QAction::triggered, this, [this] { m_launcher->publishTemplate(m_document->pipeline()); });
    connect(m_schedules, &SchedulesModel::message, this, &RunDocks::message);
    connect(m_schedules, &SchedulesModel::failed, this, &RunDocks::message);
    connect(m_runsPanel, &RunsPanel::runOpened, this, &RunDocks::openRun);
    connect(m_runsPanel, &RunsPanel::cloneRequested, m_launcher, &RunLauncher::clone);
    // Refused at once where it was asked; what a backend refuses later is the notifications' (which
    // watch every backend): both reach the status bar and stay in the list.
    connect(m_runsPanel, &RunsPanel::refused, this, [this](const QString &text) { m_notifications->add(tr("Runs"), text); });
    connect(m_schedules, &SchedulesModel::refused, this, [this](const QString &text) { m_notifications->add(tr("Schedules"), text); });
    connect(m_runs, &RunsModel::backendAdded, m_notifications, &NotificationLog::watch);
    connect(m_notifications, &NotificationLog::added, this, &RunDocks::message);

    addDock(tr("Runs"), QStringLiteral("RunsDock"), m_runsPanel);
    addDock(tr("Schedules"), QStringLiteral("SchedulesDock"), m_schedulesPanel);
    addDock(tr("Run Graph"), QStringLiteral("RunGraphDock"), m_graph);
    addDock(tr("Task Details"), QStringLiteral("TaskDetailsDock"), m_details);
    addDock(tr("Logs"), QStringLiteral("LogsDock"), m_logs);
    addDock(tr("Artifacts"), QStringLiteral("ArtifactsDock"), m_artifacts);
    connect(m_monitor, &RunMonitor::runOpened, m_logs, &LogsPanel::setRun);
    connect(m_monitor, &RunMonitor::nodeSelected, m_logs, &LogsPanel::setTask);
    updateActions();
}

void RunDocks::updateActions()
{
    bool templates = false;
    for (RunBackend *b : m_runs->backends())
        templates = templates || b->hasTemplates();
    m_publish->setEnabled(templates);
}

void RunDocks::arrange(QDockWidget *properties, QDockWidget *problems)
{
    // Runs beside Problems and the artifacts to their right along the bottom; the run graph
    // beside Properties on the right with the task details below.
    QDockWidget *runs = dockOf(m_runsPanel);
    QDockWidget *schedules = dockOf(m_schedulesPanel);
    QDockWidget *graph = dockOf(m_graph);
    QDockWidget *details = dockOf(m_details);
    QDockWidget *artifacts = dockOf(m_artifacts);
    QDockWidget *logs = dockOf(m_logs);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, logs);
    m_window->splitDockWidget(problems, logs, Qt::Horizontal);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, artifacts);
    m_window->splitDockWidget(logs, artifacts, Qt::Horizontal);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, runs);
    m_window->tabifyDockWidget(problems, runs);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, schedules);
    m_window->tabifyDockWidget(runs, schedules);
    m_window->addDockWidget(Qt::RightDockWidgetArea, details);
    m_window->splitDockWidget(properties, details, Qt::Vertical);
    m_window->addDockWidget(Qt::RightDockWidgetArea, graph);
    m_window->tabifyDockWidget(properties, graph);
    problems->raise();
    properties->raise();
    m_window->resizeDocks({properties, details}, {520, 300}, Qt::Vertical);
    m_window->resizeDocks({problems, logs, artifacts}, {440, 520, 420}, Qt::Horizontal);
    // A new user sees the palette, the canvas and the properties first: the panels of a run
    // take their places when there is a run to show (openRun), or from the View menu.
    for (QDockWidget *dock : {graph, details, logs, artifacts})
        dock->hide();
}

QDockWidget *RunDocks::dockOf(QWidget *panel) const
{
    for (QDockWidget *dock : m_docks)
        if (dock->widget() == panel)
            return dock;
    return nullptr;
}

QDockWidget *RunDocks::addDock(const QString &title, const QString &name, QWidget *widget)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(widget);
    m_docks.append(dock);
    return dock;
}

void RunDocks::openRun(RunBackend *backend, const QString &runId)
{
    m_monitor->openRun(backend, runId);
    for (QWidget *panel : {static_cast<QWidget *>(m_runsPanel), static_cast<QWidget *>(m_graph), static_cast<QWidget *>(m_details),
                           static_cast<QWidget *>(m_logs), static_cast<QWidget *>(m_artifacts)}) {
        QDockWidget *dock = dockOf(panel);
        dock->show();
        dock->raise();
    }
    // A dock shown just now (or before the window is) takes its tab only once laid out.
    QTimer::singleShot(0, this, [this] {
        for (QWidget *panel : {static_cast<QWidget *>(m_graph), static_cast<QWidget *>(m_logs), static_cast<QWidget *>(m_artifacts)})
            dockOf(panel)->raise();
    });
}

} // namespace ps
