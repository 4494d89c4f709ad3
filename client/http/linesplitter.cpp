#include "linesplitter.h"

#include <algorithm>

namespace ps {

void LineSplitter::keep(const char *data, qsizetype size)
{
    const qsizetype room = std::max<qsizetype>(0, m_maxLineBytes - m_pending.size());
    if (size > room)
        m_pendingCut = true;
    m_pending.append(data, std::min(size, room));
}

QByteArrayList LineSplitter::feed(const QByteArray &chunk, QList<qsizetype> *cut)
{
    QByteArrayList lines;
    qsizetype start = 0;
    qsizetype end = chunk.indexOf('\n');
    while (end >= 0) {
        QByteArray line;
        if (m_pending.isEmpty() && !m_pendingCut && end - start <= m_maxLineBytes) {
            line = chunk.mid(start, end - start);
        } else {
            keep(chunk.constData() + start, end - start);
            line = std::move(m_pending);
            m_pending = QByteArray();
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_pendingCut && cut)
            cut->append(lines.size());
        m_pendingCut = false;
        lines.append(std::move(line));
        start = end + 1;
        end = chunk.indexOf('\n', start);
    }
    keep(chunk.constData() + start, chunk.size() - start);
    return lines;
}

QByteArray LineSplitter::takeRest()
{
    QByteArray rest = std::move(m_pending);
    m_pending = QByteArray();
    m_pendingCut = false;
    return rest;
}

} // namespace ps
