#include "pipelinescene.h"

#include "themepalette.h"

#include "connectiondrag.h"
#include "graphalgorithms.h"
#include "movetaskscommand.h"
#include "pipelinedocument.h"
#include "portstyle.h"
#include "taskitem.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>

namespace ps {

namespace {

// The edges that end at one task: its bound inputs, its loop source, its dependencies.
QList<Edge> edgesInto(const Task &task)
{
    QList<Edge> edges;
    for (auto it = task.inputs.cbegin(); it != task.inputs.cend(); ++it) {
        if (it->kind == Binding::Kind::TaskOutput)
            edges.append({it->task, it->output, task.id, it.key()});
    }
    if (task.settings.loop.kind == Loop::Kind::Parameter && task.settings.loop.source.kind == Binding::Kind::TaskOutput)
        edges.append({task.settings.loop.source.task, {}, task.id, {}});
    for (TaskId dependency : task.dependencies)
        edges.append({dependency, {}, task.id, {}});
    return edges;
}

} // namespace

PipelineScene::PipelineScene(PipelineDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &PipelineDocument::documentReset, this, [this] {
        m_graphKey.clear();
        m_expanded.clear();
        rebuild();
    });
    connect(document, &PipelineDocument::taskAdded, this, &PipelineScene::addTask);
    connect(document, &PipelineDocument::taskRemoved, this, &PipelineScene::removeTask);
    connect(document, &PipelineDocument::taskMoved, this, &PipelineScene::moveTask);
    connect(document, &PipelineDocument::taskChanged, this, &PipelineScene::refreshTask);
    connect(document, &PipelineDocument::bindingChanged, this,
            [this](const QString &graph, TaskId id) { refreshTask(graph, id); });
    connect(document, &PipelineDocument::componentsChanged, this, &PipelineScene::refreshAllLooks);
    rebuild();
}

PipelineScene::~PipelineScene()
{
    // Items go before the scene; nobody outside may hear about it (the window that
    // listens to selection changes is being torn down too).
    blockSignals(true);
    m_drag.reset();
    clear();
}

const Graph *PipelineScene::graph() const
{
    return m_document->pipeline().graph(m_graphKey);
}

void PipelineScene::setGraphKey(const QString &graphKey)
{
    if (graphKey == m_graphKey || !m_document->pipeline().graph(graphKey))
        return;
    m_graphKey = graphKey;
    rebuild();
}

void PipelineScene::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (TaskItem *item : std::as_const(m_tasks))
        item->setFlag(QGraphicsItem::ItemIsMovable, !readOnly);
}

void PipelineScene::rebuild()
{
    m_drag.reset();
    clear();
    m_tasks.clear();
    m_edges.clear();
    const Graph *g = graph();
    if (!g)
        return;
    m_tasks.reserve(g->size());
    for (const Task &task : g->tasks()) {
        auto *item = new TaskItem(task.id, TaskLook::build(m_document->pipeline(), task, m_expanded.contains(task.id)));
        item->setFlag(QGraphicsItem::ItemIsMovable, !m_readOnly);
        item->setFlag(QGraphicsItem::ItemHasNoContents, isSketchMode());
        item->setPos(task.position.value_or(QPointF()));
        m_tasks.insert(task.id, item);
        addItem(item);
    }
    placeUnpositioned();
    for (const Task &task : g->tasks())
        rebuildEdgesInto(task.id);
    setProblems({});
    const QRectF rect = tasksRect();
    setSceneRect(rect.adjusted(-2000, -2000, 2000, 2000));
}

void PipelineScene::placeUnpositioned()
{
    // Until the auto-layout answers, tasks without a position stand in columns by their
    // depth in the graph, so nothing is drawn on top of anything else.
    const Graph *g = graph();
    QList<TaskId> missing;
    for (const Task &task : g->tasks()) {
        if (!task.position)
            missing.append(task.id);
    }
    if (missing.isEmpty())
        return;
    QHash<TaskId, int> depth;
    for (TaskId id : graphalgorithms::topologicalOrder(*g)) {
        int d = 0;
        for (TaskId up : g->upstreamOf(id))
            d = std::max(d, depth.value(up, -1) + 1);
        depth.insert(id, d);
    }
    QHash<int, qreal> columnBottom;
    for (TaskId id : std::as_const(missing)) {
        TaskItem *item = m_tasks.value(id);
        const int column = depth.value(id, 0);
        const qreal y = columnBottom.value(column, 0);
        item->setPos(column * (NodeGeometry::kWidth + 80), y);
        columnBottom.insert(column, y + item->look().size().height() + 30);
    }
}

