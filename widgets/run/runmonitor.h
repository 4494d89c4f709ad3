#pragma once

#include "runbackend.h"

#include <QObject>
#include <QPointer>

namespace ps {

class ArtifactsPanel;
class RunDetailsPanel;
class RunGraphPanel;

// Keeps the run panels on the same run and the same task: opening a run sets it on every
// panel; selecting a task in the graph or the tree selects it everywhere else.
class RunMonitor : public QObject
{
    Q_OBJECT
public:
    RunMonitor(RunGraphPanel *graph, RunDetailsPanel *details, ArtifactsPanel *artifacts, QObject *parent = nullptr);

    void openRun(RunBackend *backend, const QString &runId);
    void selectNode(const QString &nodeId);
    RunBackend *backend() const { return m_backend; }
    QString runId() const { return m_runId; }
    QString nodeId() const { return m_nodeId; }

signals:
    void runOpened(ps::RunBackend *backend, const QString &runId);
    // A node was selected in one of the panels (empty: the whole run).
    void nodeSelected(const QString &nodeId);

private:
    RunGraphPanel *m_graph;
    RunDetailsPanel *m_details;
    ArtifactsPanel *m_artifacts;
    QPointer<RunBackend> m_backend;
    QString m_runId;
    QString m_nodeId;
};

} // namespace ps
