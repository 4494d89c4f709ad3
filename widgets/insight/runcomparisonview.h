#pragma once

#include "comparisontablemodel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;

namespace ps {

// Runs side by side: parameters, KFP metrics (duplicates kept apart), each task's phase and
// duration, its usage and cost, and how the pipelines differ when the runs ran different
// versions. "Only differences" hides the rows where every run agrees.
class RunComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit RunComparisonView(QWidget *parent = nullptr);

    void setComparison(const RunComparison &comparison, const QStringList &runTitles, const Prices &prices = {},
                       const QStringList &errors = {});
    ComparisonTableModel *table(ComparisonTableModel::Section section) const;
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *structure() const { return m_structure; }
    QCheckBox *onlyDifferences() const { return m_only; }

private:
    QList<ComparisonTableModel *> m_models;
    QTabWidget *m_tabs;
    QListWidget *m_structure;
    QCheckBox *m_only;
    QLabel *m_summary;
};

} // namespace ps
