#include "runlogfeed.h"

#include "locallogstream.h"
#include "logrecorder.h"
#include "logstore.h"
#include "logstream.h"
#include "runbackend.h"

#include <QStandardPaths>

#include <algorithm>
#include <numeric>

namespace ps {

RunLogFeed::RunLogFeed(RunBackend *backend, const QString &runId, const QString &nodeId, LogStore *store, const QString &recordDir,
                       QObject *parent)
    : QObject(parent), m_backend(backend), m_runId(runId), m_nodeId(nodeId), m_store(store), m_recordDir(recordDir)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, m_store, &LogStore::refresh);
    m_batch.setInterval(kBatchMs);
    m_batch.setSingleShot(true);
    connect(&m_batch, &QTimer::timeout, this, &RunLogFeed::flushBatch);
    connect(backend, &RunBackend::runChanged, this, [this](const QString &id) {
        if (id != m_runId)
            return;
        if (m_nodeId.isEmpty())
            followNewTasks();
        checkDone();
    });
    if (nodeId.isEmpty())
        startAll();
    else
        startNode();
}

RunLogFeed::~RunLogFeed()
{
    // The store must not keep viewing a file of ours that goes with us.
    if (m_ownDir)
        m_store->close();
}

QString RunLogFeed::defaultRecordDir()
{
    // The same place for the application and pstudio, so `pstudio runs search` finds what the
    // application recorded.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/pipeline-studio/logs");
}

bool RunLogFeed::nodeFinished(const QString &nodeId) const
{
    const std::optional<RunSnapshot> s = m_backend ? m_backend->snapshot(m_runId) : std::nullopt;
    if (!s || ps::isFinished(s->phase))
        return true;
    const RunNode *node = s->node(nodeId);
    return node && ps::isFinished(node->phase);
}

void RunLogFeed::startNode()
{
    const QString own = m_backend->recordedLogPath(m_runId, m_nodeId);
    if (!own.isEmpty()) {
        m_store->open(own);
        m_poll.start();
        checkDone();
        return;
    }
    const QString path = LogRecorder::recordingPath(m_recordDir, m_backend->name(), m_runId, m_nodeId);
    if (LogRecorder::isComplete(path)) {
        m_store->open(path);
        m_store->finish();
        m_finished = true;
        return;
    }
    auto *recorder = new LogRecorder(m_backend->openLogStream(m_runId, m_nodeId), path, this);
    m_store->open(path);
    connect(recorder, &LogRecorder::linesRecorded, m_store, &LogStore::refresh);
    connect(recorder, &LogRecorder::failed, this, &RunLogFeed::failed);
    connect(recorder, &LogRecorder::finished, this, [this] {
        m_store->finish();
        m_finished = true;
        emit finished();
    });
}

void RunLogFeed::startAll()
{
    m_ownDir = std::make_unique<QTemporaryDir>();
    const QString error = m_store->create(m_ownDir->filePath(QStringLiteral("all-tasks.log")));
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    followNewTasks();
    checkDone();
}

void RunLogFeed::followNewTasks()
{
    const std::optional<RunSnapshot> s = m_backend ? m_backend->snapshot(m_runId) : std::nullopt;
    if (!s)
        return;
    QStringList names = m_store->tagNames();
    for (const RunNode *node : s->leaves()) {
        if (m_tags.contains(node->id) || node->phase == TaskPhase::Pending || node->phase == TaskPhase::Skipped
            || node->phase == TaskPhase::Omitted)
            continue;
        const auto tag = quint16(names.size());
        m_tags.insert(node->id, tag);
        names.append(node->displayName.isEmpty() ? node->id : node->displayName);
        m_sourceDone.insert(tag, false);
        openSource(node->id, tag);
    }
    m_store->setTagNames(names);
}

QObject *RunLogFeed::openSource(const QString &nodeId, quint16 tag)
{
    const auto done = [this, tag] {
        m_sourceDone[tag] = true;
        checkDone();
    };
    const auto lines = [this, tag](const LogLines &l) { nodeLinesArrived(tag, l); };
    if (m_backend->recordedLogPath(m_runId, nodeId).isEmpty()) {
        const QString path = LogRecorder::recordingPath(m_recordDir, m_backend->name(), m_runId, nodeId);
        if (!LogRecorder::isComplete(path)) {
            auto *recorder = new LogRecorder(m_backend->openLogStream(m_runId, nodeId), path, this);
            connect(recorder, &LogRecorder::linesRecorded, this, lines);
            connect(recorder, &LogRecorder::finished, this, done);
            connect(recorder, &LogRecorder::failed, this, done);
            return recorder;
        }
        auto *stream = new LocalLogStream(path, nodeId, nullptr, this); // the recording, read back
        connect(stream, &LogStream::linesArrived, this, lines);
        connect(stream, &LogStream::finished, this, done);
        return stream;
    }
    LogStream *stream = m_backend->openLogStream(m_runId, nodeId, this);
    if (!stream) {
        m_sourceDone[tag] = true;
        return nullptr;
    }
    connect(stream, &LogStream::linesArrived, this, lines);
    connect(stream, &LogStream::finished, this, done);
    connect(stream, &LogStream::failed, this, done);
    return stream;
}

void RunLogFeed::nodeLinesArrived(quint16 tag, const LogLines &lines)
{
    m_pending += lines;
    m_pendingTags.insert(m_pendingTags.size(), lines.size(), tag);
    if (!m_batch.isActive())
        m_batch.start();
}

void RunLogFeed::flushBatch()
{
    if (m_pending.isEmpty())
        return;
    // Tasks' lines come in bursts per task; within a batch, time decides the order.
    std::vector<qsizetype> order(size_t(m_pending.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) { return m_pending[a].time < m_pending[b].time; });
    LogLines lines;
    QList<quint16> tags;
    lines.reserve(m_pending.size());
    tags.reserve(m_pending.size());
    for (qsizetype i : order) {
        lines.append(m_pending[i]);
        tags.append(m_pendingTags[i]);
    }
    m_pending.clear();
    m_pendingTags.clear();
    m_store->append(lines, tags);
    checkDone();
}

void RunLogFeed::checkDone()
{
    if (m_finished)
        return;
    if (!m_nodeId.isEmpty()) {
        if (!m_poll.isActive() || !nodeFinished(m_nodeId))
            return;
        m_poll.stop();
        m_store->refresh();
        m_store->finish();
    } else {
        const std::optional<RunSnapshot> s = m_backend ? m_backend->snapshot(m_runId) : std::nullopt;
        if (s && !ps::isFinished(s->phase))
            return;
        if (std::any_of(m_sourceDone.cbegin(), m_sourceDone.cend(), [](bool done) { return !done; }) || !m_pending.isEmpty()
            || m_batch.isActive())
            return;
    }
    m_finished = true;
    emit finished();
}

} // namespace ps
