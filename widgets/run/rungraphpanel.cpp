#include "rungraphpanel.h"

#include "phasestyle.h"
#include "phasetext.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "resourceoverlay.h"
#include "runbackend.h"
#include "scopeusage.h"
#include "taskitem.h"
#include "usagetext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ps {

RunGraphPanel::RunGraphPanel(QWidget *parent)
    : QWidget(parent)
    , m_document(new PipelineDocument(this))
    , m_scene(new PipelineScene(m_document, this))
    , m_view(new PipelineView(m_scene, this))
    , m_header(new QLabel(this))
    , m_up(new QToolButton(this))
    , m_resources(new QToolButton(this))
    , m_coalesce(new QTimer(this))
    , m_pulse(new QTimer(this))
{
    m_scene->setReadOnly(true);
    m_view->setKeepFitted(true);
    m_up->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Back to the enclosing graph"));
    m_up->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_up->setVisible(false);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 2, 6, 2);
    top->addWidget(m_up);
    top->addWidget(m_header, 1);
    m_resources->setText(tr("Resources"));
    m_resources->setCheckable(true);
    m_resources->setToolTip(tr("Show each task's peak CPU and memory against its requests and limits "
                               "(amber: far less used than requested; red: near its limit)"));
    connect(m_resources, &QToolButton::toggled, this, &RunGraphPanel::setResourcesShown);
    top->addWidget(m_resources);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    // A busy run changes many times a second; repaint its states at most every 100 ms.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(100);
    connect(m_coalesce, &QTimer::timeout, this, [this] {
        if (m_backend)
            if (const std::optional<RunSnapshot> s = m_backend->snapshot(m_runId))
                m_snapshot = *s;
        // A cluster backend may learn the run's pipeline after the run was shown.
        if (m_backend && m_document->pipeline().root.tasks().empty())
            if (const std::optional<Pipeline> pipeline = m_backend->pipelineOf(m_runId)) {
                m_document->reset(*pipeline);
                m_view->fitToView();
            }
        applyStates();
    });
    m_pulse->setInterval(500);
    connect(m_pulse, &QTimer::timeout, this, &RunGraphPanel::pulse);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &RunGraphPanel::selectionChanged);
    connect(m_scene, &PipelineScene::taskActivated, this, &RunGraphPanel::taskActivated);
    connect(m_up, &QToolButton::clicked, this, &RunGraphPanel::goUp);
    updateHeader();
}

RunGraphPanel::~RunGraphPanel() = default;

void RunGraphPanel::clear()
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = nullptr;
    m_runId.clear();
    m_snapshot = {};
    m_states.clear();
    m_scope.clear();
    m_scopeStack.clear();
    m_pulse->stop();
    m_document->reset(Pipeline());
    updateHeader();
}

void RunGraphPanel::setRun(RunBackend *backend, const QString &runId)
{
    clear();
    if (!backend)
        return;
    m_backend = backend;
    m_runId = runId;
    m_snapshot = backend->snapshot(runId).value_or(RunSnapshot());
    connect(backend, &RunBackend::runChanged, this, &RunGraphPanel::snapshotChanged);
    connect(backend, &RunBackend::runRemoved, this, [this](const QString &id) {
        if (id == m_runId)
            clear();
    });
    const std::optional<Pipeline> pipeline = backend->pipelineOf(runId);
    m_document->reset(pipeline.value_or(Pipeline()));
    m_scene->setGraphKey(QString());
    applyStates();
    m_view->fitToView();
}

void RunGraphPanel::snapshotChanged(const QString &runId)
{
    if (runId == m_runId && !m_coalesce->isActive())
        m_coalesce->start();
}

void RunGraphPanel::applyStates()
{
    m_states = TaskRunState::ofScope(m_snapshot, m_scope);
    const Graph *graph = m_document->pipeline().graph(m_scene->graphKey());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool running = false;
    if (graph) {
        for (const Task &task : graph->tasks()) {
            TaskItem *item = m_scene->taskItem(task.id);
            if (!item)
                continue;
            const auto it = m_states.constFind(task.name);
            if (it == m_states.cend()) {
                item->setState(m_runId.isEmpty() ? QColor() : PhaseStyle::colour(TaskPhase::Pending),
                               m_runId.isEmpty() ? QString() : PhaseText::title(TaskPhase::Pending));
                continue;
            }
            QColor colour = PhaseStyle::colour(it->phase);
            if (it->phase == TaskPhase::Running) {
                running = true;
                if (m_pulseOn)
                    colour = colour.lighter(135);
            }
            item->setState(colour, it->summary(now));
        }
    }
    if (running && !m_pulse->isActive())
        m_pulse->start();
    else if (!running)
        m_pulse->stop();
    updateHeader();
    updateOverlay();
}

void RunGraphPanel::setResourcesShown(bool shown)
{
    if (m_resources->isChecked() != shown)
        m_resources->setChecked(shown); // comes back here through toggled()
    else
        updateOverlay();
}

