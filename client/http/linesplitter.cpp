#include "linesplitter.h"

namespace ps {

QByteArrayList LineSplitter::feed(const QByteArray &chunk)
{
    QByteArrayList lines;
    qsizetype start = 0;
    qsizetype end = chunk.indexOf('\n');
    while (end >= 0) {
        QByteArray line = start == 0 && !m_pending.isEmpty() ? m_pending + chunk.mid(0, end)
                                                              : chunk.mid(start, end - start);
        if (start == 0)
            m_pending.clear();
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(std::move(line));
        start = end + 1;
        end = chunk.indexOf('\n', start);
    }
    m_pending.append(chunk.mid(start));
    return lines;
}

QByteArray LineSplitter::takeRest()
{
    QByteArray rest = std::move(m_pending);
    m_pending.clear();
    return rest;
}

} // namespace ps
