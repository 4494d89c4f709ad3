#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

namespace ps {

// Where each line of a log file starts, in about 4 bytes a line: lines are grouped by 64,
// each group keeps its first offset (8 bytes) and every line its distance from it (4 bytes).
// Blocks of 64k lines are allocated as needed, so growing never copies what is indexed.
// A line longer than kMaxLineBytes counts as several lines of at most that size.
class LogIndex
{
public:
    static constexpr int kGroupLines = 64;
    static constexpr int kBlockLines = 1 << 16;
    static constexpr qint64 kMaxLineBytes = qint64(32) << 20;

    LogIndex() = default;
    explicit LogIndex(qint64 start) : m_end(start), m_start(start) {}
    LogIndex(LogIndex &&) noexcept = default;
    LogIndex &operator=(LogIndex &&) noexcept = default;

    qint64 lineCount() const { return m_count; }
    // The offset of the first byte of `line`, and one past its last byte (newline included).
    qint64 lineStart(qint64 line) const;
    qint64 lineEnd(qint64 line) const { return line + 1 < m_count ? lineStart(line + 1) : m_end; }
    // Where the next line starts: everything before it is indexed.
    qint64 indexedEnd() const { return m_end; }
    qint64 longestLine() const { return m_longest; }

    // A complete line from indexedEnd() up to `end` (exclusive, its newline included).
    void appendLine(qint64 end);
    // Every line of `bytes`, which sit at indexedEnd() in the file; a last piece without a
    // newline stays unindexed unless `final`. Gives the number of lines added.
    qint64 appendBytes(const char *bytes, qint64 size, bool final) { return appendBytesAt(bytes, size, m_end, final); }
    // The same for `bytes` at `offset` ≥ indexedEnd(), where what lies between is the start
    // of a line that has no newline yet (so a reader need not keep it to index the rest).
    qint64 appendBytesAt(const char *bytes, qint64 size, qint64 offset, bool final);
    // Lines indexed by another index that starts at indexedEnd().
    void appendIndex(LogIndex &&other);
    qint64 memoryBytes() const;

private:
    struct Block {
        qint64 bases[kBlockLines / kGroupLines];
        quint32 deltas[kBlockLines];
    };
    void push(qint64 start);
    void appendEnds(const qint64 *ends, qint64 count);
    void cutLongLine(qint64 upTo);

    std::vector<std::unique_ptr<Block>> m_blocks;
    qint64 m_count = 0;
    qint64 m_end = 0;
    qint64 m_start = 0;
    qint64 m_longest = 0;
};

} // namespace ps
