#pragma once

#include "runbackend.h"

#include "ids.h"
#include "runsnapshot.h"
#include "taskrunstate.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace ps {

class PipelineDocument;
class PipelineScene;
class PipelineView;
class ResourceOverlay;

// The Run Graph dock: the pipeline a run ran, read-only, each task coloured by its state with
// its duration (running tasks pulse), loops with the count and states of their iterations.
// Sub-pipelines open on double-click into the run's nodes of that sub-graph. Selecting a task
// selects its run node for the other panels.
class RunGraphPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunGraphPanel(QWidget *parent = nullptr);
    ~RunGraphPanel() override;

    void setRun(RunBackend *backend, const QString &runId);
    void clear();
    RunBackend *backend() const { return m_backend; }
    QString runId() const { return m_runId; }
    const RunSnapshot &snapshot() const { return m_snapshot; }
    // The node whose sub-graph is shown ("" for the pipeline's root graph).
    QString scopeNodeId() const { return m_scope; }

    PipelineScene *scene() const { return m_scene; }
    PipelineView *view() const { return m_view; }
    // The state shown on a task of the current graph.
    TaskRunState stateOf(const QString &taskName) const { return m_states.value(taskName); }

    // Selects the task that runs `nodeId` (or contains it), when it is in the shown graph.
    void selectNode(const QString &nodeId);
    // The resource overlay: each task's peak CPU and memory against its requests and limits.
    void setResourcesShown(bool shown);
    bool resourcesShown() const;
    QToolButton *resourcesButton() const { return m_resources; }
    ResourceOverlay *resourceOverlay() const;

signals:
    void nodeSelected(const QString &nodeId);

private:
    void snapshotChanged(const QString &runId);
    void applyStates();
    void selectionChanged();
    void taskActivated(TaskId taskId);
    void openScope(const QString &nodeId, const QString &graphKey);
    void goUp();
    void pulse();
    void updateHeader();
    void updateOverlay();

    PipelineDocument *m_document;
    PipelineScene *m_scene;
    PipelineView *m_view;
    QLabel *m_header;
    QToolButton *m_up;
    QToolButton *m_resources;
    QPointer<ResourceOverlay> m_overlay;   // the scene deletes it when it rebuilds
    QTimer *m_coalesce;
    QTimer *m_pulse;
    QPointer<RunBackend> m_backend;
    QString m_runId;
    RunSnapshot m_snapshot;
    QString m_scope;
    QList<QPair<QString, QString>> m_scopeStack;   // (scope node, graph key) of the graphs above
    QHash<QString, TaskRunState> m_states;
    bool m_pulseOn = false;
    bool m_selecting = false;
};

} // namespace ps
