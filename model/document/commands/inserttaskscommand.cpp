#include "inserttaskscommand.h"

#include "pipelinedocument.h"

namespace ps {

InsertTasksCommand::InsertTasksCommand(PipelineDocument *document, QString graph, QList<Task> tasks,
                                       QList<ComponentSpec> newComponents, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_graph(std::move(graph))
    , m_tasks(std::move(tasks))
    , m_components(std::move(newComponents))
{
}

QList<TaskId> InsertTasksCommand::taskIds() const
{
    QList<TaskId> ids;
    for (const Task &task : m_tasks)
        ids.append(task.id);
    return ids;
}

void InsertTasksCommand::redo()
{
    for (const ComponentSpec &component : m_components)
        m_document->applySetComponent(component.key, component);
    for (const Task &task : m_tasks)
        m_document->applyInsertTask(m_graph, m_document->pipeline().graph(m_graph)->size(), task);
}

void InsertTasksCommand::undo()
{
    for (auto it = m_tasks.crbegin(); it != m_tasks.crend(); ++it)
        m_document->applyTakeTask(m_graph, it->id);
    for (const ComponentSpec &component : m_components)
        m_document->applySetComponent(component.key, std::nullopt);
}

} // namespace ps
