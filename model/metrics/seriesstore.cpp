#include "seriesstore.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace ps {

namespace {

// Text compared character by character, except that runs of digits compare by their value
// (QCollator's numeric mode does nothing in the C locale).
int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            while (i < a.size() && a[i] == u'0')
                ++i;
            while (j < b.size() && b[j] == u'0')
                ++j;
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a[endA].isDigit())
                ++endA;
            while (endB < b.size() && b[endB].isDigit())
                ++endB;
            if (endA - i != endB - j) // more digits: a larger number
                return endA - i < endB - j ? -1 : 1;
            if (const int digits = a.sliced(i, endA - i).compare(b.sliced(j, endB - j)); digits != 0)
                return digits;
            i = endA;
            j = endB;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j] ? -1 : 1;
        ++i;
        ++j;
    }
    return int(a.size() - i > 0) - int(b.size() - j > 0);
}

} // namespace

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
    // Sorted by legend name, numbers by their value ("task-2" before "task-10"); each name
    // made once.
    QStringList names;
    std::vector<qsizetype> order;
    for (qsizetype i = 0; i < series.size(); ++i) {
        names.append(seriesName(series.at(i), nameLabel));
        order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const int natural = naturalCompare(names.at(a), names.at(b));
        return natural != 0 ? natural < 0 : names.at(a) < names.at(b);
    });
    m_series.clear();
    m_names.clear();
    for (const qsizetype i : order) {
        m_series.append(std::move(series[i]));
        m_names.append(names.at(i));
    }
    assignColours();
    ++m_generation;
    return complete;
}

void SeriesStore::assignColours()
{
    // Series that stay keep their colour; each new one takes the least used.
    QHash<QString, int> kept;
    std::array<int, kColours> uses{};
    for (const QString &name : std::as_const(m_names)) {
        if (const auto it = m_colours.constFind(name); it != m_colours.cend() && !kept.contains(name)) {
            kept.insert(name, *it);
            ++uses[std::size_t(*it)];
        }
    }
    for (const QString &name : std::as_const(m_names)) {
        if (kept.contains(name))
            continue;
        const auto least = std::min_element(uses.begin(), uses.end());
        kept.insert(name, int(least - uses.begin()));
        ++*least;
    }
    m_colours = std::move(kept);
}

void SeriesStore::clear()
{
    m_series.clear();
    m_names.clear();
    m_colours.clear();
    ++m_generation;
}

int SeriesStore::colourIndex(qsizetype i) const
{
    return m_colours.value(m_names.at(i));
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
