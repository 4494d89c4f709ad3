#include "comparisontablemodel.h"

#include "costestimate.h"
#include "phasetext.h"
#include "resourcequantity.h"
#include "taskrunstate.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QSet>

namespace ps {

namespace {

bool distinct(const QStringList &cells)
{
    return QSet<QString>(cells.cbegin(), cells.cend()).size() > 1;
}

QString usageText(const std::optional<UsageSummary> &u, const Prices &prices)
{
    if (!u)
        return QStringLiteral("—");
    QString text = QCoreApplication::translate("ComparisonTableModel", "%1 CPU-s, %2 cores peak, %3 peak")
                       .arg(QLocale().toString(u->cpuSeconds, 'f', 1), QLocale().toString(u->peakCpuCores, 'f', 2),
                            ResourceQuantity::bytesForPeople(u->peakMemoryBytes));
    if (!prices.isEmpty()) {
        const CostEstimate cost = CostEstimate::ofUsage(*u, prices);
        text = QCoreApplication::translate("ComparisonTableModel", "%1; cost %2 used, %3 requested")
                   .arg(text, CostEstimate::text(cost.fromUsage, prices), CostEstimate::text(cost.fromRequests, prices));
    }
    return text;
}

} // namespace

ComparisonTableModel::ComparisonTableModel(Section section, QObject *parent) : QAbstractTableModel(parent), m_section(section) {}

void ComparisonTableModel::setComparison(const RunComparison &comparison, const QStringList &runTitles, const Prices &prices)
{
    m_comparison = comparison;
    m_titles = runTitles;
    m_prices = prices;
    m_all.clear();
    switch (m_section) {
    case Section::Parameters:
        for (const RunComparison::ParameterRow &p : comparison.parameters)
            m_all.append({p.name, p.values, p.differs});
        break;
    case Section::Metrics:
        for (const RunComparison::MetricRow &m : comparison.metrics) {
            QStringList cells;
            for (const std::optional<double> &v : m.values)
                cells << (v ? QLocale().toString(*v, 'g', 8) : QStringLiteral("—"));
            // A metric that appears twice keeps both rows: "accuracy (2)".
            const QString name = m.occurrence > 1 ? tr("%1 (%2)", "a metric's n-th occurrence").arg(m.name).arg(m.occurrence) : m.name;
            m_all.append({tr("%1 · %2 · %3", "task · artifact · metric").arg(m.task, m.artifact, name), cells, m.differs});
        }
        break;
    case Section::Tasks:
        for (const RunComparison::TaskRow &t : comparison.tasks) {
            QStringList cells;
            for (qsizetype i = 0; i < t.phases.size(); ++i) {
                if (!t.phases[i])
                    cells << tr("not in this run");
                else if (t.durationsMs[i] >= 0)
                    cells << tr("%1, %2").arg(PhaseText::title(*t.phases[i]), TaskRunState::formatDuration(t.durationsMs[i]));
                else
                    cells << PhaseText::title(*t.phases[i]);
            }
            QStringList phases;
            for (const std::optional<TaskPhase> &p : t.phases)
                phases << (p ? toString(*p) : QString());
            m_all.append({t.task, cells, distinct(phases)});
        }
        break;
    case Section::Usage:
        for (const RunComparison::TaskRow &t : comparison.tasks) {
            QStringList cells;
            for (const std::optional<UsageSummary> &u : t.usage)
                cells << usageText(u, prices);
            bool any = false;
            for (const std::optional<UsageSummary> &u : t.usage)
                any = any || u;
            if (any)
                m_all.append({t.task, cells, distinct(cells)});
        }
        break;
    }
    rebuild();
}

void ComparisonTableModel::setOnlyDifferences(bool only)
{
    m_onlyDifferences = only;
    rebuild();
}

void ComparisonTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const Row &r : std::as_const(m_all))
        if (!m_onlyDifferences || r.differs)
            m_rows.append(r);
    endResetModel();
}

bool ComparisonTableModel::differs(int row) const { return row >= 0 && row < m_rows.size() && m_rows[row].differs; }

int ComparisonTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ComparisonTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_titles.size()) + 1; }

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == Qt::DisplayRole)
        return index.column() == 0 ? r.label : r.cells.value(index.column() - 1);
    if (role == Qt::FontRole && r.differs) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0) {
        switch (m_section) {
        case Section::Parameters: return tr("Parameter");
        case Section::Metrics: return tr("Metric");
        case Section::Tasks:
        case Section::Usage: return tr("Task");
        }
    }
    return m_titles.value(section - 1);
}

} // namespace ps
