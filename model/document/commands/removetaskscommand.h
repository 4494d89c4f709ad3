#pragma once

#include "task.h"

#include <QList>
#include <QUndoCommand>

namespace ps {

class PipelineDocument;

// Removes tasks, and with them every binding and dependency that pointed at them;
// undo puts all of it back where it was.
class RemoveTasksCommand : public QUndoCommand
{
public:
    RemoveTasksCommand(PipelineDocument *document, QString graph, QList<TaskId> ids, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PipelineDocument *m_document;
    QString m_graph;
    QList<std::pair<qsizetype, Task>> m_removed;   // in ascending index order
    QList<Task> m_touchedBefore;                    // surviving tasks that referred to removed ones
    QList<Task> m_touchedAfter;
};

} // namespace ps
