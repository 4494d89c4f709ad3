#pragma once

#include "logmatches.h"
#include "logquery.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace ps {

class LogStore;

// Finds the lines of a LogStore that match a query, off the GUI thread, block by block,
// starting where the user looks (the anchor) and going away from it, so the nearest match is
// shown long before a huge log is searched through. Lines appended later are searched as they
// come. Cancelled by a new query, clear() or deletion.
class LogSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kBlockLines = 16384;
    enum class Direction { Forward, Backward };

    explicit LogSearch(LogStore *store, QObject *parent = nullptr);
    ~LogSearch() override;

    // Searches the whole log: from `anchor` towards the end then the start (Forward), or
    // towards the start then the end (Backward). An invalid expression searches nothing.
    void setQuery(const LogQuery &query, qint64 anchor = 0, Direction direction = Direction::Forward);
    void clear();
    const LogQuery &query() const { return m_query; }
    QString errorString() const { return m_error; }
    bool isActive() const { return !m_query.isEmpty() && m_error.isEmpty(); }
    bool isSearching() const { return m_running; }

    const LogMatches &matches() const { return m_matches; }
    qint64 count() const { return m_matches.count(); }

    // Whether one raw line of the log matches (its text only, without escape sequences).
    static bool lineMatches(QByteArrayView raw, const QRegularExpression &re, QByteArrayView literal);
    // Whether the query means the same run over a block of lines as on each line.
    static bool wholeBlockSafe(const LogQuery &query);

signals:
    // The match nearest the anchor of the latest query, as soon as it is found.
    void firstMatchFound(qint64 line);
    void matchesChanged();
    void finished();

private:
    struct Block {
        qint64 first = 0;
        qint64 count = 0;
        bool backward = false;
    };
    struct Job;
    void start(std::vector<Block> blocks);
    void blockDone(int generation, const Block &block, const std::vector<qint64> &lines);
    void jobDone(int generation);
    void appended(qint64 first, qint64 count);
    void stop();
    static void run(const std::shared_ptr<Job> &job);

    LogStore *m_store;
    LogQuery m_query;
    QRegularExpression m_expression;
    QString m_error;
    LogMatches m_matches;
    std::shared_ptr<Job> m_job;
    QFuture<void> m_future;
    std::vector<Block> m_pending; // appended while a job runs
    int m_generation = 0;
    bool m_running = false;
    bool m_firstReported = true;
};

} // namespace ps
