#include "runsfiltermodel.h"

#include "runsmodel.h"

namespace ps {

RunsFilterModel::RunsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RunsModel::SortRole);
    setDynamicSortFilter(true);
    sort(RunsModel::StartedColumn, Qt::DescendingOrder);
}

void RunsFilterModel::setPhases(const QSet<int> &phases)
{
    m_phases = phases;
    invalidateFilter();
}

void RunsFilterModel::setNameFilter(const QString &text)
{
    m_name = text.trimmed();
    invalidateFilter();
}

bool RunsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_phases.isEmpty()) {
        const int phase = model->index(sourceRow, RunsModel::StatusColumn, sourceParent).data(RunsModel::PhaseRole).toInt();
        if (!m_phases.contains(phase))
            return false;
    }
    if (m_name.isEmpty())
        return true;
    for (int column : {RunsModel::NameColumn, RunsModel::PipelineColumn})
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_name, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace ps
