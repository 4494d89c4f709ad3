#include "metricstimerange.h"

#include <algorithm>

namespace ps {

namespace {

// Around a run's span, so its first and last samples are not on the edge.
constexpr qint64 kSpanMarginSecs = 5;
constexpr qint64 kMaxPoints = 11000;

qint64 lastSeconds(MetricsTimeRange::Preset preset)
{
    switch (preset) {
    case MetricsTimeRange::Preset::Last5m:
        return 5 * 60;
    case MetricsTimeRange::Preset::Last15m:
        return 15 * 60;
    case MetricsTimeRange::Preset::Last1h:
        return 3600;
    case MetricsTimeRange::Preset::Last6h:
        return 6 * 3600;
    case MetricsTimeRange::Preset::Last24h:
        return 24 * 3600;
    case MetricsTimeRange::Preset::RunSpan:
    case MetricsTimeRange::Preset::Custom:
        break;
    }
    return 0;
}

} // namespace

QList<MetricsTimeRange::Preset> MetricsTimeRange::presets()
{
    return {Preset::RunSpan, Preset::Last5m, Preset::Last15m, Preset::Last1h,
            Preset::Last6h, Preset::Last24h, Preset::Custom};
}

QString MetricsTimeRange::label(Preset preset)
{
    switch (preset) {
    case Preset::RunSpan:
        return tr("Run's span");
    case Preset::Last5m:
        return tr("Last 5 minutes");
    case Preset::Last15m:
        return tr("Last 15 minutes");
    case Preset::Last1h:
        return tr("Last hour");
    case Preset::Last6h:
        return tr("Last 6 hours");
    case Preset::Last24h:
        return tr("Last 24 hours");
    case Preset::Custom:
        return tr("Custom…");
    }
    return {};
}

void MetricsTimeRange::setCustom(const QDateTime &start, const QDateTime &end)
{
    m_customStart = start;
    m_customEnd = end;
}

void MetricsTimeRange::setSpan(const QDateTime &start, const QDateTime &end)
{
    m_spanStart = start;
    m_spanEnd = end;
}

bool MetricsTimeRange::isLive() const
{
    if (m_preset == Preset::Custom)
        return false;
    return m_preset != Preset::RunSpan || !m_spanEnd.isValid();
}

QDateTime MetricsTimeRange::start(const QDateTime &now) const
{
    switch (m_preset) {
    case Preset::RunSpan:
        return m_spanStart.isValid() ? m_spanStart.addSecs(-kSpanMarginSecs) : now.addSecs(-15 * 60);
    case Preset::Custom:
        return m_customStart.isValid() ? m_customStart : now.addSecs(-3600);
    default:
        return now.addSecs(-lastSeconds(m_preset));
    }
}

QDateTime MetricsTimeRange::end(const QDateTime &now) const
{
    if (m_preset == Preset::RunSpan && m_spanEnd.isValid())
        return std::min(now, m_spanEnd.addSecs(kSpanMarginSecs));
    if (m_preset == Preset::Custom && m_customEnd.isValid())
        return m_customEnd;
    return now;
}

std::chrono::seconds MetricsTimeRange::step(const QDateTime &start, const QDateTime &end, int pixels,
                                            std::chrono::seconds minimum)
{
    const qint64 span = std::max<qint64>(1, start.secsTo(end));
    const qint64 perPixel = (span + std::max(1, pixels) - 1) / std::max(1, pixels);
    const qint64 forLimit = (span + kMaxPoints - 1) / kMaxPoints;
    return std::chrono::seconds(std::max({qint64(minimum.count()), perPixel, forLimit}));
}

} // namespace ps
