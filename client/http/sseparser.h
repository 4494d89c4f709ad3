#pragma once

#include "linesplitter.h"
#include "sseevent.h"

#include <QList>

namespace ps {

// Reads a text/event-stream body (Argo's watch and log streams) chunk by chunk, as the
// HTML Server-Sent Events rules say: events end at a blank line, `data` lines join,
// comments (":") are dropped, `id` and `retry` carry over to the next connection. An
// event larger than the line bound is dropped whole (and counted), never half delivered.
class SseParser
{
public:
    QList<SseEvent> feed(const QByteArray &chunk);
    // The connection broke: forget the half-read event, keep the id to resume from.
    void reset();

    // The id of the last whole event: where a new connection resumes.
    QByteArray lastEventId() const { return m_lastEventId; }
    // Reconnection delay the server asked for, or -1.
    int retryMs() const { return m_retryMs; }
    // Events skipped because they were larger than LineSplitter::kDefaultMaxLineBytes.
    int droppedEvents() const { return m_droppedEvents; }

private:
    void field(const QByteArray &line, QList<SseEvent> &events);

    LineSplitter m_lines;
    SseEvent m_event;
    bool m_hasData = false;
    bool m_broken = false;
    int m_droppedEvents = 0;
    QByteArray m_idBuffer;
    QByteArray m_lastEventId;
    int m_retryMs = -1;
};

} // namespace ps
