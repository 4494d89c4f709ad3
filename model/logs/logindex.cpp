#include "logindex.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define PS_LOGINDEX_X86 1
#endif

namespace ps {

namespace {

// Line ends are gathered this many at a time before they go into the index.
constexpr int kBatch = 1024;

// The newlines among 64 bytes, one bit each.
#if PS_LOGINDEX_X86
struct Sse2Newlines {
    std::uint64_t operator()(const char *p) const
    {
        const __m128i nl = _mm_set1_epi8('\n');
        const auto m = [&](int i) {
            return std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i)), nl))));
        };
        return m(0) | m(16) << 16 | m(32) << 32 | m(48) << 48;
    }
};

struct Avx2Newlines {
    __attribute__((target("avx2"))) std::uint64_t operator()(const char *p) const
    {
        const __m256i nl = _mm256_set1_epi8('\n');
        const auto lo = unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(p)), nl)));
        const auto hi = unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32)), nl)));
        return std::uint64_t(lo) | std::uint64_t(hi) << 32;
    }
};
#else
struct PortableNewlines {
    std::uint64_t operator()(const char *p) const
    {
        std::uint64_t mask = 0;
        for (int i = 0; i < 64; ++i)
            mask |= std::uint64_t(p[i] == '\n') << i;
        return mask;
    }
};
#endif

// Finds the line ends (one past each newline) in [0, size) in steps of 64 bytes and hands
// them to `flush` in batches. Gives where it stopped (a multiple of 64).
template <typename Mask, typename Flush>
qint64 scan64(const char *bytes, qint64 size, qint64 origin, Flush &flush)
{
    const Mask mask64;
    qint64 ends[kBatch + 64];
    int n = 0;
    qint64 at = 0;
    for (; at + 64 <= size; at += 64) {
        std::uint64_t mask = mask64(bytes + at);
        const qint64 base = origin + at + 1;
        while (mask) {
            ends[n++] = base + std::countr_zero(mask);
            mask &= mask - 1;
        }
        if (n >= kBatch) {
            flush(ends, n);
            n = 0;
        }
    }
    flush(ends, n);
    return at;
}

#if PS_LOGINDEX_X86
// The same loop compiled for AVX2, with everything it calls inlined into it.
template <typename Flush>
__attribute__((target("avx2,bmi,bmi2,popcnt"), flatten)) qint64 scan64Avx2(const char *bytes, qint64 size, qint64 origin, Flush &flush)
{
    return scan64<Avx2Newlines>(bytes, size, origin, flush);
}
#endif

} // namespace

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
        m_blocks.emplace_back(new Block); // not zeroed: every entry is written before it is read
    Block &block = *m_blocks.back();
    if (inBlock % kGroupLines == 0)
        block.bases[inBlock / kGroupLines] = start;
    // A group spans at most 64 lines of at most kMaxLineBytes: 2 GB, within 32 bits.
    block.deltas[inBlock] = quint32(start - block.bases[inBlock / kGroupLines]);
    ++m_count;
}

void LogIndex::cutLongLine(qint64 upTo)
{
    while (upTo - m_end > kMaxLineBytes) {
        push(m_end);
        m_end += kMaxLineBytes;
        m_longest = kMaxLineBytes;
    }
}

void LogIndex::appendLine(qint64 end)
{
    if (end - m_end > kMaxLineBytes) [[unlikely]]
        cutLongLine(end);
    push(m_end);
    m_longest = std::max(m_longest, end - m_end);
    m_end = end;
}

void LogIndex::appendEnds(const qint64 *ends, qint64 count)
{
    qint64 i = 0;
    while (i < count) {
        // Within one group of the current block, lines need no bookkeeping but their delta.
        const qint64 inBlock = m_count % kBlockLines;
        if (inBlock % kGroupLines == 0 || ends[i] - m_end > kMaxLineBytes) {
            appendLine(ends[i++]);
            continue;
        }
        Block &block = *m_blocks.back();
        const qint64 base = block.bases[inBlock / kGroupLines];
        const qint64 room = std::min<qint64>(kGroupLines - inBlock % kGroupLines, count - i);
        quint32 *delta = block.deltas + inBlock;
        qint64 end = m_end;
        qint64 longest = m_longest;
        qint64 k = 0;
        for (; k < room; ++k) {
            const qint64 next = ends[i + k];
            if (next - end > kMaxLineBytes) [[unlikely]]
                break;
            delta[k] = quint32(end - base);
            longest = std::max(longest, next - end);
            end = next;
        }
        m_count += k;
        m_end = end;
        m_longest = longest;
        i += k;
    }
}

qint64 LogIndex::appendBytesAt(const char *bytes, qint64 size, qint64 offset, bool final)
{
    const qint64 before = m_count;
    const auto flush = [this](const qint64 *ends, int n) { appendEnds(ends, n); };
#if PS_LOGINDEX_X86
    static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt");
    const qint64 at0 = avx2 ? scan64Avx2(bytes, size, offset, flush) : scan64<Sse2Newlines>(bytes, size, offset, flush);
#else
    const qint64 at0 = scan64<PortableNewlines>(bytes, size, offset, flush);
#endif
    qint64 at = at0;
    while (at < size) {
        const auto *found = static_cast<const char *>(std::memchr(bytes + at, '\n', size_t(size - at)));
        if (!found)
            break;
        at = found - bytes + 1;
        appendLine(offset + at);
    }
    if (final && m_end < offset + size)
        appendLine(offset + size);
    else
        cutLongLine(offset + size); // an endless line is cut while it grows
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
