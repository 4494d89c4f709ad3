#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <chrono>

namespace ps {

// What time a chart shows: the run's (or task's) span, a window ending now, or a custom
// interval; and the step of a range query over it.
class MetricsTimeRange
{
    Q_DECLARE_TR_FUNCTIONS(MetricsTimeRange)

public:
    enum class Preset { RunSpan, Last5m, Last15m, Last1h, Last6h, Last24h, Custom };

    MetricsTimeRange() = default;
    explicit MetricsTimeRange(Preset preset) : m_preset(preset) {}

    static QList<Preset> presets();
    static QString label(Preset preset);

    Preset preset() const { return m_preset; }
    void setPreset(Preset preset) { m_preset = preset; }
    void setCustom(const QDateTime &start, const QDateTime &end);
    // The span of what is shown when the preset is RunSpan; an invalid end means still running.
    void setSpan(const QDateTime &start, const QDateTime &end);

    // Whether the interval ends now, so that a periodic refresh shows something new.
    bool isLive() const;
    QDateTime start(const QDateTime &now) const;
    QDateTime end(const QDateTime &now) const;

    // A range query's step for `pixels` columns: at least `minimum` (the scrape interval) and
    // coarse enough for Prometheus' limit of 11,000 points per series.
    static std::chrono::seconds step(const QDateTime &start, const QDateTime &end, int pixels,
                                     std::chrono::seconds minimum = std::chrono::seconds(1));

private:
    Preset m_preset = Preset::RunSpan;
    QDateTime m_customStart, m_customEnd;
    QDateTime m_spanStart, m_spanEnd;
};

} // namespace ps
