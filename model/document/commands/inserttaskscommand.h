#pragma once

#include "componentspec.h"
#include "task.h"

#include <QList>
#include <QUndoCommand>

namespace ps {

class PipelineDocument;

// Inserts ready-made tasks (ids and names already fixed, e.g. by a paste) together with the
// components they need; one undo step removes all of them again.
class InsertTasksCommand : public QUndoCommand
{
public:
    InsertTasksCommand(PipelineDocument *document, QString graph, QList<Task> tasks, QList<ComponentSpec> newComponents,
                       const QString &text, QUndoCommand *parent = nullptr);

    QList<TaskId> taskIds() const;
    void redo() override;
    void undo() override;

private:
    PipelineDocument *m_document;
    QString m_graph;
    QList<Task> m_tasks;
    QList<ComponentSpec> m_components;
};

} // namespace ps
