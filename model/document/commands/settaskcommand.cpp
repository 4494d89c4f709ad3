#include "settaskcommand.h"

#include "pipelinedocument.h"

namespace ps {

SetTaskCommand::SetTaskCommand(PipelineDocument *document, QString graph, Task task, const QString &text,
                               int mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_graph(std::move(graph))
    , m_after(std::move(task))
    , m_mergeKey(mergeKey)
{
    const Graph *g = document->pipeline().graph(m_graph);
    const Task *current = g ? g->task(m_after.id) : nullptr;
    Q_ASSERT(current);
    if (current)
        m_before = *current;
}

bool SetTaskCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const SetTaskCommand *>(other);
    if (edit->m_mergeKey != m_mergeKey || edit->m_graph != m_graph || edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    return true;
}

void SetTaskCommand::redo()
{
    m_document->applyReplaceTask(m_graph, m_after);
}

void SetTaskCommand::undo()
{
    m_document->applyReplaceTask(m_graph, m_before);
}

} // namespace ps
