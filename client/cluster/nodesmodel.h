#pragma once

#include "clustertablemodel.h"
#include "nodeusage.h"

namespace ps {

// Nodes with their CPU and memory utilisation.
class NodesModel : public ClusterTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Cpu, Memory, MemoryUsed };

    explicit NodesModel(QObject *parent = nullptr);
    void setNodes(QList<NodeUsage> nodes);
    const QList<NodeUsage> &nodes() const { return m_nodes; }

protected:
    int rows() const override { return int(m_nodes.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<NodeUsage> m_nodes;
};

} // namespace ps
