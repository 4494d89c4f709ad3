#pragma once

#include <QString>

#include <optional>

namespace ps {

// Where in an expression Prometheus says its error is: "1:17: parse error: …" (line and
// column, 1-based) or, from older versions, "parse error at char 17: …".
struct PromQlErrorPosition {
    int line = 1;
    int column = 1;

    static std::optional<PromQlErrorPosition> fromMessage(const QString &message);
    // The character offset in `expression` (clamped to its length).
    int offsetIn(const QString &expression) const;
};

} // namespace ps
