#pragma once

#include <QtGlobal>

#include <vector>

namespace ps {

// The lines of a log that match a search: one bit a line, with counts per 512 lines so the
// k-th match and the rank of a line are found without a list of line numbers (which would
// take 8 bytes a matching line).
class LogMatches
{
public:
    void clear();
    // Makes room for `lines` lines (never shrinks).
    void resize(qint64 lines);
    qint64 size() const { return m_lines; }
    void set(qint64 line);
    bool contains(qint64 line) const;
    qint64 count() const { return m_count; }
    // The number of matching lines before `line`.
    qint64 rank(qint64 line) const;
    // The line of the k-th match (0-based), or -1.
    qint64 select(qint64 k) const;
    // The first match at or after `line`, the last at or before it; -1 when none.
    qint64 next(qint64 line) const;
    qint64 previous(qint64 line) const;
    qint64 memoryBytes() const;

private:
    static constexpr int kWordsPerGroup = 8; // 512 lines
    std::vector<quint64> m_bits;
    std::vector<quint32> m_groupCounts;
    qint64 m_lines = 0;
    qint64 m_count = 0;
};

} // namespace ps
