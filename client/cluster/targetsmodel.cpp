#include "targetsmodel.h"

#include <QBrush>
#include <QColor>

namespace ps {

TargetsModel::TargetsModel(QObject *parent)
    : ClusterTableModel({tr("Job"), tr("Endpoint"), tr("Health"), tr("Last scrape"), tr("Duration"), tr("Error")},
                        parent)
{
}

void TargetsModel::setTargets(QList<PrometheusTarget> targets, const QDateTime &now)
{
    std::sort(targets.begin(), targets.end(), [](const PrometheusTarget &a, const PrometheusTarget &b) {
        return std::pair(a.job(), a.scrapeUrl) < std::pair(b.job(), b.scrapeUrl);
    });
    replaceRows([&] {
        m_targets = std::move(targets);
        m_now = now;
    });
}

QVariant TargetsModel::cell(int row, int column, int role) const
{
    const PrometheusTarget &t = m_targets.at(row);
    if (role == Qt::ForegroundRole && column == Health && t.health != u"up")
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == SortRole && column == LastScrape)
        return t.lastScrape;
    if (role == SortRole && column == Duration)
        return t.lastScrapeDuration;
    if (role == Qt::ToolTipRole && column == Error)
        return t.lastError;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Job:
        return t.job();
    case Endpoint:
        return t.scrapeUrl;
    case Health:
        return t.health == u"up" ? tr("up") : t.health == u"down" ? tr("down") : tr("unknown");
    case LastScrape:
        return since(t.lastScrape, m_now);
    case Duration:
        return tr("%1 ms").arg(t.lastScrapeDuration * 1000, 0, 'f', 1);
    case Error:
        return t.lastError;
    default:
        return {};
    }
}

} // namespace ps
