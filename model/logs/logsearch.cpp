#include "logsearch.h"

#include "ansitext.h"
#include "logentry.h"
#include "logstore.h"

#include <QFile>

#include <algorithm>
#include <QtConcurrent/QtConcurrentRun>

namespace ps {

struct LogSearch::Job {
    std::atomic_bool cancelled = false;
    LogSearch *receiver = nullptr; // outlives the job: its destructor waits for it
    const LogStore *store = nullptr;
    QString path;
    QRegularExpression expression;
    QByteArray literal;
    bool wholeBlock = false;
    std::vector<Block> blocks;
    int generation = 0;
};

LogSearch::LogSearch(LogStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &LogStore::linesAppended, this, &LogSearch::appended);
    connect(store, &LogStore::cleared, this, [this] {
        stop();
        m_matches.clear();
        emit matchesChanged();
    });
}

LogSearch::~LogSearch()
{
    stop();
}

void LogSearch::stop()
{
    if (m_job)
        m_job->cancelled = true;
    m_future.waitForFinished(); // a job looks at the flag between lines
    m_job.reset();
    m_pending.clear();
    m_running = false;
    ++m_generation;
}

void LogSearch::clear()
{
    stop();
    m_query = {};
    m_error.clear();
    m_matches.clear();
    emit matchesChanged();
}

void LogSearch::setQuery(const LogQuery &query, qint64 anchor, Direction direction)
{
    clear();
    m_query = query;
    if (query.isEmpty())
        return;
    m_expression = query.expression();
    if (!m_expression.isValid()) {
        m_error = m_expression.errorString();
        emit matchesChanged();
        return;
    }
    const qint64 lines = m_store->lineCount();
    m_matches.resize(lines);
    anchor = std::clamp<qint64>(anchor, 0, std::max<qint64>(lines - 1, 0));
    std::vector<Block> blocks;
    const auto forward = [&](qint64 from, qint64 to) {
        for (qint64 at = from; at < to; at += kBlockLines)
            blocks.push_back({at, std::min(kBlockLines, to - at), false});
    };
    const auto backward = [&](qint64 from, qint64 to) { // [to, from) from the end down
        for (qint64 at = from; at > to; at -= kBlockLines) {
            const qint64 first = std::max(to, at - kBlockLines);
            blocks.push_back({first, at - first, true});
        }
    };
    if (direction == Direction::Forward) {
        forward(anchor, lines);
        backward(anchor, 0);
    } else {
        backward(std::min(anchor + 1, lines), 0);
        forward(std::min(anchor + 1, lines), lines);
    }
    m_firstReported = false;
    start(std::move(blocks));
}

void LogSearch::appended(qint64 first, qint64 count)
{
    if (!isActive())
        return;
    m_matches.resize(first + count);
    std::vector<Block> blocks;
    for (qint64 at = first; at < first + count; at += kBlockLines)
        blocks.push_back({at, std::min(kBlockLines, first + count - at), false});
    if (m_running)
        m_pending.insert(m_pending.end(), blocks.begin(), blocks.end());
    else
        start(std::move(blocks));
}

void LogSearch::start(std::vector<Block> blocks)
{
    if (blocks.empty()) {
        emit matchesChanged();
        emit finished();
        return;
    }
    auto job = std::make_shared<Job>();
    job->receiver = this;
    job->store = m_store;
    job->path = m_store->path();
    job->expression = m_expression;
    job->literal = m_query.literal();
    job->wholeBlock = wholeBlockSafe(m_query);
    job->blocks = std::move(blocks);
    job->generation = m_generation;
    m_job = job;
    m_running = true;
    m_future = QtConcurrent::run([job] { run(job); });
}

