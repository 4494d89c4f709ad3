#include "canvaskeyboard.h"

#include "connectiondrag.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "taskitem.h"
#include "typewords.h"

#include <QAccessible>
#include <QKeyEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps {

CanvasKeyboard::CanvasKeyboard(PipelineView *view)
    : QObject(view)
    , m_view(view)
{
}

CanvasKeyboard::~CanvasKeyboard() = default;

TaskItem *CanvasKeyboard::selectedTask() const
{
    const QList<TaskId> ids = m_view->pipelineScene()->selectedTaskIds();
    return ids.size() == 1 ? m_view->pipelineScene()->taskItem(ids.front()) : nullptr;
}

bool CanvasKeyboard::handle(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const int key = event->key();
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    switch (m_mode) {
    case Mode::Tasks:
        if (arrow) {
            moveSelection(key);
            return true;
        }
        if (enter && selectedTask()) {
            enterPorts();
            return true;
        }
        return false;
    case Mode::Ports:
        if (arrow) {
            movePort(key);
            return true;
        }
        if (enter) {
            if (!m_port.input)
                startConnection();
            else
                announce(tr("An input is connected from an output: go to the task that makes the value, and press Enter on its output."));
            return true;
        }
        if (key == Qt::Key_Escape) {
            reset();
            if (TaskItem *item = selectedTask())
                announce(tr("Task %1").arg(item->look().title));
            return true;
        }
        return false;
    case Mode::Connecting:
        if (arrow) {
            moveTarget(key == Qt::Key_Down || key == Qt::Key_Right ? 1 : -1);
            return true;
        }
        if (enter) {
            finishConnection();
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_drag.reset();
            m_mode = Mode::Ports;
            showPort(m_from);
            announce(tr("Connection cancelled. %1").arg(portName(m_from)));
            return true;
        }
        return true;  // nothing else while a connection is open
    }
    return false;
}

void CanvasKeyboard::reset()
{
    m_drag.reset();
    if (TaskItem *item = m_view->pipelineScene()->taskItem(m_port.task))
        item->setKeyboardPort(-1, false);
    m_mode = Mode::Tasks;
    m_port = {};
    m_targets.clear();
}

void CanvasKeyboard::moveSelection(int key)
{
    PipelineScene *scene = m_view->pipelineScene();
    TaskItem *current = selectedTask();
    TaskItem *best = nullptr;
    double bestScore = std::numeric_limits<double>::max();
    for (QGraphicsItem *g : scene->items()) {
        if (g->type() != TaskItem::Type || g == current)
            continue;
        auto *item = static_cast<TaskItem *>(g);
        const QPointF c = item->sceneBoundingRect().center();
        double score = 0;
        if (!current) {
            score = c.x() + c.y() * 0.5;  // no selection yet: start at the top left
        } else {
            const QPointF d = c - current->sceneBoundingRect().center();
            const double along = key == Qt::Key_Right ? d.x() : key == Qt::Key_Left ? -d.x() : key == Qt::Key_Down ? d.y() : -d.y();
            const double across = key == Qt::Key_Right || key == Qt::Key_Left ? std::abs(d.y()) : std::abs(d.x());
            if (along <= 1)
                continue;
            score = along + 2 * across;
        }
        if (score < bestScore) {
            bestScore = score;
            best = item;
        }
    }
    if (!best) {
        if (current)
            announce(tr("No task further in that direction. Task %1").arg(current->look().title));
        return;
    }
    scene->selectTasks({best->id()});
    m_view->ensureVisible(best, 40, 40);
    announce(tr("Task %1 (%2). Enter: its ports; F2: its properties; Delete removes it.").arg(best->look().title, best->look().subtitle));
}

void CanvasKeyboard::enterPorts()
{
    TaskItem *item = selectedTask();
    const TaskLook &look = item->look();
    if (look.inputs.isEmpty() && look.outputs.isEmpty()) {
        announce(tr("Task %1 has no ports.").arg(look.title));
        return;
    }
    m_mode = Mode::Ports;
    showPort({item->id(), look.outputs.isEmpty(), 0});
    announce(tr("%1. Up and Down: next port; Left: inputs; Right: outputs; Enter on an output: connect it; Escape: back to the task.")
                 .arg(portName(m_port)));
}

void CanvasKeyboard::movePort(int key)
{
    TaskItem *item = m_view->pipelineScene()->taskItem(m_port.task);
    if (!item) {
        reset();
        return;
    }
    Port next = m_port;
    const int inputs = int(item->look().inputs.size());
    const int outputs = int(item->look().outputs.size());
    if (key == Qt::Key_Left && inputs > 0)
        next = {m_port.task, true, std::min(m_port.index, inputs - 1)};
    else if (key == Qt::Key_Right && outputs > 0)
        next = {m_port.task, false, std::min(m_port.index, outputs - 1)};
    else if (key == Qt::Key_Up)
        next.index = std::max(0, m_port.index - 1);
    else if (key == Qt::Key_Down)
        next.index = std::min((m_port.input ? inputs : outputs) - 1, m_port.index + 1);
    showPort(next);
    announce(portName(next));
}

