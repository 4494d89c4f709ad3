#pragma once

#include "metricseries.h"
#include "metricunit.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ps {

// The series one chart shows, as the last range query gave them, with what the user chose
// about them (hidden series stay hidden across refreshes). Bounded: at most kMaxSeries
// series are kept, and each is as long as a range query's answer (≤ 11,000 points).
class SeriesStore
{
public:
    static constexpr qsizetype kMaxSeries = 500;

    struct Sample {
        int series = -1;
        QPointF point;
    };

    // Replaces the data; `nameLabel` names each series ("task", "pod"); empty: all labels.
    // Gives false when series were dropped over kMaxSeries.
    bool setSeries(QList<MetricSeries> series, const QString &nameLabel = {});
    void clear();

    qsizetype size() const { return m_series.size(); }
    bool isEmpty() const { return m_series.isEmpty(); }
    const MetricSeries &series(qsizetype i) const { return m_series.at(i); }
    const QList<MetricSeries> &allSeries() const { return m_series; }
    QString name(qsizetype i) const { return m_names.at(i); }
    // How many distinct colours a chart has (SeriesPainter's palette).
    static constexpr int kColours = 10;
    // The series' colour, 0…kColours-1: distinct while there are at most kColours series (then
    // spread evenly), and kept by a series across refreshes while it is there.
    int colourIndex(qsizetype i) const;

    bool isVisible(qsizetype i) const { return !m_hidden.contains(m_names.at(i)); }
    void setVisible(qsizetype i, bool visible);

    // Changes whenever the data does (setSeries, clear): what was computed from the data
    // for an earlier generation is stale.
    quint64 generation() const { return m_generation; }

    // The time span of all samples, in Unix seconds; nothing when there are none.
    std::optional<std::pair<double, double>> timeSpan() const;
    // The highest finite value of the visible series (0 when none).
    double maxVisibleValue() const;
    // The sample of series `i` nearest to `time`, within `tolerance` seconds.
    std::optional<QPointF> valueAt(qsizetype i, double time, double tolerance) const;

    // A series' legend name: its `nameLabel` value, else its labels as {a="b",…}.
    static QString seriesName(const MetricSeries &series, const QString &nameLabel);

private:
    void assignColours();

    QList<MetricSeries> m_series;
    QStringList m_names;
    QSet<QString> m_hidden;
    QHash<QString, int> m_colours; // by name, of the series there are
    quint64 m_generation = 0;
};

} // namespace ps
