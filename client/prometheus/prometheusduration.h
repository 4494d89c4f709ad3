#pragma once

#include <QStringView>

#include <chrono>
#include <optional>

namespace ps {

// Prometheus' duration syntax, for --range/--step and the range picker: units ms, s, m,
// h, d, w, y in decreasing order ("1h30m", "250ms", "2d"), or plain (fractional) seconds.
class PrometheusDuration
{
public:
    static std::optional<std::chrono::milliseconds> parse(QStringView text);
    // The shortest Prometheus spelling of a duration ("90s" → "1m30s").
    static QString format(std::chrono::milliseconds duration);
};

} // namespace ps