void CanvasKeyboard::startConnection()
{
    PipelineScene *scene = m_view->pipelineScene();
    TaskItem *from = scene->taskItem(m_port.task);
    if (!from || scene->isReadOnly())
        return;
    // Every input of every other task, left to right and top to bottom.
    m_targets.clear();
    for (QGraphicsItem *g : scene->items()) {
        if (g->type() != TaskItem::Type || g == from)
            continue;
        auto *item = static_cast<TaskItem *>(g);
        for (int i = 0; i < item->look().inputs.size(); ++i)
            m_targets.append({item->id(), true, i});
    }
    if (m_targets.isEmpty()) {
        announce(tr("No other task has an input to connect to."));
        return;
    }
    std::sort(m_targets.begin(), m_targets.end(), [scene](const Port &a, const Port &b) {
        const QPointF pa = scene->taskItem(a.task)->inputPortPos(a.index);
        const QPointF pb = scene->taskItem(b.task)->inputPortPos(b.index);
        return std::pair(pa.x(), pa.y()) < std::pair(pb.x(), pb.y());
    });
    m_from = m_port;
    m_mode = Mode::Connecting;
    m_drag = std::make_unique<ConnectionDrag>(scene, m_from.task, from->look().outputs.value(m_from.index).name,
                                              from->outputPortPos(m_from.index));
    // Start at the first input to the right of the output, where data usually flows.
    const double x = from->outputPortPos(m_from.index).x();
    m_target = 0;
    for (int i = 0; i < m_targets.size(); ++i) {
        if (scene->taskItem(m_targets[i].task)->inputPortPos(m_targets[i].index).x() > x) {
            m_target = i;
            break;
        }
    }
    moveTarget(0);
}

void CanvasKeyboard::moveTarget(int step)
{
    if (m_targets.isEmpty())
        return;
    m_target = int((m_target + step + m_targets.size()) % m_targets.size());
    const Port &target = m_targets[m_target];
    TaskItem *item = m_view->pipelineScene()->taskItem(target.task);
    const QString refused = m_drag->moveTo(item->inputPortPos(target.index));
    showPort(target);
    m_view->ensureVisible(item, 40, 40);
    announce(refused.isEmpty() ? tr("Connect %1 to %2? Enter connects, Escape cancels, arrows choose another input.")
                                     .arg(portName(m_from), portName(target))
                               : tr("%1 cannot take %2: %3").arg(portName(target), portName(m_from), refused));
}

void CanvasKeyboard::finishConnection()
{
    const Port target = m_targets.value(m_target);
    TaskItem *item = m_view->pipelineScene()->taskItem(target.task);
    if (!item || !m_drag)
        return;
    QString reason;
    const QString from = portName(m_from);
    const QString to = portName(target);
    if (!m_drag->finish(item->inputPortPos(target.index), &reason)) {
        announce(tr("Not connected: %1").arg(reason));
        return;
    }
    m_drag.reset();
    reset();
    m_view->pipelineScene()->selectTasks({target.task});
    announce(tr("Connected %1 to %2.").arg(from, to));
}

void CanvasKeyboard::showPort(const Port &port)
{
    PipelineScene *scene = m_view->pipelineScene();
    if (TaskItem *old = scene->taskItem(m_port.task))
        old->setKeyboardPort(-1, false);
    m_port = port;
    if (TaskItem *item = scene->taskItem(port.task))
        item->setKeyboardPort(port.index, port.input);
}

QString CanvasKeyboard::portName(const Port &port) const
{
    const PipelineScene *scene = m_view->pipelineScene();
    const TaskItem *item = scene->taskItem(port.task);
    if (!item)
        return {};
    const QString name = port.input ? item->look().inputs.value(port.index).name : item->look().outputs.value(port.index).name;
    const Graph *graph = scene->document()->pipeline().graph(scene->graphKey());
    const Task *task = graph ? graph->task(port.task) : nullptr;
    const ComponentSpec *component = task ? scene->document()->pipeline().component(task->component) : nullptr;
    const PortSpec *spec = component ? (port.input ? component->input(name) : component->output(name)) : nullptr;
    const QString type = spec ? TypeWords::of(spec->type) : TypeWords::of(TypeSpec());
    return port.input ? tr("input %1 of %2 (%3)").arg(name, item->look().title, type)
                      : tr("output %1 of %2 (%3)").arg(name, item->look().title, type);
}

void CanvasKeyboard::announce(const QString &text)
{
    m_description = text;
    m_view->setAccessibleDescription(text);
    QAccessibleEvent event(m_view, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    emit message(text);
}

} // namespace ps
