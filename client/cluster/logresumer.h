#pragma once

#include "logline.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace ps {

// Keeps a followed log whole across reconnections. Lines come as Kubernetes writes them
// with timestamps=true ("2024-05-01T10:00:00.123456789Z text"). The APIs resume only from
// a whole second (sinceTime), so a new connection repeats the lines of the last second:
// those already delivered are recognised (as a multiset, so a line written twice in the
// same second still shows twice) and dropped. Nothing is lost and nothing repeats.
class LogResumer
{
public:
    // The line to deliver, or nothing when it was delivered before.
    std::optional<LogLine> accept(QByteArrayView rawLine);
    // Call when a new connection starts from resumeFrom().
    void reconnecting();
    // Where the next connection starts: the whole second of the last delivered line;
    // invalid before the first line.
    QDateTime resumeFrom() const;
    qint64 delivered() const { return m_delivered; }

    // Splits "TIMESTAMP text"; the time is invalid when the line has none.
    static LogLine parse(QByteArrayView rawLine);

private:
    qint64 m_windowSecond = -1;          // epoch second of the lines in m_window
    QHash<QByteArray, int> m_window;     // raw lines delivered in that second
    QHash<QByteArray, int> m_replay;     // what a new connection will send again
    qint64 m_delivered = 0;
};

} // namespace ps
