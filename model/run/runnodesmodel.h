#pragma once

#include "runsnapshot.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <vector>

namespace ps {

// The nodes of one run as a tree: tasks, loops with their iterations, retried tasks with
// their attempts, sub-pipelines with their tasks. Columns: task, phase, duration, started.
// Updates from a newer snapshot of the same run insert and change rows in place, so a view
// keeps its selection and expansion while the run goes on.
class RunNodesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PhaseColumn, DurationColumn, StartedColumn, ColumnCount };
    enum Role { NodeIdRole = Qt::UserRole + 1, PhaseRole };

    explicit RunNodesModel(QObject *parent = nullptr);

    void setSnapshot(const RunSnapshot &snapshot);
    const RunSnapshot &snapshot() const { return m_snapshot; }
    void clear();
    // Running nodes' durations move on with the clock; call once a second while running.
    void refreshDurations();
    QModelIndex indexOf(const QString &nodeId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item {
        int parent = -1;        // item (= node) index, -1 for a top-level node
        int row = 0;            // position among its parent's children
        std::vector<int> children;
    };
    void rebuild();
    bool sameShapeAsBefore(const RunSnapshot &next) const;
    int attach(int nodeIndex);
    QModelIndex indexOfItem(int item, int column) const;
    std::vector<int> &childrenOf(int item);
    const std::vector<int> &childrenOf(int item) const;

    RunSnapshot m_snapshot;
    std::vector<Item> m_items;           // one per snapshot node, same order
    std::vector<int> m_topLevel;
    QHash<QString, int> m_byId;
    QDateTime m_now;
};

} // namespace ps
