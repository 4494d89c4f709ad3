#include "insightdocks.h"

#include "logsearchpanel.h"
#include "logspanel.h"
#include "monitoringconnection.h"
#include "pricesdialog.h"
#include "propertiespanel.h"
#include "resourceadvisor.h"
#include "runcomparisondialog.h"
#include "rundocks.h"
#include "runmonitor.h"
#include "runsmodel.h"
#include "timelinepanel.h"
#include "usagecollector.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QLineEdit>
#include <QSettings>

namespace ps {

InsightDocks::InsightDocks(QMainWindow *window, RunDocks *runs)
    : QObject(window)
    , m_window(window)
    , m_runs(runs)
    , m_timeline(new TimelinePanel(window))
    , m_search(new LogSearchPanel(runs->runs(), window))
    , m_advisor(new ResourceAdvisor(UsageStore(), this))
    , m_collector(new UsageCollector(UsageStore(), this))
    , m_compare(new QAction(QIcon::fromTheme(QStringLiteral("view-grid")), tr("&Compare Runs…"), this))
    , m_prices(new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("P&rices…"), this))
    , m_searchAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search All Logs…"), this))
{
    addDock(tr("Timeline"), QStringLiteral("TimelineDock"), m_timeline);
    addDock(tr("Search Logs"), QStringLiteral("LogSearchDock"), m_search);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_compare->setToolTip(tr("Runs side by side: parameters, metrics, tasks, usage and pipeline changes"));
    m_prices->setToolTip(tr("Prices per CPU-hour, GiB-hour and GPU-hour, for the cost of tasks and runs"));

    // The timeline follows the run and task the run docks show, and selects there.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &InsightDocks::refreshTimeline);
    RunMonitor *monitor = runs->monitor();
    connect(monitor, &RunMonitor::runOpened, this, &InsightDocks::followRun);
    connect(monitor, &RunMonitor::nodeSelected, m_timeline, &TimelinePanel::selectNode);
    connect(m_timeline, &TimelinePanel::nodeSelected, monitor, &RunMonitor::selectNode);

    // A line found opens its run, its task and its log at that line.
    connect(m_search, &LogSearchPanel::hitOpened, this, [this](RunBackend *backend, const QString &runId, const QString &nodeId, qint64 line) {
        m_runs->openRun(backend, runId);
        m_runs->monitor()->selectNode(nodeId);
        m_runs->logsPanel()->markLine(line);
        if (QDockWidget *logs = m_runs->dockOf(m_runs->logsPanel()))
            logs->raise();
    });
    connect(m_searchAction, &QAction::triggered, this, [this] {
        QDockWidget *dock = m_docks.value(1);
        dock->show();
        dock->raise();
        m_search->queryEdit()->setFocus();
    });
    connect(m_compare, &QAction::triggered, this, [this] {
        RunComparisonDialog dialog(m_runs->runs(), m_window);
        const std::optional<RunSnapshot> current = m_backend ? m_backend->snapshot(m_runId) : std::nullopt;
        if (current)
            dialog.tickNewest(current->pipelineName);
        dialog.exec();
    });
    connect(m_prices, &QAction::triggered, this, [this] {
        QSettings settings;
        PricesDialog dialog(Prices::load(settings), m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        dialog.prices().save(settings);
        refreshTimeline();
    });
    // Backends come and go (cluster connections): the advisor and the collector follow them.
    RunsModel *model = runs->runs();
    connect(model, &QAbstractItemModel::rowsInserted, this, &InsightDocks::syncBackends);
    connect(model, &QAbstractItemModel::modelReset, this, &InsightDocks::syncBackends);
    connect(m_collector, &UsageCollector::collected, this, [this](const QString &runId, int count) {
        if (count > 0 && runId == m_runId)
            refreshTimeline();
    });
    syncBackends();
}

void InsightDocks::syncBackends()
{
    for (RunBackend *b : m_runs->runs()->backends()) {
        if (m_known.contains(b))
            continue;
        m_known.append(b);
        m_advisor->addBackend(b);
        m_collector->watch(b);
    }
}

void InsightDocks::setConnection(MonitoringConnection *connection)
{
    m_collector->setClient(connection ? connection->prometheus() : nullptr);
}

void InsightDocks::setProperties(PropertiesPanel *properties) { properties->setAdvisor(m_advisor); }

void InsightDocks::arrange(QDockWidget *beside, QDockWidget *others)
{
    m_window->tabifyDockWidget(beside, m_docks.value(0));
    m_window->tabifyDockWidget(others, m_docks.value(1));
    beside->raise();
    others->raise();
}

QDockWidget *InsightDocks::addDock(const QString &title, const QString &name, QWidget *widget)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(widget);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_docks.append(dock);
    return dock;
}

void InsightDocks::followRun(RunBackend *backend, const QString &runId)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    m_runId = runId;
    if (backend)
        connect(backend, &RunBackend::runChanged, this, [this](const QString &id) {
            if (id == m_runId && !m_coalesce.isActive())
                m_coalesce.start();
        });
    refreshTimeline();
}

void InsightDocks::refreshTimeline()
{
    if (!m_backend) {
        m_timeline->clear();
        return;
    }
    std::optional<RunSnapshot> run = m_backend->snapshot(m_runId);
    if (!run) {
        m_timeline->clear();
        return;
    }
    m_collector->store().fill(m_backend->name(), *run);
    m_timeline->showRun(*run, m_backend->pipelineOf(m_runId));
}

} // namespace ps
