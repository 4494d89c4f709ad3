#include "setbindingcommand.h"

#include "pipelinedocument.h"

#include <QCoreApplication>

namespace ps {

SetBindingCommand::SetBindingCommand(PipelineDocument *document, QString graph, TaskId task, QString input,
                                     Binding binding, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_graph(std::move(graph))
    , m_task(task)
    , m_input(std::move(input))
    , m_after(std::move(binding))
{
    const Graph *g = document->pipeline().graph(m_graph);
    const Task *t = g ? g->task(task) : nullptr;
    if (t)
        m_before = t->inputs.value(m_input);
    setText(QCoreApplication::translate("SetBindingCommand", "Set input %1").arg(m_input));
}

SetBindingCommand *SetBindingCommand::connect(PipelineDocument *document, const QString &graph, TaskId from,
                                              const QString &output, TaskId to, const QString &input)
{
    auto *c = new SetBindingCommand(document, graph, to, input, Binding::taskOutput(from, output));
    c->setText(QCoreApplication::translate("SetBindingCommand", "Connect %1 → %2").arg(output, input));
    return c;
}

SetBindingCommand *SetBindingCommand::disconnect(PipelineDocument *document, const QString &graph, TaskId to,
                                                 const QString &input)
{
    auto *c = new SetBindingCommand(document, graph, to, input, Binding());
    c->setText(QCoreApplication::translate("SetBindingCommand", "Disconnect %1").arg(input));
    return c;
}

void SetBindingCommand::redo()
{
    m_document->applySetBinding(m_graph, m_task, m_input, m_after);
}

void SetBindingCommand::undo()
{
    m_document->applySetBinding(m_graph, m_task, m_input, m_before);
}

} // namespace ps