namespace {

constexpr qint64 kMaxBlockBytes = 16 << 20;

QByteArrayView lineIn(const QByteArray &bytes, const std::vector<qint64> &starts, qint64 end, size_t i)
{
    const qint64 lineEnd = i + 1 < starts.size() ? starts[i + 1] : end;
    return QByteArrayView(bytes).sliced(starts[i] - starts.front(), lineEnd - starts[i]);
}

// The expression run over the whole block at once finds candidates fast; each is checked on
// its own line's text. Only for expressions that mean the same on a line and in a block
// (no anchors, no lookaround) and blocks without escape sequences. False: not done so.
bool searchWhole(const QByteArray &bytes, const std::vector<qint64> &starts, qint64 end, const QRegularExpression &re,
                 QByteArrayView literal, const std::atomic_bool &cancelled, std::vector<size_t> &found)
{
    if (bytes.contains('\x1b'))
        return false;
    const QString text = QString::fromUtf8(bytes);
    std::vector<qsizetype> lineStarts{0};
    lineStarts.reserve(starts.size());
    for (qsizetype at = text.indexOf(u'\n'); at >= 0 && lineStarts.size() < starts.size(); at = text.indexOf(u'\n', at + 1))
        lineStarts.push_back(at + 1);
    if (lineStarts.size() != starts.size())
        return false; // lines cut by length: not one a newline
    qsizetype from = 0;
    while (from < text.size() && !cancelled) {
        // Valid UTF-16 by construction: checking it again at each match would cost the whole block.
        const QRegularExpressionMatch m =
            re.match(text, from, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!m.hasMatch())
            break;
        const auto i = size_t(std::upper_bound(lineStarts.begin(), lineStarts.end(), m.capturedStart()) - lineStarts.begin() - 1);
        if (LogSearch::lineMatches(lineIn(bytes, starts, end, i), re, literal))
            found.push_back(i);
        if (i + 1 >= lineStarts.size())
            break;
        from = lineStarts[i + 1];
    }
    return true;
}

} // namespace

bool LogSearch::wholeBlockSafe(const LogQuery &query)
{
    if (!query.regex)
        return true;
    for (const QString &risky : {QStringLiteral("^"), QStringLiteral("$"), QStringLiteral("\\A"), QStringLiteral("\\Z"),
                                 QStringLiteral("\\z"), QStringLiteral("\\G"), QStringLiteral("(?")})
        if (query.text.contains(risky))
            return false;
    return true;
}

void LogSearch::run(const std::shared_ptr<Job> &job)
{
    QFile file(job->path);
    const bool open = file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    for (const Block &block : job->blocks) {
        if (job->cancelled || !open)
            break;
        qint64 end = 0;
        const std::vector<qint64> starts = job->store->lineStarts(block.first, block.count, &end);
        std::vector<size_t> found;
        if (!starts.empty()) {
            QByteArray bytes;
            if (end - starts.front() <= kMaxBlockBytes && file.seek(starts.front()))
                bytes = file.read(end - starts.front());
            const bool whole = bytes.size() == end - starts.front();
            if (!whole || !job->wholeBlock || !searchWhole(bytes, starts, end, job->expression, job->literal, job->cancelled, found)) {
                for (size_t i = 0; i < starts.size() && !job->cancelled; ++i) {
                    QByteArray own;
                    if (!whole && file.seek(starts[i]))
                        own = file.read(std::min((i + 1 < starts.size() ? starts[i + 1] : end) - starts[i], LogEntry::kMaxChars + 64));
                    if (lineMatches(whole ? lineIn(bytes, starts, end, i) : QByteArrayView(own), job->expression, job->literal))
                        found.push_back(i);
                }
            }
        }
        if (job->cancelled)
            break;
        std::vector<qint64> lines;
        lines.reserve(found.size());
        for (size_t i : found)
            lines.push_back(block.first + qint64(i));
        QMetaObject::invokeMethod(job->receiver, [receiver = job->receiver, generation = job->generation, block, lines] {
            receiver->blockDone(generation, block, lines);
        }, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(job->receiver, [receiver = job->receiver, generation = job->generation] { receiver->jobDone(generation); },
                              Qt::QueuedConnection);
}

bool LogSearch::lineMatches(QByteArrayView raw, const QRegularExpression &re, QByteArrayView literal)
{
    raw = LogEntry::trimEnd(raw);
    raw = raw.sliced(LogEntry::textOffset(raw));
    const bool escapes = raw.contains('\x1b');
    if (!literal.isEmpty() && !escapes && !raw.contains(literal))
        return false;
    QString text = QString::fromUtf8(raw.first(std::min(raw.size(), LogEntry::kMaxChars)));
    if (escapes)
        text = AnsiText::strip(text);
    return re.match(text, 0, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption).hasMatch();
}

void LogSearch::blockDone(int generation, const Block &block, const std::vector<qint64> &lines)
{
    if (generation != m_generation)
        return;
    for (qint64 line : lines)
        m_matches.set(line);
    if (!m_firstReported && !lines.empty()) {
        m_firstReported = true;
        emit firstMatchFound(block.backward ? lines.back() : lines.front());
    }
    emit matchesChanged();
}

void LogSearch::jobDone(int generation)
{
    if (generation != m_generation)
        return;
    m_running = false;
    m_job.reset();
    if (!m_pending.empty()) {
        start(std::exchange(m_pending, {}));
        return;
    }
    m_firstReported = true;
    emit matchesChanged();
    emit finished();
}

} // namespace ps