QRectF PipelineScene::tasksRect() const
{
    QRectF rect;
    for (const TaskItem *item : m_tasks)
        rect = rect.united(item->sceneBoundingRect());
    return rect;
}

void PipelineScene::addTask(const QString &graphKey, TaskId id)
{
    const Task *task = graphKey == m_graphKey && graph() ? graph()->task(id) : nullptr;
    if (!task)
        return;
    auto *item = new TaskItem(id, TaskLook::build(m_document->pipeline(), *task, false));
    item->setFlag(QGraphicsItem::ItemIsMovable, !m_readOnly);
    item->setFlag(QGraphicsItem::ItemHasNoContents, isSketchMode());
    item->setPos(task->position.value_or(freeSpotNear(QPointF())));
    m_tasks.insert(id, item);
    addItem(item);
    rebuildEdgesInto(id);
    // Tasks that fed from this one (undo of a removal) get their edges back too.
    for (const Task &other : graph()->tasks()) {
        if (other.id != id && graph()->upstreamOf(other.id).contains(id))
            rebuildEdgesInto(other.id);
    }
    if (!sceneRect().contains(item->sceneBoundingRect()))
        setSceneRect(sceneRect().united(item->sceneBoundingRect().adjusted(-1000, -1000, 1000, 1000)));
}

void PipelineScene::removeTask(const QString &graphKey, TaskId id)
{
    if (graphKey != m_graphKey)
        return;
    const QList<EdgeLayer::Slot> edges = m_edges.edgesOf(id);
    for (EdgeLayer::Slot edge : edges)
        removeEdge(edge);
    delete m_tasks.take(id);
}

void PipelineScene::moveTask(const QString &graphKey, TaskId id)
{
    TaskItem *item = graphKey == m_graphKey ? m_tasks.value(id) : nullptr;
    const Task *task = item ? graph()->task(id) : nullptr;
    if (task && task->position)
        item->setPos(*task->position);
}

void PipelineScene::refreshTask(const QString &graphKey, TaskId id)
{
    TaskItem *item = graphKey == m_graphKey ? m_tasks.value(id) : nullptr;
    const Task *task = item ? graph()->task(id) : nullptr;
    if (!task)
        return;
    TaskLook look = TaskLook::build(m_document->pipeline(), *task, m_expanded.contains(id));
    look.problemText = m_problems.value(id);
    look.problem = look.problemText.isEmpty() ? TaskLook::Problem::None
                   : m_errorTasks.contains(id) ? TaskLook::Problem::Error
                                               : TaskLook::Problem::Warning;
    item->setLook(std::move(look));
    rebuildEdgesInto(id);
    for (EdgeLayer::Slot edge : m_edges.edgesOf(id))
        updateEdgeEnds(edge);
}

void PipelineScene::refreshAllLooks()
{
    const Graph *g = graph();
    if (!g) {
        // The sub-pipeline being shown went away (undo of its creation): back to the root.
        m_graphKey.clear();
        rebuild();
        return;
    }
    for (const Task &task : g->tasks())
        refreshTask(m_graphKey, task.id);
}

void PipelineScene::rebuildEdgesInto(TaskId id)
{
    const Task *task = graph() ? graph()->task(id) : nullptr;
    const QList<EdgeLayer::Slot> existing = m_edges.edgesOf(id);
    for (EdgeLayer::Slot edge : existing) {
        if (m_edges.edge(edge).to == id)
            removeEdge(edge);
    }
    if (!task)
        return;
    for (const Edge &edge : edgesInto(*task)) {
        if (!m_tasks.contains(edge.from))
            continue;
        const ComponentSpec *component = m_document->pipeline().component(graph()->task(edge.from)->component);
        const PortSpec *port = component && !edge.fromPort.isEmpty() ? component->output(edge.fromPort) : nullptr;
        updateEdgeEnds(m_edges.add(edge, edge.isControl() ? ThemePalette::current().colour(ThemePalette::Role::EdgeControl) : PortStyle::colour(port)));
    }
}

void PipelineScene::setSketchMode(bool sketch)
{
    if (sketch == m_sketch)
        return;
    m_sketch = sketch;
    if (!sketch)
        m_sketchRaster.release();
    for (TaskItem *item : std::as_const(m_tasks))
        item->setFlag(QGraphicsItem::ItemHasNoContents, sketch);
    update();
}

