#include "clustertablemodel.h"

#include <QLocale>

namespace ps {

ClusterTableModel::ClusterTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

int ClusterTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : rows(); }

int ClusterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ClusterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return {};
}

QVariant ClusterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

void ClusterTableModel::replaceRows(const std::function<void()> &assign)
{
    beginResetModel();
    assign();
    endResetModel();
}

QString ClusterTableModel::since(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 secs = std::max<qint64>(0, time.secsTo(now));
    const QString at = QLocale().toString(time.toLocalTime(), secs < 86400 ? QStringLiteral("HH:mm:ss")
                                                                           : QStringLiteral("yyyy-MM-dd HH:mm"));
    if (secs < 60)
        return tr("%1 (%n s ago)", nullptr, int(secs)).arg(at);
    if (secs < 3600)
        return tr("%1 (%n min ago)", nullptr, int(secs / 60)).arg(at);
    if (secs < 86400)
        return tr("%1 (%n h ago)", nullptr, int(secs / 3600)).arg(at);
    return tr("%1 (%n days ago)", nullptr, int(secs / 86400)).arg(at);
}

QString ClusterTableModel::labelsText(const QMap<QString, QString> &labels, const QStringList &skip)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (!skip.contains(it.key()))
            parts.append(it.key() + QStringLiteral("=\"") + it.value() + u'"');
    return parts.join(QStringLiteral(", "));
}

} // namespace ps
