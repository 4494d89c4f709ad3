#pragma once

#include "portspec.h"

#include <QList>
#include <QUndoCommand>

namespace ps {

class PipelineDocument;

// Adds, removes or edits pipeline parameters: the command holds the list before and after.
class SetParametersCommand : public QUndoCommand
{
public:
    SetParametersCommand(PipelineDocument *document, QList<PortSpec> parameters, const QString &text,
                         QUndoCommand *parent = nullptr);

    static SetParametersCommand *add(PipelineDocument *document, const PortSpec &parameter);
    static SetParametersCommand *remove(PipelineDocument *document, const QString &name);

    void redo() override;
    void undo() override;

private:
    PipelineDocument *m_document;
    QList<PortSpec> m_before;
    QList<PortSpec> m_after;
};

} // namespace ps
