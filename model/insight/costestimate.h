#pragma once

#include "prices.h"
#include "runsnapshot.h"

#include <optional>

namespace ps {

// The estimated cost of a task attempt or a run, two ways:
// - from requests: what was reserved (requested cores, memory and GPUs for the wall time);
// - from usage: what was used (CPU time, mean memory for the wall time, GPUs for the wall
//   time at their mean utilisation, or whole when it is unknown).
// Unset where the prices or the record do not say enough (no price, nothing requested).
struct CostEstimate {
    std::optional<double> fromRequests;
    std::optional<double> fromUsage;

    static CostEstimate ofUsage(const UsageSummary &usage, const Prices &prices);
    // The sum over the run's nodes with a usage record.
    static CostEstimate ofRun(const RunSnapshot &run, const Prices &prices);
    // "1.23 EUR", or "—" when unset.
    static QString text(std::optional<double> amount, const Prices &prices);
    CostEstimate &operator+=(const CostEstimate &other);
    bool operator==(const CostEstimate &) const = default;
};

} // namespace ps
