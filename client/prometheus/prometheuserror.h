#pragma once

#include <QString>

namespace ps {

// Why a Prometheus call failed. `message` is what the user sees: for a refused query it
// is Prometheus' own `error` text (with `errorType` beside it), otherwise a translated
// sentence that says what failed, where, and what to do.
struct PrometheusError {
    enum class Kind {
        None,
        Unreachable,   // nothing answers at the URL (refused, unknown host, TLS failure)
        Timeout,
        Unauthorized,  // 401/403
        Api,           // Prometheus answered {"status":"error", …}
        BadResponse,   // an answer that is not Prometheus' JSON
        Cancelled,
    };

    Kind kind = Kind::None;
    QString errorType; // Prometheus' errorType: bad_data, execution, timeout, …
    QString message;
    int httpStatus = 0;

    bool isError() const { return kind != Kind::None; }
};

} // namespace ps
