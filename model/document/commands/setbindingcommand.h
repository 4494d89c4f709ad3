#pragma once

#include "binding.h"

#include <QUndoCommand>

namespace ps {

class PipelineDocument;

// Sets what feeds one input of a task. Connecting an output to an input, disconnecting
// it, and binding a constant or a parameter are all this one command.
class SetBindingCommand : public QUndoCommand
{
public:
    SetBindingCommand(PipelineDocument *document, QString graph, TaskId task, QString input, Binding binding,
                      QUndoCommand *parent = nullptr);

    static SetBindingCommand *connect(PipelineDocument *document, const QString &graph, TaskId from,
                                      const QString &output, TaskId to, const QString &input);
    static SetBindingCommand *disconnect(PipelineDocument *document, const QString &graph, TaskId to,
                                         const QString &input);

    void redo() override;
    void undo() override;

private:
    PipelineDocument *m_document;
    QString m_graph;
    TaskId m_task;
    QString m_input;
    Binding m_before;
    Binding m_after;
};

} // namespace ps
