#include "movetaskscommand.h"

#include "pipelinedocument.h"

#include <QCoreApplication>

namespace ps {

MoveTasksCommand::MoveTasksCommand(PipelineDocument *document, QString graph, QHash<TaskId, QPointF> positions,
                                   int gestureId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_graph(std::move(graph))
    , m_after(std::move(positions))
    , m_gestureId(gestureId)
{
    const Graph *g = document->pipeline().graph(m_graph);
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        const Task *t = g ? g->task(it.key()) : nullptr;
        m_before.insert(it.key(), t ? t->position : std::nullopt);
    }
    setText(QCoreApplication::translate("MoveTasksCommand", "Move %n task(s)", nullptr, int(m_after.size())));
}

bool MoveTasksCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveTasksCommand *>(other);
    if (move->m_gestureId != m_gestureId || move->m_graph != m_graph)
        return false;
    if (QSet<TaskId>(move->m_after.keyBegin(), move->m_after.keyEnd())
        != QSet<TaskId>(m_after.keyBegin(), m_after.keyEnd()))
        return false;
    m_after = move->m_after;
    return true;
}

void MoveTasksCommand::redo()
{
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it)
        m_document->applyMoveTask(m_graph, it.key(), *it);
}

void MoveTasksCommand::undo()
{
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        m_document->applyMoveTask(m_graph, it.key(), *it);
}

} // namespace ps
