#pragma once

#include "usagesummary.h"

#include <optional>

namespace ps {

// How one resource of a task fared against what it declared, for the run graph's overlay:
// its peak against its request and limit, and a verdict. Waste: the request was set and the
// peak stayed under a quarter of it. Risk: the peak came within 10 % of the limit (or,
// without a limit, went over the request by half). Unknown without a peak.
struct ResourceFit {
    enum class Verdict { Unknown, Fine, Waste, Risk };

    std::optional<double> peak;
    std::optional<double> request;
    std::optional<double> limit;
    Verdict verdict = Verdict::Unknown;

    static constexpr double kWasteBelow = 0.25;
    static constexpr double kRiskFromLimit = 0.9;
    static constexpr double kRiskOverRequest = 1.5;

    static ResourceFit cpu(const UsageSummary &usage);
    static ResourceFit memory(const UsageSummary &usage);
    static ResourceFit of(double peak, std::optional<double> request, std::optional<double> limit);
    // The largest of peak, request and limit: where a bar's scale ends.
    double scale() const;
};

} // namespace ps
