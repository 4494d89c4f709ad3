#include "addtaskcommand.h"

#include "names.h"
#include "pipelinedocument.h"

#include <QCoreApplication>

namespace ps {

AddTaskCommand::AddTaskCommand(PipelineDocument *document, QString graph, Task task,
                               std::optional<ComponentSpec> component, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_graph(std::move(graph))
    , m_task(std::move(task))
    , m_component(std::move(component))
{
    const Graph *g = document->pipeline().graph(m_graph);
    Q_ASSERT(g);
    // Fix the id and name now, so redo after undo gives the very same task.
    m_task.name = g->uniqueName(m_task.name);
    m_task.id = g->nextId();
    if (m_component) {
        m_task.component = m_component->key;
        m_addsComponent = !document->pipeline().components.contains(m_component->key);
    }
    setText(QCoreApplication::translate("AddTaskCommand", "Add task %1").arg(m_task.name));
}

AddTaskCommand *AddTaskCommand::instantiate(PipelineDocument *document, const QString &graph, ComponentSpec component,
                                            QPointF position)
{
    const ComponentSpec *existing = document->pipeline().component(component.key);
    if (component.key.isEmpty() || (existing && !(*existing == component)))
        component.key = document->pipeline().uniqueComponentKey(names::sanitize(component.name.isEmpty() ? component.key
                                                                                                          : component.name));
    Task task;
    task.name = names::sanitize(component.name.isEmpty() ? component.key : component.name);
    task.position = position;
    return new AddTaskCommand(document, graph, std::move(task), std::move(component));
}

void AddTaskCommand::redo()
{
    if (m_addsComponent)
        m_document->applySetComponent(m_component->key, m_component);
    const Graph *g = m_document->pipeline().graph(m_graph);
    m_document->applyInsertTask(m_graph, g->size(), m_task);
}

void AddTaskCommand::undo()
{
    m_document->applyTakeTask(m_graph, m_task.id);
    if (m_addsComponent)
        m_document->applySetComponent(m_component->key, std::nullopt);
}

} // namespace ps
