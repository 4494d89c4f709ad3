#include "spanocclusion.h"

#include <algorithm>
#include <bit>

namespace ps {

void SpanOcclusion::reset(const QRect &clip)
{
    m_clip = clip.normalized();
    m_words = (std::max(0, m_clip.height()) + 63) / 64;
    m_covered.assign(std::size_t(std::max(0, m_clip.width())) * std::size_t(m_words), 0);
}

void SpanOcclusion::add(const QLine &line, std::vector<QLine> &out)
{
    const int x = line.x1();
    if (x != line.x2() || x < m_clip.left() || x > m_clip.right() || m_words == 0) {
        out.push_back(line);
        return;
    }
    // Rows relative to the clip's top, inside it: outside, nothing shows anyway.
    const int first = std::max(std::min(line.y1(), line.y2()), m_clip.top()) - m_clip.top();
    const int last = std::min(std::max(line.y1(), line.y2()), m_clip.bottom()) - m_clip.top();
    if (first > last)
        return;
    std::uint64_t *covered = m_covered.data() + std::size_t(x - m_clip.left()) * std::size_t(m_words);
    const int w0 = first / 64;
    const int w1 = last / 64;
    int top = -1;    // the first and last row that shows
    int bottom = -1;
    for (int w = w0; w <= w1; ++w) {
        std::uint64_t mask = ~std::uint64_t(0);
        if (w == w0)
            mask &= ~std::uint64_t(0) << (first % 64);
        if (w == w1)
            mask &= ~std::uint64_t(0) >> (63 - last % 64);
        if (const std::uint64_t shown = mask & ~covered[w]) {
            if (top < 0)
                top = w * 64 + std::countr_zero(shown);
            bottom = w * 64 + 63 - std::countl_zero(shown);
        }
        covered[w] |= mask;
    }
    if (top < 0)
        return;
    // One line from the first row that shows to the last: the rows between that are covered
    // are painted over again by the lines that cover them, which are drawn later. For the
    // same reason a single row may take a covered neighbour of the line along: the raster
    // engine draws a zero-length line as a point, several times slower than a short line.
    if (top == bottom && bottom < last)
        ++bottom;
    else if (top == bottom && top > first)
        --top;
    out.emplace_back(x, m_clip.top() + top, x, m_clip.top() + bottom);
}

} // namespace ps
