#pragma once

#include "prices.h"
#include "runcomparison.h"

#include <QAbstractTableModel>

namespace ps {

// One table of a comparison of runs, a column per run: its parameters, its metrics, its
// tasks' phases and durations, or their usage (CPU seconds, peaks, and the cost when prices
// are set). Rows where the runs differ are in bold, and can be shown alone.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Section { Parameters, Metrics, Tasks, Usage };

    explicit ComparisonTableModel(Section section, QObject *parent = nullptr);

    void setComparison(const RunComparison &comparison, const QStringList &runTitles, const Prices &prices = {});
    void setOnlyDifferences(bool only);
    bool differs(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString label;
        QStringList cells;
        bool differs = false;
    };
    void rebuild();

    Section m_section;
    RunComparison m_comparison;
    QStringList m_titles;
    Prices m_prices;
    bool m_onlyDifferences = false;
    QList<Row> m_all;
    QList<Row> m_rows;
};

} // namespace ps