bool RunGraphPanel::resourcesShown() const { return m_resources->isChecked(); }

ResourceOverlay *RunGraphPanel::resourceOverlay() const { return m_overlay; }

void RunGraphPanel::updateOverlay()
{
    if (!resourcesShown()) {
        if (m_overlay)
            m_overlay->hide();
        return;
    }
    if (!m_overlay) {
        m_overlay = new ResourceOverlay;
        m_scene->addItem(m_overlay);
    }
    m_overlay->show();
    const Graph *graph = m_document->pipeline().graph(m_scene->graphKey());
    QList<ResourceOverlay::Entry> entries;
    if (graph) {
        const QHash<QString, UsageSummary> usage = ScopeUsage::ofScope(m_snapshot, m_scope);
        for (const Task &task : graph->tasks()) {
            const auto it = usage.constFind(task.name);
            TaskItem *item = m_scene->taskItem(task.id);
            if (it == usage.cend() || !item)
                continue;
            entries.append({QRectF(item->scenePos(), item->look().size()), ResourceFit::cpu(*it), ResourceFit::memory(*it),
                            task.name + u'\n' + UsageText::lines(*it).join(u'\n')});
        }
    }
    m_overlay->setEntries(entries);
}

void RunGraphPanel::pulse()
{
    m_pulseOn = !m_pulseOn;
    applyStates();
}

void RunGraphPanel::updateHeader()
{
    m_up->setVisible(!m_scopeStack.isEmpty());
    if (m_runId.isEmpty()) {
        m_header->setText(tr("No run open. Start one with Run ▸ Run Pipeline, or open one in the Runs panel."));
        return;
    }
    const QString name = m_snapshot.displayName.isEmpty() ? m_runId : m_snapshot.displayName;
    QString text = tr("%1 — %2").arg(name, PhaseText::title(m_snapshot.phase));
    if (!m_scope.isEmpty())
        text += tr(" — inside %1").arg(m_scope);
    if (!m_snapshot.message.isEmpty())
        text += QStringLiteral(" — ") + m_snapshot.message;
    m_header->setText(text);
    if (m_document->pipeline().root.tasks().empty() && m_scope.isEmpty())
        m_header->setText(text + tr(" (the pipeline of this run is not available)"));
}

void RunGraphPanel::selectionChanged()
{
    if (m_selecting)
        return;
    const QList<TaskId> ids = m_scene->selectedTaskIds();
    if (ids.size() != 1)
        return;
    const Graph *graph = m_document->pipeline().graph(m_scene->graphKey());
    const Task *task = graph ? graph->task(ids.first()) : nullptr;
    if (!task)
        return;
    const auto it = m_states.constFind(task->name);
    if (it != m_states.cend())
        emit nodeSelected(it->nodeId);
}

void RunGraphPanel::selectNode(const QString &nodeId)
{
    // Walk up from the node to the one that is a task of the shown graph.
    const RunNode *node = m_snapshot.node(nodeId);
    while (node && node->parentId != m_scope)
        node = m_snapshot.node(node->parentId);
    if (!node)
        return;
    const Graph *graph = m_document->pipeline().graph(m_scene->graphKey());
    const Task *task = graph ? graph->taskByName(node->name) : nullptr;
    if (!task)
        return;
    m_selecting = true;
    m_scene->selectTasks({task->id});
    m_selecting = false;
    if (TaskItem *item = m_scene->taskItem(task->id))
        m_view->ensureVisible(item);
}

void RunGraphPanel::taskActivated(TaskId taskId)
{
    const Graph *graph = m_document->pipeline().graph(m_scene->graphKey());
    const Task *task = graph ? graph->task(taskId) : nullptr;
    const ComponentSpec *component = task ? m_document->pipeline().component(task->component) : nullptr;
    if (!component || component->implementation.kind != Implementation::Kind::Graph)
        return;
    const auto it = m_states.constFind(task->name);
    if (it == m_states.cend())
        return;
    QString scope = it->nodeId;
    if (it->kind == RunNode::Kind::Loop) {
        // A loop over a sub-pipeline: open its first iteration.
        const QList<const RunNode *> iterations = m_snapshot.children(scope);
        if (iterations.isEmpty())
            return;
        scope = iterations.first()->id;
    }
    openScope(scope, component->key);
}

void RunGraphPanel::openScope(const QString &nodeId, const QString &graphKey)
{
    m_scopeStack.append({m_scope, m_scene->graphKey()});
    m_scope = nodeId;
    m_scene->setGraphKey(graphKey);
    applyStates();
    m_view->fitToView();
}

void RunGraphPanel::goUp()
{
    if (m_scopeStack.isEmpty())
        return;
    const auto [scope, graphKey] = m_scopeStack.takeLast();
    m_scope = scope;
    m_scene->setGraphKey(graphKey);
    applyStates();
    m_view->fitToView();
}

} // namespace ps
