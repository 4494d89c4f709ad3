#include "runmonitor.h"

#include "artifactspanel.h"
#include "runbackend.h"
#include "rundetailspanel.h"
#include "rungraphpanel.h"

namespace ps {

RunMonitor::RunMonitor(RunGraphPanel *graph, RunDetailsPanel *details, ArtifactsPanel *artifacts, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_details(details)
    , m_artifacts(artifacts)
{
    connect(graph, &RunGraphPanel::nodeSelected, this, &RunMonitor::selectNode);
    connect(details, &RunDetailsPanel::nodeSelected, this, &RunMonitor::selectNode);
}

void RunMonitor::openRun(RunBackend *backend, const QString &runId)
{
    m_backend = backend;
    m_runId = runId;
    m_nodeId.clear();
    m_graph->setRun(backend, runId);
    m_details->setRun(backend, runId);
    m_artifacts->setRun(backend, runId);
    emit runOpened(backend, runId);
    emit nodeSelected(QString());
}

void RunMonitor::selectNode(const QString &nodeId)
{
    if (nodeId == m_nodeId)
        return;
    m_nodeId = nodeId;
    m_graph->selectNode(nodeId);
    m_details->selectNode(nodeId);
    m_artifacts->setNode(nodeId);
    emit nodeSelected(nodeId);
}

} // namespace ps
