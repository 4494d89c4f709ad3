#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ps {

// Whether a backend hears its server: connected; reconnecting since a moment (a watch or poll
// failed and is tried again, with why); or refused (the server said no, e.g. 401/403, or it
// was given up after repeated failures), with the reason. What a backend shows of its unfinished
// runs is then stale.
struct ConnectionState {
    enum class Kind { Connected, Reconnecting, Refused };
    Kind kind = Kind::Connected;
    QDateTime since;    // when it entered this state (UTC)
    QString reason;     // Reconnecting, Refused: why, for people

    bool isConnected() const { return kind == Kind::Connected; }
    bool operator==(const ConnectionState &) const = default;
};

} // namespace ps

Q_DECLARE_METATYPE(ps::ConnectionState)
