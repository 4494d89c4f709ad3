#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace ps {

// Rows of text under a header, for previews: a CSV file, a metrics table.
class TableRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TableRowsModel(QObject *parent = nullptr);

    void setRows(const QStringList &header, const QList<QStringList> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace ps
