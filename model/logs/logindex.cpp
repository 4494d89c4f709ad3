#include "logindex.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    if (end - m_end <= kMaxLineBytes) [[likely]] {
        push(m_end);
        m_longest = std::max(m_longest, end - m_end);
        m_end = end;
        return;
    }
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
    qint64 at = 0;
#if defined(__SSE2__)
    // Sixteen bytes a step; each newline found by its bit in the mask.
    const __m128i newline = _mm_set1_epi8('\n');
    for (; at + 16 <= size; at += 16) {
        auto mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + at)), newline)));
        while (mask) {
            appendLine(origin + at + std::countr_zero(mask) + 1);
            mask &= mask - 1;
        }
    }
#endif
    while (at < size) {
        const auto *found = static_cast<const char *>(std::memchr(bytes + at, '\n', size_t(size - at)));
        if (!found)
            break;
        at = found - bytes + 1;
        appendLine(origin + at);
    }
    if (final && m_end < origin + size)
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
