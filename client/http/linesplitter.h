#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace ps {

// Cuts a streamed body into lines whatever the chunk boundaries: a line cut across two
// chunks comes out whole once its end arrives. Accepts \n and \r\n endings.
class LineSplitter
{
public:
    // The complete lines in this chunk and the ones before, without their line ends.
    QByteArrayList feed(const QByteArray &chunk);
    // The unterminated rest, at the end of the stream; clears it.
    QByteArray takeRest();
    qsizetype pendingBytes() const { return m_pending.size(); }

private:
    QByteArray m_pending;
};

} // namespace ps
