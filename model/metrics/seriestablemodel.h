#pragma once

#include "metricseries.h"

#include <QAbstractTableModel>

namespace ps {

// An instant query's answer as a table: one row per series (its labels, value and time),
// or one row for a scalar or string.
class SeriesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Series, Value, Time };

    explicit SeriesTableModel(QObject *parent = nullptr);

    void setSeries(const QList<MetricSeries> &series);
    void setScalar(double time, double value);
    void setText(double time, const QString &text);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString series;
        QString value;
        double number = 0;
        double time = 0;
    };
    void setRows(QList<Row> rows);

    QList<Row> m_rows;
};

} // namespace ps
