#include "logmatches.h"

#include <bit>

namespace ps {

void LogMatches::clear()
{
    m_bits.clear();
    m_groupCounts.clear();
    m_lines = 0;
    m_count = 0;
}

void LogMatches::resize(qint64 lines)
{
    if (lines <= m_lines)
        return;
    m_lines = lines;
    const size_t groups = size_t((lines + 511) / 512);
    m_bits.resize(groups * kWordsPerGroup, 0);
    m_groupCounts.resize(groups, 0);
}

void LogMatches::set(qint64 line)
{
    if (line >= m_lines)
        resize(line + 1);
    quint64 &word = m_bits[size_t(line / 64)];
    const quint64 bit = quint64(1) << (line % 64);
    if (word & bit)
        return;
    word |= bit;
    ++m_groupCounts[size_t(line / 512)];
    ++m_count;
}

bool LogMatches::contains(qint64 line) const
{
    return line >= 0 && line < m_lines && (m_bits[size_t(line / 64)] >> (line % 64)) & 1;
}

qint64 LogMatches::rank(qint64 line) const
{
    line = std::min(line, m_lines);
    qint64 total = 0;
    const qint64 group = line / 512;
    for (qint64 g = 0; g < group; ++g)
        total += m_groupCounts[size_t(g)];
    for (qint64 w = group * kWordsPerGroup; w < line / 64; ++w)
        total += std::popcount(m_bits[size_t(w)]);
    if (line % 64)
        total += std::popcount(m_bits[size_t(line / 64)] & ((quint64(1) << (line % 64)) - 1));
    return total;
}

qint64 LogMatches::select(qint64 k) const
{
    if (k < 0 || k >= m_count)
        return -1;
    size_t g = 0;
    while (k >= qint64(m_groupCounts[g]))
        k -= m_groupCounts[g++];
    for (size_t w = g * kWordsPerGroup;; ++w) {
        quint64 word = m_bits[w];
        const int ones = std::popcount(word);
        if (k < ones) {
            for (; k > 0; --k)
                word &= word - 1;
            return qint64(w) * 64 + std::countr_zero(word);
        }
        k -= ones;
    }
}

qint64 LogMatches::next(qint64 line) const
{
    if (line < 0)
        line = 0;
    if (line >= m_lines)
        return -1;
    size_t w = size_t(line / 64);
    quint64 word = m_bits[w] & (~quint64(0) << (line % 64));
    while (true) {
        if (word)
            return qint64(w) * 64 + std::countr_zero(word);
        if (++w >= m_bits.size())
            return -1;
        // Skip empty groups whole.
        if (w % kWordsPerGroup == 0)
            while (w < m_bits.size() && m_groupCounts[w / kWordsPerGroup] == 0)
                w += kWordsPerGroup;
        if (w >= m_bits.size())
            return -1;
        word = m_bits[w];
    }
}

qint64 LogMatches::previous(qint64 line) const
{
    if (line >= m_lines)
        line = m_lines - 1;
    if (line < 0)
        return -1;
    qint64 w = line / 64;
    const int shift = 63 - int(line % 64);
    quint64 word = (m_bits[size_t(w)] << shift) >> shift;
    while (true) {
        if (word)
            return w * 64 + 63 - std::countl_zero(word);
        if (--w < 0)
            return -1;
        if (w % kWordsPerGroup == kWordsPerGroup - 1)
            while (w >= 0 && m_groupCounts[size_t(w / kWordsPerGroup)] == 0)
                w -= kWordsPerGroup;
        if (w < 0)
            return -1;
        word = m_bits[size_t(w)];
    }
}

qint64 LogMatches::memoryBytes() const
{
    return qint64(m_bits.capacity() * sizeof(quint64) + m_groupCounts.capacity() * sizeof(quint32));
}

} // namespace ps
