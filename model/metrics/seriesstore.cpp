#include "seriesstore.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ps {

QString SeriesStore::seriesName(const MetricSeries &series, const QString &nameLabel)
{
    if (!nameLabel.isEmpty() && series.labels.contains(nameLabel))
        return series.labels.value(nameLabel);
    QStringList parts;
    for (auto it = series.labels.cbegin(); it != series.labels.cend(); ++it)
        if (it.key() != u"__name__")
            parts.append(it.key() + QStringLiteral("=\"") + it.value() + u'"');
    return series.name() + u'{' + parts.join(u',') + u'}';
}

bool SeriesStore::setSeries(QList<MetricSeries> series, const QString &nameLabel)
{
    const bool complete = series.size() <= kMaxSeries;
    if (!complete)
        series.resize(kMaxSeries);
    // Sorted by legend name, each name built once.
    std::vector<std::pair<QString, qsizetype>> order;
    order.reserve(std::size_t(series.size()));
    for (qsizetype i = 0; i < series.size(); ++i)
        order.emplace_back(seriesName(series.at(i), nameLabel), i);
    std::sort(order.begin(), order.end());
    m_series.clear();
    m_names.clear();
    for (auto &[name, i] : order) {
        m_series.append(std::move(series[i]));
        m_names.append(std::move(name));
    }
    ++m_generation;
    return complete;
}

void SeriesStore::clear()
{
    m_series.clear();
    m_names.clear();
    ++m_generation;
}

int SeriesStore::colourIndex(qsizetype i) const
{
    return int(qHash(m_names.at(i)) % 1000);
}

void SeriesStore::setVisible(qsizetype i, bool visible)
{
    if (visible)
        m_hidden.remove(m_names.at(i));
    else
        m_hidden.insert(m_names.at(i));
}

std::optional<std::pair<double, double>> SeriesStore::timeSpan() const
{
    std::optional<std::pair<double, double>> span;
    for (const MetricSeries &s : m_series) {
        if (s.points.isEmpty())
            continue;
        const double a = s.points.constFirst().x();
        const double b = s.points.constLast().x();
        span = span ? std::pair(std::min(span->first, a), std::max(span->second, b)) : std::pair(a, b);
    }
    return span;
}

double SeriesStore::maxVisibleValue() const
{
    double top = 0;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        if (!isVisible(i))
            continue;
        for (const QPointF &p : m_series.at(i).points)
            if (std::isfinite(p.y()))
                top = std::max(top, p.y());
    }
    return top;
}

std::optional<QPointF> SeriesStore::valueAt(qsizetype i, double time, double tolerance) const
{
    const QList<QPointF> &points = m_series.at(i).points;
    const auto after = std::lower_bound(points.cbegin(), points.cend(), time,
                                        [](const QPointF &p, double t) { return p.x() < t; });
    std::optional<QPointF> best;
    if (after != points.cend())
        best = *after;
    if (after != points.cbegin() && (!best || time - std::prev(after)->x() < best->x() - time))
        best = *std::prev(after);
    if (!best || std::abs(best->x() - time) > tolerance)
        return std::nullopt;
    return best;
}

} // namespace ps
