#pragma once

#include "pipeline.h"

#include <QObject>
#include <QPointF>
#include <QString>

#include <optional>

class QUndoCommand;
class QUndoStack;

namespace ps {

// One open pipeline: the graph, its undo stack, its file and whether it has unsaved edits.
// Every change goes through a QUndoCommand (see commands/), which calls the apply*
// functions below; those emit fine-grained signals that views mirror by id.
class PipelineDocument : public QObject
{
    Q_OBJECT

public:
    explicit PipelineDocument(QObject *parent = nullptr);
    ~PipelineDocument() override;

    const Pipeline &pipeline() const { return m_pipeline; }
    QUndoStack *undoStack() const { return m_undoStack; }
    void push(QUndoCommand *command);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const;

    // Replaces the whole pipeline (a file was opened); the undo history starts anew.
    void reset(Pipeline pipeline, const QString &filePath = {});
    // Writes the native format atomically; on success the document is clean.
    bool save(const QString &path, QString *errorMessage);

    // Called by commands only. Each applies one change and emits its signal.
    void applyInsertTask(const QString &graph, qsizetype index, const Task &task);
    std::optional<Task> applyTakeTask(const QString &graph, TaskId id);
    void applyMoveTask(const QString &graph, TaskId id, std::optional<QPointF> position);
    void applyReplaceTask(const QString &graph, const Task &task);
    void applySetBinding(const QString &graph, TaskId id, const QString &input, const Binding &binding);
    void applySetParameters(const QList<PortSpec> &parameters);
    void applySetComponent(const QString &key, const std::optional<ComponentSpec> &component);
    void applySetInfo(const QString &name, const QString &description, const std::optional<Schedule> &schedule);

signals:
    void taskAdded(const QString &graph, ps::TaskId id);
    void taskRemoved(const QString &graph, ps::TaskId id);
    void taskMoved(const QString &graph, ps::TaskId id);
    void taskChanged(const QString &graph, ps::TaskId id);
    void bindingChanged(const QString &graph, ps::TaskId id, const QString &input);
    void parametersChanged();
    void componentsChanged();
    void infoChanged();
    void documentReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    Pipeline m_pipeline;
    QUndoStack *m_undoStack;
    QString m_filePath;
};

} // namespace ps
