#include "logindex.h"

#include <algorithm>
#include <cstring>

namespace ps {

qint64 LogIndex::lineStart(qint64 line) const
{
    const Block &block = *m_blocks[size_t(line / kBlockLines)];
    const qint64 inBlock = line % kBlockLines;
    return block.bases[inBlock / kGroupLines] + block.deltas[inBlock];
}

void LogIndex::push(qint64 start)
{
    const qint64 inBlock = m_count % kBlockLines;
    if (inBlock == 0)
        m_blocks.push_back(std::make_unique<Block>());
    Block &block = *m_blocks.back();
    if (inBlock % kGroupLines == 0)
        block.bases[inBlock / kGroupLines] = start;
    // A group spans at most 64 lines of at most kMaxLineBytes: 2 GB, within 32 bits.
    block.deltas[inBlock] = quint32(start - block.bases[inBlock / kGroupLines]);
    ++m_count;
}

void LogIndex::appendLine(qint64 end)
{
    while (end - m_end > kMaxLineBytes) {
        push(m_end);
        m_end += kMaxLineBytes;
        m_longest = kMaxLineBytes;
    }
    push(m_end);
    m_longest = std::max(m_longest, end - m_end);
    m_end = end;
}

qint64 LogIndex::appendBytes(const char *bytes, qint64 size, bool final)
{
    const qint64 before = m_count;
    const qint64 origin = m_end;
    const char *p = bytes;
    const char *const stop = bytes + size;
    while (p < stop) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(stop - p)));
        if (!newline)
            break;
        p = newline + 1;
        appendLine(origin + (p - bytes));
    }
    if (final && p < stop)
        appendLine(origin + size);
    else
        while (origin + size - m_end > kMaxLineBytes) { // cut an endless line while it grows
            push(m_end);
            m_end += kMaxLineBytes;
            m_longest = kMaxLineBytes;
        }
    return m_count - before;
}

void LogIndex::appendIndex(LogIndex &&other)
{
    if (m_count == 0 && other.m_start == m_end) {
        *this = std::move(other);
        return;
    }
    for (qint64 i = 0; i < other.m_count; ++i)
        appendLine(other.lineEnd(i));
}

qint64 LogIndex::memoryBytes() const
{
    return qint64(m_blocks.size()) * qint64(sizeof(Block)) + qint64(m_blocks.capacity() * sizeof(void *)) + qint64(sizeof(*this));
}

} // namespace ps
