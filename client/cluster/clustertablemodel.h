#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace ps {

// A read-only table whose rows are replaced as a whole at each refresh: the shape of the
// cluster panel's nodes, targets, alerts and silences.
class ClusterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Qt::UserRole: a cell's raw value for sorting (a number, a time).
    static constexpr int SortRole = Qt::UserRole;

    explicit ClusterTableModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "12:03:05 (4 min ago)" style text for since-when columns.
    static QString since(const QDateTime &time, const QDateTime &now);
    // a="b", c="d"
    static QString labelsText(const QMap<QString, QString> &labels, const QStringList &skip = {});

protected:
    virtual int rows() const = 0;
    virtual QVariant cell(int row, int column, int role) const = 0;
    // Replaces the rows inside a model reset.
    void replaceRows(const std::function<void()> &assign);

private:
    QStringList m_headers;
};

} // namespace ps