void PipelineScene::drawSketch(QPainter *painter, const QRectF &exposed) const
{
    const QTransform toDevice = painter->worldTransform();
    QRect device = toDevice.mapRect(exposed).toAlignedRect();
    qreal dpr = 1;
    if (const QPaintDevice *target = painter->device()) {
        device &= QRect(0, 0, target->width(), target->height());
        dpr = target->devicePixelRatioF();
    }
    if (device.isEmpty() || !SketchRaster::supports(toDevice))
        return;
    // In device pixels, so a high-density screen gets sharp one-pixel lines.
    m_sketchRaster.begin(QRect(QPoint(qRound(device.left() * dpr), qRound(device.top() * dpr)),
                               QSize(qRound(device.width() * dpr), qRound(device.height() * dpr))),
                         toDevice * QTransform::fromScale(dpr, dpr));
    m_edges.sketch(&m_sketchRaster, exposed);
    const QRgb plain = qRgb(0x78, 0x90, 0x9c);
    const QRgb selected = qRgb(0x19, 0x76, 0xd2);
    const QRgb error = qRgb(0xd3, 0x2f, 0x2f);
    for (const TaskItem *item : m_tasks) {
        const QRectF rect(item->pos(), item->look().size());
        if (!exposed.intersects(rect))
            continue;
        m_sketchRaster.rect(rect, item->isSelected()                                   ? selected
                                  : item->stateColour().isValid()                      ? item->stateColour().rgb()
                                  : item->look().problem == TaskLook::Problem::Error ? error
                                                                                       : plain);
    }
    painter->save();
    painter->resetTransform();
    QImage image = m_sketchRaster.image();
    image.setDevicePixelRatio(dpr);
    painter->drawImage(device.topLeft(), image);
    painter->restore();
}

void PipelineScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    if (isSketchMode())
        drawSketch(painter, rect);
    else
        m_edges.paint(painter, rect, QApplication::palette().color(QPalette::Highlight), true);  // the theme's accent
}

void PipelineScene::removeEdge(EdgeLayer::Slot edge)
{
    updateArea(m_edges.bounds(edge));
    m_edges.remove(edge);
}

void PipelineScene::updateArea(const QRectF &area)
{
    // QGraphicsScene::update() of a null rectangle repaints the whole scene.
    if (!area.isEmpty())
        update(area);
}

void PipelineScene::updateEdgeEnds(EdgeLayer::Slot edge)
{
    const TaskItem *from = m_tasks.value(m_edges.edge(edge).from);
    const TaskItem *to = m_tasks.value(m_edges.edge(edge).to);
    if (!from || !to)
        return;
    const int out = from->look().outputIndex(m_edges.edge(edge).fromPort);
    const int in = to->look().inputIndex(m_edges.edge(edge).toPort);
    // Control edges run from the right edge's middle to the left edge's middle.
    const QPointF start = out >= 0 ? from->outputPortPos(out)
                                   : from->mapToScene(QPointF(from->look().size().width(), NodeGeometry::kHeaderHeight / 2));
    const QPointF end = in >= 0 ? to->inputPortPos(in) : to->mapToScene(QPointF(0, NodeGeometry::kHeaderHeight / 2));
    updateArea(m_edges.setEnds(edge, start, end));
}

void PipelineScene::taskItemMoved(TaskItem *item)
{
    for (EdgeLayer::Slot edge : m_edges.edgesOf(item->id()))
        updateEdgeEnds(edge);
}

QList<TaskId> PipelineScene::selectedTaskIds() const
{
    QList<TaskId> ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == TaskItem::Type)
            ids.append(static_cast<TaskItem *>(item)->id());
    }
    // In graph order, so copies and commands are deterministic.
    const Graph *g = graph();
    std::sort(ids.begin(), ids.end(), [g](TaskId a, TaskId b) { return g->indexOf(a) < g->indexOf(b); });
    return ids;
}

QList<Edge> PipelineScene::selectedEdges() const
{
    return m_edges.selectedEdges();
}

void PipelineScene::clearEdgeSelection()
{
    const QRectF dirty = m_edges.clearSelection();
    if (!dirty.isEmpty()) {
        updateArea(dirty);
        emit selectionChanged();
    }
}

bool PipelineScene::selectEdgeAt(QGraphicsSceneMouseEvent *event)
{
    // A generous band around the curve (5 px on screen either side), so a thin edge is easy to click.
    const auto *view = event->widget() ? qobject_cast<const QGraphicsView *>(event->widget()->parentWidget()) : nullptr;
    const qreal scale = view ? std::max(0.01, view->transform().m11()) : 1.0;
    const EdgeLayer::Slot hit = m_edges.edgeAt(event->scenePos(), 5.0 / scale);
    if (hit < 0)
        return false;
    const bool add = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (!add) {
        clearSelection();
        updateArea(m_edges.clearSelection());
    }
    updateArea(m_edges.setSelected(hit, !(add && m_edges.isSelected(hit))));
    emit selectionChanged();
    event->accept();
    return true;
}

