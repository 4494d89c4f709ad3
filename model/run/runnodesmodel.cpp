#include "runnodesmodel.h"

#include "phasestyle.h"
#include "phasetext.h"
#include "taskrunstate.h"

#include <QLocale>

namespace ps {

RunNodesModel::RunNodesModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

void RunNodesModel::clear()
{
    beginResetModel();
    m_snapshot = {};
    m_items.clear();
    m_topLevel.clear();
    m_byId.clear();
    endResetModel();
}

bool RunNodesModel::sameShapeAsBefore(const RunSnapshot &next) const
{
    if (next.id != m_snapshot.id || next.nodes.size() < m_snapshot.nodes.size())
        return false;
    for (qsizetype i = 0; i < m_snapshot.nodes.size(); ++i) {
        const RunNode &a = m_snapshot.nodes[i];
        const RunNode &b = next.nodes[i];
        if (a.id != b.id || a.parentId != b.parentId)
            return false;
    }
    return true;
}

std::vector<int> &RunNodesModel::childrenOf(int item)
{
    return item < 0 ? m_topLevel : m_items[size_t(item)].children;
}

const std::vector<int> &RunNodesModel::childrenOf(int item) const
{
    return item < 0 ? m_topLevel : m_items[size_t(item)].children;
}

int RunNodesModel::attach(int nodeIndex)
{
    const RunNode &node = m_snapshot.nodes[nodeIndex];
    Item item;
    item.parent = node.parentId.isEmpty() ? -1 : m_byId.value(node.parentId, -1);
    item.row = int(childrenOf(item.parent).size());
    m_items.push_back(item);
    childrenOf(item.parent).push_back(nodeIndex);
    m_byId.insert(node.id, nodeIndex);
    return item.parent;
}

void RunNodesModel::rebuild()
{
    m_items.clear();
    m_topLevel.clear();
    m_byId.clear();
    m_items.reserve(size_t(m_snapshot.nodes.size()));
    for (int i = 0; i < int(m_snapshot.nodes.size()); ++i)
        attach(i);
}

void RunNodesModel::setSnapshot(const RunSnapshot &snapshot)
{
    m_now = QDateTime::currentDateTimeUtc();
    if (!sameShapeAsBefore(snapshot)) {
        beginResetModel();
        m_snapshot = snapshot;
        rebuild();
        endResetModel();
        return;
    }
    const int before = int(m_snapshot.nodes.size());
    // Changed rows first, while the old nodes are still there to compare with.
    for (int i = 0; i < before; ++i) {
        if (m_snapshot.nodes[i] == snapshot.nodes[i])
            continue;
        m_snapshot.nodes[i] = snapshot.nodes[i];
        emit dataChanged(indexOfItem(i, 0), indexOfItem(i, ColumnCount - 1));
    }
    const QList<RunNode> all = snapshot.nodes;
    m_snapshot = snapshot;
    m_snapshot.nodes = all.mid(0, before);
    for (int i = before; i < int(all.size()); ++i) {
        const RunNode &node = all[i];
        const int parent = node.parentId.isEmpty() ? -1 : m_byId.value(node.parentId, -1);
        const int row = int(childrenOf(parent).size());
        beginInsertRows(parent < 0 ? QModelIndex() : indexOfItem(parent, 0), row, row);
        m_snapshot.nodes.append(node);
        attach(i);
        endInsertRows();
    }
}

void RunNodesModel::refreshDurations()
{
    m_now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < int(m_snapshot.nodes.size()); ++i)
        if (m_snapshot.nodes[i].phase == TaskPhase::Running)
            emit dataChanged(indexOfItem(i, DurationColumn), indexOfItem(i, DurationColumn));
}

QModelIndex RunNodesModel::indexOfItem(int item, int column) const
{
    return createIndex(m_items[size_t(item)].row, column, quintptr(item));
}

QModelIndex RunNodesModel::indexOf(const QString &nodeId, int column) const
{
    const auto it = m_byId.constFind(nodeId);
    return it == m_byId.cend() ? QModelIndex() : indexOfItem(*it, column);
}

QModelIndex RunNodesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const int p = parent.isValid() ? int(parent.internalId()) : -1;
    const std::vector<int> &children = childrenOf(p);
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex RunNodesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_items[size_t(child.internalId())].parent;
    return p < 0 ? QModelIndex() : indexOfItem(p, 0);
}

int RunNodesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int RunNodesModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant RunNodesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RunNode &node = m_snapshot.nodes[qsizetype(index.internalId())];
    if (role == NodeIdRole)
        return node.id;
    if (role == PhaseRole)
        return int(node.phase);
    if (role == Qt::ToolTipRole && !node.message.isEmpty())
        return node.message;
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return PhaseStyle::icon(node.phase);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return node.displayName.isEmpty() ? node.name : node.displayName;
    case PhaseColumn: return PhaseText::title(node.phase);
    case DurationColumn: {
        TaskRunState state;
        state.startedAt = node.startedAt;
        state.finishedAt = node.finishedAt;
        const qint64 ms = state.durationMs(m_now);
        return ms < 0 ? QString() : TaskRunState::formatDuration(ms);
    }
    case StartedColumn:
        return node.startedAt.isValid() ? QLocale().toString(node.startedAt.toLocalTime().time(), QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant RunNodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Task");
    case PhaseColumn: return tr("State");
    case DurationColumn: return tr("Duration");
    case StartedColumn: return tr("Started");
    }
    return {};
}

} // namespace ps
