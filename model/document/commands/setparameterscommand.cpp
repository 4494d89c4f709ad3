#include "setparameterscommand.h"

#include "pipelinedocument.h"

#include <QCoreApplication>

namespace ps {

SetParametersCommand::SetParametersCommand(PipelineDocument *document, QList<PortSpec> parameters,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->pipeline().parameters)
    , m_after(std::move(parameters))
{
}

SetParametersCommand *SetParametersCommand::add(PipelineDocument *document, const PortSpec &parameter)
{
    QList<PortSpec> after = document->pipeline().parameters;
    after.append(parameter);
    return new SetParametersCommand(
        document, after, QCoreApplication::translate("SetParametersCommand", "Add parameter %1").arg(parameter.name));
}

SetParametersCommand *SetParametersCommand::remove(PipelineDocument *document, const QString &name)
{
    QList<PortSpec> after = document->pipeline().parameters;
    after.removeIf([&name](const PortSpec &p) { return p.name == name; });
    return new SetParametersCommand(
        document, after, QCoreApplication::translate("SetParametersCommand", "Remove parameter %1").arg(name));
}

void SetParametersCommand::redo()
{
    m_document->applySetParameters(m_after);
}

void SetParametersCommand::undo()
{
    m_document->applySetParameters(m_before);
}

} // namespace ps
