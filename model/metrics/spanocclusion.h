#pragma once

#include <QLine>
#include <QRect>

#include <cstdint>
#include <vector>

namespace ps {

// Opaque one-pixel lines drawn in order over each other, inside a clip rectangle: which
// parts of each are worth drawing. Fed the vertical lines from the last drawn to the first,
// it drops those that later ones cover entirely, and shortens the others to the rows from
// the first to the last that no later line covers (and that lie inside the clip). So many
// overlapping series cost what the chart's area costs, not what their data does. The image
// is the same: a covered pixel that is still drawn is painted over again later by the line
// that covers it. Other lines pass through whole.
class SpanOcclusion
{
public:
    // Starts over, with nothing covered, for the pixels of `clip`.
    void reset(const QRect &clip);
    // Appends to `out` what to draw of `line`, if anything, given the vertical lines given
    // before (end points included, as a cosmetic pen draws them); then the line covers.
    void add(const QLine &line, std::vector<QLine> &out);

private:
    int m_left = 0;
    int m_top = 0;
    unsigned m_columns = 0;
    int m_rows = 0;
    unsigned m_words = 0; // per column: one bit per row of the clip
    std::vector<std::uint64_t> m_covered;
};

} // namespace ps
