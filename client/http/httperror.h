#pragma once

#include <QString>

namespace ps {

// Why an exchange failed, as a value. `message` is translated and says what failed and
// where; `detail` is libcurl's own text, for logs and a "details" disclosure.
struct HttpError {
    enum class Kind {
        None,
        ConnectionRefused, // nothing listens at the address
        HostNotFound,
        Timeout,
        Tls,               // certificate rejected, handshake failed
        ConnectionLost,    // the server hung up mid-way
        HttpStatus,        // the server answered with 4xx or 5xx
        TooLarge,          // body over HttpRequest::maxBodyBytes
        Cancelled,
        Other,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    QString detail;

    bool isError() const { return kind != Kind::None; }
    // Worth another attempt for an idempotent request.
    bool isTransient() const;
};

} // namespace ps
