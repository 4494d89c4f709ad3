#include "logstore.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LogStore)
};

constexpr qint64 kDefaultCache = 8 << 20;

} // namespace

LogStore::LogStore(QObject *parent) : QObject(parent), m_cache(kDefaultCache)
{
    connect(&m_indexing, &QFutureWatcher<Scan>::finished, this, &LogStore::scanned);
}

LogStore::~LogStore()
{
    close();
}

void LogStore::close()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_scanning) // (a future whose result was taken never reports finished again)
        m_indexing.waitForFinished(); // at most one read block: the scan looks at the flag between blocks
    m_reader.close();
    m_writer.close();
    m_path.clear();
    {
        QWriteLocker lock(&m_lock);
        m_index = LogIndex();
        std::vector<quint16>().swap(m_tags);
    }
    m_tagNames.clear();
    m_cache.clear();
    m_final = false;
    m_refreshAgain = false;
    m_scanning = false;
    emit cleared();
}

void LogStore::open(const QString &path)
{
    close();
    m_path = path;
    refresh();
}

QString LogStore::create(const QString &path)
{
    close();
    m_writer.setFileName(path);
    if (!m_writer.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Tr::tr("cannot write the log %1: %2").arg(path, m_writer.errorString());
    m_path = path;
    ensureReader();
    return {};
}

bool LogStore::ensureReader() const
{
    if (m_reader.isOpen())
        return true;
    m_reader.setFileName(m_path);
    return m_reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void LogStore::refresh()
{
    if (m_path.isEmpty() || m_writer.isOpen())
        return;
    if (m_indexing.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    if (!ensureReader())
        return;
    const qint64 from = m_index.indexedEnd();
    const qint64 pending = m_reader.size() - from;
    if (pending <= 0)
        return;
    if (pending > kSyncBytes) {
        m_cancel = std::make_shared<std::atomic_bool>(false);
        m_scanning = true;
        m_indexing.setFuture(QtConcurrent::run([path = m_path, from, final = m_final, cancel = m_cancel] {
            return scan(path, from, final, cancel.get());
        }));
        return;
    }
    if (!m_reader.seek(from))
        return;
    indexBytes(m_reader.read(pending));
}

void LogStore::indexBytes(const QByteArray &bytes)
{
    const qint64 first = m_index.lineCount();
    {
        QWriteLocker lock(&m_lock);
        m_index.appendBytes(bytes.constData(), bytes.size(), m_final);
    }
    if (m_index.lineCount() > first)
        emit linesAppended(first, m_index.lineCount() - first);
}

LogStore::Scan LogStore::scan(const QString &path, qint64 from, bool final, const std::atomic_bool *cancel)
{
    Scan result{LogIndex(from), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(from)) {
        result.error = Tr::tr("cannot read the log %1: %2").arg(path, file.errorString());
        return result;
    }
    // Indexes block after block where it lies in the file; a line cut by a block's end needs
    // no copy, the index knows where it began.
    QByteArray buffer(kReadBlock, Qt::Uninitialized);
    const qint64 end = file.size();
    qint64 position = from;
    while (position < end && !*cancel) {
        const qint64 got = file.read(buffer.data(), std::min(kReadBlock, end - position));
        if (got <= 0)
            break;
        result.index.appendBytesAt(buffer.constData(), got, position, final && position + got >= end);
        position += got;
    }
    return result;
}

void LogStore::scanned()
{
    if (!m_scanning)
        return; // a scan that close() abandoned
    m_scanning = false;
    Scan result = m_indexing.future().takeResult();
    if (!result.error.isEmpty())
        emit failed(result.error);
    if (m_path.isEmpty() || (m_cancel && *m_cancel))
        return;
    const qint64 first = m_index.lineCount();
    {
        QWriteLocker lock(&m_lock);
        m_index.appendIndex(std::move(result.index));
    }
    if (m_index.lineCount() > first)
        emit linesAppended(first, m_index.lineCount() - first);
    if (std::exchange(m_refreshAgain, false) || m_final)
        refresh();
}

void LogStore::finish()
{
    m_final = true;
    if (m_writer.isOpen())
        return;
    refresh();
}

void LogStore::append(const LogLines &lines, const QList<quint16> &tags)
{
    if (!m_writer.isOpen() || lines.isEmpty())
        return;
    QByteArray block;
    std::vector<qint64> ends;
    ends.reserve(size_t(lines.size()));
    for (const LogLine &l : lines) {
        block += l.toRecord();
        ends.push_back(block.size());
    }
    if (m_writer.write(block) != block.size() || !m_writer.flush()) {
        emit failed(Tr::tr("cannot write the log %1: %2").arg(m_path, m_writer.errorString()));
        return;
    }
    const qint64 first = m_index.lineCount();
    const qint64 origin = m_index.indexedEnd();
    {
        QWriteLocker lock(&m_lock);
        for (size_t i = 0; i < ends.size(); ++i) {
            m_index.appendLine(origin + ends[i]);
            m_tags.resize(size_t(m_index.lineCount()), tags.value(qsizetype(i)));
        }
    }
    emit linesAppended(first, m_index.lineCount() - first);
}

QByteArray LogStore::rawLine(qint64 n) const
{
    if (n < 0 || n >= m_index.lineCount() || !ensureReader())
        return {};
    const qint64 start = m_index.lineStart(n);
    // Enough for the record's time and stream and the most text a line shows.
    const qint64 length = std::min(m_index.lineEnd(n) - start, LogEntry::kMaxChars + 64);
    if (!m_reader.seek(start))
        return {};
    return m_reader.read(length);
}

LogEntry LogStore::line(qint64 n) const
{
    if (const LogEntry *cached = m_cache.object(n))
        return *cached;
    const QByteArray raw = rawLine(n);
    auto *entry = new LogEntry(LogEntry::decode(raw));
    if (raw.size() == LogEntry::kMaxChars + 64)
        entry->truncated = true;
    if (size_t(n) < m_tags.size())
        entry->tag = m_tags[size_t(n)];
    const LogEntry copy = *entry;
    m_cache.insert(n, entry, qsizetype(copy.text.size()) * 2 + qsizetype(sizeof(LogEntry)) + 32);
    return copy;
}

qint64 LogStore::lineNearTime(const QDateTime &time) const
{
    // Lines are in time order (a log of several tasks: nearly), so halving finds it.
    qint64 low = 0;
    qint64 high = m_index.lineCount() - 1;
    qint64 best = -1;
    while (low <= high) {
        const qint64 mid = low + (high - low) / 2;
        const QDateTime at = LogEntry::timeOf(rawLine(mid));
        if (!at.isValid())
            return best;
        if (at <= time) {
            best = mid;
            low = mid + 1;
        } else {
            high = mid - 1;
        }
    }
    return best < 0 && m_index.lineCount() > 0 ? 0 : best;
}

std::vector<qint64> LogStore::lineStarts(qint64 first, qint64 count, qint64 *end) const
{
    QReadLocker lock(&m_lock);
    std::vector<qint64> starts;
    count = std::min(count, m_index.lineCount() - first);
    if (first < 0 || count <= 0)
        return starts;
    starts.reserve(size_t(count));
    for (qint64 i = first; i < first + count; ++i)
        starts.push_back(m_index.lineStart(i));
    *end = m_index.lineEnd(first + count - 1);
    return starts;
}

quint16 LogStore::tagOf(qint64 line) const
{
    QReadLocker lock(&m_lock);
    return line >= 0 && size_t(line) < m_tags.size() ? m_tags[size_t(line)] : 0;
}

qint64 LogStore::memoryBytes() const
{
    return m_index.memoryBytes() + qint64(m_tags.capacity() * sizeof(quint16)) + m_cache.totalCost();
}

} // namespace ps
