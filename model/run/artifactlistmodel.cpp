#include "artifactlistmodel.h"

#include <QLocale>

namespace ps {
namespace {
bool sameArtifact(const ArtifactInfo &a, const ArtifactInfo &b) { return a.nodeId == b.nodeId && a.name == b.name; }
} // namespace

ArtifactListModel::ArtifactListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArtifactListModel::setArtifacts(const QList<ArtifactInfo> &artifacts)
{
    // Drop rows that went away, from the bottom so row numbers stay valid.
    for (int row = int(m_artifacts.size()) - 1; row >= 0; --row) {
        const bool kept = std::any_of(artifacts.cbegin(), artifacts.cend(),
                                      [&](const ArtifactInfo &a) { return sameArtifact(a, m_artifacts[row]); });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_artifacts.removeAt(row);
            endRemoveRows();
        }
    }
    for (const ArtifactInfo &a : artifacts) {
        const auto it = std::find_if(m_artifacts.begin(), m_artifacts.end(), [&](const ArtifactInfo &b) { return sameArtifact(a, b); });
        if (it == m_artifacts.end()) {
            beginInsertRows({}, int(m_artifacts.size()), int(m_artifacts.size()));
            m_artifacts.append(a);
            endInsertRows();
        } else if (!(*it == a)) {
            *it = a;
            const int row = int(it - m_artifacts.begin());
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int ArtifactListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_artifacts.size()); }
int ArtifactListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ArtifactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_artifacts.size())
        return {};
    const ArtifactInfo &a = m_artifacts[index.row()];
    if (role == Qt::ToolTipRole)
        return a.uri;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return a.directory ? a.name + u'/' : a.name;
    case TaskColumn: return a.nodeId;
    case TypeColumn: return a.type;
    case SizeColumn: return a.size < 0 ? QString() : QLocale().formattedDataSize(a.size);
    }
    return {};
}

QVariant ArtifactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Artifact");
    case TaskColumn: return tr("Task");
    case TypeColumn: return tr("Type");
    case SizeColumn: return tr("Size");
    }
    return {};
}

} // namespace ps
