#include "locallogstream.h"

#include "localrun.h"

namespace ps {

LocalLogStream::LocalLogStream(const QString &path, const QString &nodeId, LocalRun *run, QObject *parent)
    : LogStream(parent), m_file(path), m_nodeId(nodeId), m_run(run)
{
    if (m_file.open(QIODevice::ReadOnly))
        m_historyEnd = m_file.size();
    if (m_run) {
        connect(m_run, &LocalRun::linesWritten, this, &LocalLogStream::live);
        connect(m_run, &LocalRun::changed, this, &LocalLogStream::checkDone);
    }
    m_reader.setInterval(0);
    connect(&m_reader, &QTimer::timeout, this, &LocalLogStream::readChunk);
    m_reader.start();
}

void LocalLogStream::followFile(std::function<bool()> ended)
{
    m_ended = std::move(ended);
    m_tail.setInterval(kTailMs);
    connect(&m_tail, &QTimer::timeout, this, &LocalLogStream::tail);
}

void LocalLogStream::tail()
{
    // The node's end is read before the file: what it wrote last is then in the file.
    const bool ended = m_ended();
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly)) {
        if (ended)
            checkDone();
        return;
    }
    LogLines lines;
    for (QByteArray chunk = m_file.read(kChunk); !chunk.isEmpty(); chunk = lines.size() > 10000 ? QByteArray() : m_file.read(kChunk)) {
        m_partial += chunk;
        const qsizetype lastNewline = m_partial.lastIndexOf('\n');
        if (lastNewline < 0)
            continue;
        for (const QByteArray &record : QByteArrayView(m_partial).first(lastNewline).toByteArray().split('\n'))
            if (const auto line = LogLine::fromRecord(record))
                lines.append(*line);
        m_partial.remove(0, lastNewline + 1);
    }
    if (!lines.isEmpty())
        emit linesArrived(lines);
    if (ended && m_file.atEnd())
        checkDone();
}

void LocalLogStream::readChunk()
{
    LogLines lines;
    if (m_file.isOpen() && m_file.pos() < m_historyEnd) {
        m_partial += m_file.read(std::min(kChunk, m_historyEnd - m_file.pos()));
        const qsizetype lastNewline = m_partial.lastIndexOf('\n');
        if (lastNewline >= 0) {
            for (const QByteArray &record : QByteArrayView(m_partial).first(lastNewline).toByteArray().split('\n'))
                if (const auto line = LogLine::fromRecord(record))
                    lines.append(*line);
            m_partial.remove(0, lastNewline + 1);
        }
    }
    const bool done = !m_file.isOpen() || m_file.pos() >= m_historyEnd;
    if (done) {
        m_reader.stop();
        m_historyDone = true;
        lines += std::exchange(m_held, {});
    }
    if (!lines.isEmpty())
        emit linesArrived(lines);
    if (done && m_ended)
        m_tail.start();
    else if (done)
        checkDone();
}

void LocalLogStream::live(const QString &nodeId, const LogLines &lines)
{
    if (nodeId != m_nodeId)
        return;
    if (!m_historyDone) {
        m_held += lines; // bounded by what arrives while at most a few chunks are read
        return;
    }
    emit linesArrived(lines);
}

void LocalLogStream::checkDone()
{
    if (m_finished || !m_historyDone)
        return;
    const RunNode *node = m_run ? m_run->snapshot().node(m_nodeId) : nullptr;
    if (m_ended ? m_ended() : (!m_run || m_run->isFinished() || (node && ps::isFinished(node->phase)))) {
        m_tail.stop();
        m_finished = true;
        emit finished();
    }
}

} // namespace ps
