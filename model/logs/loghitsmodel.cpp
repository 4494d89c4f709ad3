#include "loghitsmodel.h"

#include <QLocale>

namespace ps {

void LogHitsModel::setHits(const QList<LogHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int LogHitsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_hits.size()); }

int LogHitsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LogHitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const LogHit &h = m_hits.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RunColumn: return h.run;
        case TaskColumn: return h.task;
        case TimeColumn: return h.time.isValid() ? QLocale().toString(h.time.toLocalTime(), QLocale::ShortFormat) : QString();
        case LineColumn: return h.text.left(500);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LineColumn)
        return tr("Line %1 of %2").arg(h.line + 1).arg(h.path);
    return {};
}

QVariant LogHitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn: return tr("Run");
    case TaskColumn: return tr("Task");
    case TimeColumn: return tr("Time");
    case LineColumn: return tr("Line", "a line of a log");
    default: return {};
    }
}

} // namespace ps
