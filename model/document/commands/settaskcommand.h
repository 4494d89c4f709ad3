#pragma once

#include "task.h"

#include <QUndoCommand>

namespace ps {

class PipelineDocument;

// Replaces a task's name, settings, dependencies or anything else of it with a new value
// (same id). Property edits are this command; edits of the same field of the same task in
// a row (typing) merge when they carry the same non-zero merge key.
class SetTaskCommand : public QUndoCommand
{
public:
    static constexpr int kId = 0x5053'0002;

    SetTaskCommand(PipelineDocument *document, QString graph, Task task, const QString &text, int mergeKey = 0,
                   QUndoCommand *parent = nullptr);

    int id() const override { return m_mergeKey == 0 ? -1 : kId; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    PipelineDocument *m_document;
    QString m_graph;
    Task m_before;
    Task m_after;
    int m_mergeKey;
};

} // namespace ps
