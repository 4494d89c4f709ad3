#include "tablerowsmodel.h"

namespace ps {

TableRowsModel::TableRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TableRowsModel::setRows(const QStringList &header, const QList<QStringList> &rows)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    endResetModel();
}

int TableRowsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int TableRowsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_header.size()); }

QVariant TableRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_rows.value(index.row()).value(index.column());
}

QVariant TableRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return orientation == Qt::Horizontal ? QVariant(m_header.value(section)) : QVariant(section + 1);
}

} // namespace ps
