#include "nodesmodel.h"

#include "metricunit.h"

#include <cmath>

namespace ps {

NodesModel::NodesModel(QObject *parent)
    : ClusterTableModel({tr("Node"), tr("CPU"), tr("Memory"), tr("Memory used")}, parent)
{
}

void NodesModel::setNodes(QList<NodeUsage> nodes)
{
    replaceRows([&] { m_nodes = std::move(nodes); });
}

QVariant NodesModel::cell(int row, int column, int role) const
{
    const NodeUsage &n = m_nodes.at(row);
    const auto percent = [](double v) { return std::isnan(v) ? QString() : MetricFormat::format(v, MetricUnit::Percent); };
    if (role == SortRole) {
        switch (column) {
        case Cpu:
            return n.cpuPercent;
        case Memory:
            return n.memoryPercent();
        case MemoryUsed:
            return n.memoryUsedBytes;
        default:
            return n.name;
        }
    }
    if (role == Qt::ToolTipRole && column == Name)
        return n.instance;
    if (role == Qt::TextAlignmentRole && column != Name)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return n.name;
    case Cpu:
        return percent(n.cpuPercent);
    case Memory:
        return percent(n.memoryPercent());
    case MemoryUsed:
        return std::isnan(n.memoryUsedBytes) ? QString()
                                             : tr("%1 of %2").arg(MetricFormat::format(n.memoryUsedBytes, MetricUnit::Bytes),
                                                                  MetricFormat::format(n.memoryTotalBytes, MetricUnit::Bytes));
    default:
        return {};
    }
}

} // namespace ps
