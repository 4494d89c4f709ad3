#include "spanocclusion.h"

#include <algorithm>
#include <bit>

namespace ps {

void SpanOcclusion::reset(const QRect &clip)
{
    const QRect c = clip.normalized();
    m_left = c.left();
    m_top = c.top();
    m_columns = unsigned(std::max(0, c.width()));
    m_rows = std::max(0, c.height());
    m_words = unsigned(m_rows + 63) / 64;
    m_covered.assign(std::size_t(m_columns) * m_words, 0);
}

void SpanOcclusion::add(const QLine &line, std::vector<QLine> &out)
{
    const int x = line.x1();
    const unsigned column = unsigned(x - m_left);
    if (x != line.x2() || column >= m_columns) {
        out.push_back(line);
        return;
    }
    // Rows relative to the clip's top, inside it: outside, nothing shows anyway.
    const int y1 = std::min(line.y1(), line.y2()) - m_top;
    const int y2 = std::max(line.y1(), line.y2()) - m_top;
    const unsigned first = unsigned(std::max(y1, 0));
    const unsigned last = unsigned(std::min(y2, m_rows - 1));
    if (y2 < 0 || y1 >= m_rows)
        return;
    std::uint64_t *covered = m_covered.data() + std::size_t(column) * m_words;
    const unsigned w0 = first / 64;
    const unsigned w1 = last / 64;
    unsigned top = 0; // the first and last row that shows
    unsigned bottom = 0;
    bool shows = false;
    for (unsigned w = w0; w <= w1; ++w) {
        std::uint64_t mask = ~std::uint64_t(0);
        if (w == w0)
            mask &= ~std::uint64_t(0) << (first % 64);
        if (w == w1)
            mask &= ~std::uint64_t(0) >> (63 - last % 64);
        if (const std::uint64_t shown = mask & ~covered[w]) {
            if (!shows)
                top = w * 64 + unsigned(std::countr_zero(shown));
            bottom = w * 64 + 63 - unsigned(std::countl_zero(shown));
            shows = true;
        }
        covered[w] |= mask;
    }
    if (!shows)
        return;
    // One line from the first row that shows to the last: the rows between that are covered
    // are painted over again by the lines that cover them, which are drawn later. For the
    // same reason a single row may take a covered neighbour of the line along: the raster
    // engine draws a zero-length line as a point, several times slower than a short line.
    if (top == bottom && bottom < last)
        ++bottom;
    else if (top == bottom && top > first)
        --top;
    out.emplace_back(x, m_top + int(top), x, m_top + int(bottom));
}

} // namespace ps