void PipelineScene::selectTasks(const QList<TaskId> &ids)
{
    clearEdgeSelection();
    clearSelection();
    for (TaskId id : ids) {
        if (TaskItem *item = m_tasks.value(id))
            item->setSelected(true);
    }
}

QPointF PipelineScene::freeSpotNear(QPointF point) const
{
    QPointF spot = point;
    for (int attempt = 0; attempt < 50; ++attempt) {
        const QRectF wanted(spot, QSizeF(NodeGeometry::kWidth, 80));
        bool free = true;
        const QList<QGraphicsItem *> hits = items(wanted.adjusted(-10, -10, 10, 10));
        for (const QGraphicsItem *item : hits) {
            if (item->type() == TaskItem::Type) {
                free = false;
                break;
            }
        }
        if (free)
            return spot;
        spot += QPointF(30, 30);
    }
    return spot;
}

void PipelineScene::setProblems(const Diagnostics &diagnostics)
{
    QHash<TaskId, QString> problems;
    QSet<TaskId> errors;
    for (const Diagnostic &d : diagnostics) {
        if (!d.task.isValid() || d.graph != m_graphKey || d.severity == Diagnostic::Severity::Info)
            continue;
        if (!problems.contains(d.task) || (d.severity == Diagnostic::Severity::Error && !errors.contains(d.task)))
            problems.insert(d.task, d.message);
        if (d.severity == Diagnostic::Severity::Error)
            errors.insert(d.task);
    }
    // Only tasks whose marker changes are repainted.
    QSet<TaskId> touched(m_problems.keyBegin(), m_problems.keyEnd());
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        touched.insert(it.key());
    m_problems = std::move(problems);
    m_errorTasks = std::move(errors);
    for (TaskId id : std::as_const(touched)) {
        TaskItem *item = m_tasks.value(id);
        if (!item)
            continue;
        TaskLook look = item->look();
        look.problemText = m_problems.value(id);
        look.problem = look.problemText.isEmpty() ? TaskLook::Problem::None
                       : m_errorTasks.contains(id) ? TaskLook::Problem::Error
                                                   : TaskLook::Problem::Warning;
        item->setLook(std::move(look));
    }
}

void PipelineScene::toggleExpanded(TaskId id)
{
    if (!m_expanded.remove(id))
        m_expanded.insert(id);
    refreshTask(m_graphKey, id);
}

void PipelineScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        QGraphicsItem *hit = itemAt(event->scenePos(), QTransform());
        // Edges lie beneath the tasks: a click that finds no task may find an edge.
        if ((!hit || hit->type() != TaskItem::Type) && !m_readOnly && !isSketchMode() && selectEdgeAt(event))
            return;
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            clearEdgeSelection();
        if (hit && hit->type() == TaskItem::Type) {
            auto *task = static_cast<TaskItem *>(hit);
            if (task->toggleRect().contains(task->mapFromScene(event->scenePos()))) {
                toggleExpanded(task->id());
                return;
            }
            const int output = task->outputAt(event->scenePos());
            if (output >= 0 && !m_readOnly) {
                m_drag = std::make_unique<ConnectionDrag>(this, task->id(), task->look().outputs.at(output).name,
                                                          task->outputPortPos(output));
                return;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (TaskId id : selectedTaskIds())
        m_pressPositions.insert(id, m_tasks.value(id)->pos());
}

void PipelineScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag) {
        emit connectionHint(m_drag->moveTo(event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void PipelineScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag) {
        QString reason;
        m_drag->finish(event->scenePos(), &reason);
        m_drag.reset();
        emit connectionHint(reason);
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    commitMoves();
}

void PipelineScene::commitMoves()
{
    // The items moved freely during the drag; the document learns the result as one step.
    QHash<TaskId, QPointF> moved;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        const TaskItem *item = m_tasks.value(it.key());
        if (item && item->pos() != it.value())
            moved.insert(it.key(), item->pos());
    }
    m_pressPositions.clear();
    if (!moved.isEmpty() && !m_readOnly)
        m_document->push(new MoveTasksCommand(m_document, m_graphKey, moved, ++m_gesture));
}

void PipelineScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem *hit = itemAt(event->scenePos(), QTransform());
    if (hit && hit->type() == TaskItem::Type) {
        auto *item = static_cast<TaskItem *>(hit);
        const Task *task = graph()->task(item->id());
        const ComponentSpec *component = task ? m_document->pipeline().component(task->component) : nullptr;
        if (component && component->implementation.kind == Implementation::Kind::Graph && !m_readOnly)
            emit subPipelineOpened(component->key);
        else
            emit taskActivated(item->id());
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace ps
