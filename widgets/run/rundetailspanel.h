#pragma once

#include "runbackend.h"

#include <QPointer>
#include <QWidget>

class QTimer;
class QTreeView;

namespace ps {

class NodeDetailsView;
class RunNodesModel;

// The Task Details dock: the run's nodes as a tree (loops expand to their iterations,
// retried tasks to their attempts) above the details of the selected node.
class RunDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunDetailsPanel(QWidget *parent = nullptr);

    void setRun(RunBackend *backend, const QString &runId);
    void selectNode(const QString &nodeId);
    QString selectedNode() const { return m_node; }

    QTreeView *tree() const { return m_tree; }
    RunNodesModel *model() const { return m_model; }
    NodeDetailsView *details() const { return m_details; }

signals:
    void nodeSelected(const QString &nodeId);

private:
    void refresh();
    void currentChanged();

    RunNodesModel *m_model;
    QTreeView *m_tree;
    NodeDetailsView *m_details;
    QTimer *m_coalesce;
    QTimer *m_clock;
    QPointer<RunBackend> m_backend;
    QString m_runId;
    QString m_node;
    bool m_selecting = false;
};

} // namespace ps
