#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

namespace ps {

// Cuts a streamed body into lines whatever the chunk boundaries: a line cut across two
// chunks comes out whole once its end arrives. Accepts \n and \r\n endings. A line never
// holds more than `maxLineBytes`: the rest of a longer one is dropped as it arrives, so a
// server that never sends a line end cannot fill the memory.
class LineSplitter
{
public:
    static constexpr qsizetype kDefaultMaxLineBytes = 64LL * 1024 * 1024;
    explicit LineSplitter(qsizetype maxLineBytes = kDefaultMaxLineBytes) : m_maxLineBytes(maxLineBytes) {}

    // The complete lines in this chunk and the ones before, without their line ends. The
    // indexes (into the result) of lines cut at the bound go to `cut`, when given.
    QByteArrayList feed(const QByteArray &chunk, QList<qsizetype> *cut = nullptr);
    // The unterminated rest, at the end of the stream; clears it.
    QByteArray takeRest();
    qsizetype pendingBytes() const { return m_pending.size(); }
    qsizetype maxLineBytes() const { return m_maxLineBytes; }

private:
    void keep(const char *data, qsizetype size);

    QByteArray m_pending;
    qsizetype m_maxLineBytes;
    bool m_pendingCut = false;
};

} // namespace ps
