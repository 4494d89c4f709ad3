#include "seriestablemodel.h"

#include "metricunit.h"
#include "seriesstore.h"

#include <QDateTime>
#include <QLocale>

namespace ps {

SeriesTableModel::SeriesTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SeriesTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void SeriesTableModel::setSeries(const QList<MetricSeries> &series)
{
    QList<Row> rows;
    for (const MetricSeries &s : series) {
        const QPointF p = s.points.isEmpty() ? QPointF(0, qQNaN()) : s.points.constLast();
        rows.append({SeriesStore::seriesName(s, {}), MetricFormat::number(p.y(), 12), p.y(), p.x()});
    }
    setRows(rows);
}

void SeriesTableModel::setScalar(double time, double value)
{
    setRows({{tr("scalar"), MetricFormat::number(value, 12), value, time}});
}

void SeriesTableModel::setText(double time, const QString &text)
{
    setRows({{tr("string"), text, 0, time}});
}

void SeriesTableModel::clear() { setRows({}); }

int SeriesTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SeriesTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 3; }

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return index.column() == Value ? QVariant(row.number) : index.column() == Time ? QVariant(row.time)
                                                                                       : QVariant(row.series);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Series:
        return row.series;
    case Value:
        return row.value;
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(row.time * 1000)), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    default:
        return {};
    }
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Series:
        return tr("Series");
    case Value:
        return tr("Value");
    case Time:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace ps
