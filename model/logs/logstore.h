#pragma once

#include "logentry.h"
#include "logindex.h"
#include "logline.h"

#include <QCache>
#include <QFile>
#include <QFutureWatcher>
#include <QObject>
#include <QReadWriteLock>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace ps {

// A log on disk seen through a line index: any size, in bounded memory. The file may grow
// (a task still writing, a recorder): refresh() indexes what was added, in the background
// when it is much. Lines are decoded on demand into a bounded cache. With create(), the
// store writes the lines given to append() itself, each tagged with its task.
class LogStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kSyncBytes = 1 << 20;    // more than this is indexed off the GUI thread
    // Small enough to stay in the CPU's cache between the copy from the page cache and the
    // scan for newlines (a 4 MiB block made both go to memory: 0.6 of wc -l's speed, not 0.9).
    static constexpr qint64 kReadBlock = 128 << 10;

    explicit LogStore(QObject *parent = nullptr);
    ~LogStore() override;

    // Views the log at `path`; a file that does not exist yet is looked for at each refresh().
    void open(const QString &path);
    // Starts a new log at `path` (truncated) that append() fills. Gives an error text or "".
    QString create(const QString &path);
    void close();
    QString path() const { return m_path; }
    bool isOpen() const { return !m_path.isEmpty(); }

    // Indexes what the file gained since; `final`: it will not grow again, so a last line
    // without a newline counts too.
    void refresh();
    void finish();
    bool isFinal() const { return m_final; }
    bool isIndexing() const { return m_scanning; }

    // Lines tagged by task: tags[i] for lines[i] (none: all 0).
    void append(const LogLines &lines, const QList<quint16> &tags = {});
    void setTagNames(const QStringList &names) { m_tagNames = names; }
    QString tagName(quint16 tag) const { return m_tagNames.value(tag); }
    const QStringList &tagNames() const { return m_tagNames; }

    qint64 lineCount() const { return m_index.lineCount(); }
    qint64 longestLine() const { return m_index.longestLine(); }
    qint64 indexedBytes() const { return m_index.indexedEnd(); }
    LogEntry line(qint64 n) const;
    QByteArray rawLine(qint64 n) const;
    // The line written at `time` or just before it (records only); -1 for none.
    qint64 lineNearTime(const QDateTime &time) const;

    // For workers on other threads: the starts of lines [first, first+count) and where the
    // last of them ends.
    std::vector<qint64> lineStarts(qint64 first, qint64 count, qint64 *end) const;
    quint16 tagOf(qint64 line) const;

    void setCacheLimit(qint64 bytes) { m_cache.setMaxCost(bytes); }
    qint64 cacheBytes() const { return m_cache.totalCost(); }
    // What the store holds in memory: index, tags and cache.
    qint64 memoryBytes() const;

signals:
    void linesAppended(qint64 first, qint64 count);
    void cleared();
    void failed(const QString &error);

private:
    struct Scan {
        LogIndex index;
        QString error;
    };
    static Scan scan(const QString &path, qint64 from, bool final, const std::atomic_bool *cancel);
    void scanned();
    bool ensureReader() const;
    void indexBytes(const QByteArray &bytes);

    QString m_path;
    mutable QFile m_reader;
    QFile m_writer;
    mutable QReadWriteLock m_lock; // guards m_index against lineStarts() from other threads
    LogIndex m_index;
    std::vector<quint16> m_tags;
    QStringList m_tagNames;
    mutable QCache<qint64, LogEntry> m_cache;
    QFutureWatcher<Scan> m_indexing;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_final = false;
    bool m_refreshAgain = false;
    bool m_scanning = false;
};

} // namespace ps
