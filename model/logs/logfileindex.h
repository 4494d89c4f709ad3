#pragma once

#include "trigrambitmap.h"

#include <QString>

#include <atomic>
#include <vector>

namespace ps {

// A search index of one log file: the file cut at line ends into chunks of about
// kChunkBytes, each with its first line number and the trigrams it holds, so a search reads
// only the chunks that may hold a match (about 3 % of the log's size). A growing log is
// extended where the index ends; a log rewritten from the start is indexed again. Saved
// beside other indexes in a folder of the caller's choice, named after the log's path.
class LogFileIndex
{
public:
    static constexpr qint64 kChunkBytes = 256 << 10;

    struct Chunk {
        qint64 offset = 0;
        qint64 size = 0;
        qint64 firstLine = 0;
        TrigramBitmap trigrams;
    };

    explicit LogFileIndex(QString logPath = {}) : m_logPath(std::move(logPath)) {}

    QString logPath() const { return m_logPath; }
    // Bytes and lines of the log the chunks cover (whole lines only).
    qint64 coveredBytes() const { return m_chunks.empty() ? 0 : m_chunks.back().offset + m_chunks.back().size; }
    qint64 coveredLines() const { return m_lines; }
    const std::vector<Chunk> &chunks() const { return m_chunks; }

    // Indexes what the log gained since (all of it after a rewrite). Gives an error text or "".
    QString update(const std::atomic_bool *cancel = nullptr);

    // The index file of `logPath` in `dir`.
    static QString indexPathFor(const QString &dir, const QString &logPath);
    // Reads the saved index of `logPath` (an empty index when there is none or it is unreadable).
    static LogFileIndex load(const QString &dir, const QString &logPath);
    QString save(const QString &dir) const;

private:
    static QByteArray headOf(const QString &path);
    void addChunk(qint64 offset, const QByteArray &bytes, qint64 size, qint64 lines);

    QString m_logPath;
    QByteArray m_head;            // the log's first bytes when indexed: a rewrite shows here
    std::vector<Chunk> m_chunks;
    qint64 m_lines = 0;
};

} // namespace ps
