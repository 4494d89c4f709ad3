#pragma once

#include "runphase.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace ps {

// The runs table as the user narrows it: by status (a set of phases; empty: all) and by a
// text found in the run's or the pipeline's name. Sorts by RunsModel::SortRole, newest first
// until the user picks another column.
class RunsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RunsFilterModel(QObject *parent = nullptr);

    // int(RunPhase) values.
    void setPhases(const QSet<int> &phases);
    QSet<int> phases() const { return m_phases; }
    void setNameFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_phases;
    QString m_name;
};

} // namespace ps
