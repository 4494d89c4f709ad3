#include "sseparser.h"

namespace ps {

QList<SseEvent> SseParser::feed(const QByteArray &chunk)
{
    QList<SseEvent> events;
    QList<qsizetype> cut;
    const QByteArrayList lines = m_lines.feed(chunk, &cut);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (cut.contains(i))
            m_broken = true; // a field past the bound: the event it belongs to is lost
        field(lines[i], events);
    }
    return events;
}

void SseParser::reset()
{
    m_lines.takeRest();
    m_event = SseEvent{};
    m_hasData = false;
    m_broken = false;
    m_idBuffer = m_lastEventId; // an id of the half-read event does not count
}

void SseParser::field(const QByteArray &line, QList<SseEvent> &events)
{
    if (line.isEmpty()) {
        m_lastEventId = m_idBuffer; // committed at the blank line, as the SSE rules say
        if (m_broken)
            ++m_droppedEvents;
        else if (m_hasData) {
            m_event.id = m_lastEventId;
            events.append(std::move(m_event));
        }
        m_event = SseEvent{};
        m_hasData = false;
        m_broken = false;
        return;
    }
    if (line.startsWith(':'))
        return; // a comment, or a keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);

    if (name == "data") {
        if (m_broken || m_event.data.size() + value.size() >= m_lines.maxLineBytes()) {
            m_broken = true; // many data lines add up past the bound too
            m_event.data.clear();
            return;
        }
        if (m_hasData)
            m_event.data += '\n';
        m_event.data += value;
        m_hasData = true;
    } else if (name == "event") {
        m_event.type = value.isEmpty() ? QByteArrayLiteral("message") : value;
    } else if (name == "id") {
        if (!value.contains('\0'))
            m_idBuffer = value;
    } else if (name == "retry") {
        bool digits = !value.isEmpty();
        for (const char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (digits && value.size() < 10)
            m_retryMs = value.toInt();
    }
}

} // namespace ps
