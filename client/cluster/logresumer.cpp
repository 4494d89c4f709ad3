#include "logresumer.h"

namespace ps {

LogLine LogResumer::parse(QByteArrayView raw)
{
    LogLine line;
    const qsizetype space = raw.indexOf(' ');
    const QByteArrayView stamp = space > 0 ? raw.first(space) : QByteArrayView();
    if (stamp.size() >= 20 && stamp.at(4) == '-' && stamp.at(10) == 'T') {
        // Qt reads at most milliseconds: cut the nanoseconds, keep the zone.
        QByteArray text = stamp.toByteArray();
        const qsizetype dot = text.indexOf('.');
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < text.size() && std::isdigit(static_cast<unsigned char>(text.at(end))))
                ++end;
            text = text.left(std::min(end, dot + 4)) + text.mid(end);
        }
        line.time = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
    }
    if (line.time.isValid())
        line.text = QString::fromUtf8(raw.sliced(space + 1));
    else
        line.text = QString::fromUtf8(raw);
    return line;
}

std::optional<LogLine> LogResumer::accept(QByteArrayView rawLine)
{
    LogLine line = parse(rawLine);
    if (!line.time.isValid()) {
        line.time = QDateTime::currentDateTimeUtc();
        ++m_delivered;
        return line;
    }
    const qint64 second = line.time.toSecsSinceEpoch();
    if (second < m_windowSecond)
        return std::nullopt; // before where we resumed: already delivered
    const QByteArray key = rawLine.toByteArray();
    if (second == m_windowSecond) {
        const auto it = m_replay.find(key);
        if (it != m_replay.end()) {
            if (--it.value() == 0)
                m_replay.erase(it);
            return std::nullopt;
        }
    } else {
        m_windowSecond = second;
        m_window.clear();
        m_replay.clear();
    }
    ++m_window[key];
    ++m_delivered;
    return line;
}

void LogResumer::reconnecting()
{
    m_replay = m_window;
}

QDateTime LogResumer::resumeFrom() const
{
    return m_windowSecond < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(m_windowSecond, Qt::UTC);
}

} // namespace ps
