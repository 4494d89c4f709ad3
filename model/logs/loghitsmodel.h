#pragma once

#include "crossrunlogsearch.h"

#include <QAbstractTableModel>

namespace ps {

// The lines a search across runs found: run, task, time and the line, one row each.
class LogHitsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RunColumn, TaskColumn, TimeColumn, LineColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setHits(const QList<LogHit> &hits);
    const LogHit &hit(int row) const { return m_hits.at(row); }
    const QList<LogHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LogHit> m_hits;
};

} // namespace ps
