#include "localrunregistry.h"

#include "localrun.h"
#include "rundirectory.h"
#include "runorder.h"
#include "runownership.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalBackend)
};

constexpr int kSaveDelayMs = 200;

QDateTime writtenAt(const QString &runDir) { return QFileInfo(RunDirectory::snapshotPath(runDir)).lastModified(); }

} // namespace

LocalRunRegistry::LocalRunRegistry(QString runsDir, RunOwnership *ownership, QObject *parent)
    : QObject(parent), m_runsDir(std::move(runsDir)), m_ownership(ownership)
{
    QDir().mkpath(m_runsDir);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &LocalRunRegistry::saveChanged);
    m_follow.setInterval(kFollowMs);
    connect(&m_follow, &QTimer::timeout, this, &LocalRunRegistry::lookAgain);
    connect(m_ownership, &RunOwnership::changed, this, &LocalRunRegistry::lookAgain);
}

LocalRunRegistry::~LocalRunRegistry() { saveChanged(); }

QString LocalRunRegistry::runDir(const QString &runId) const { return m_runsDir + u'/' + runId; }

void LocalRunRegistry::markInterrupted(RunSnapshot &s, const QString &dir) const
{
    // Its process ended while the run was going: say so rather than show it running.
    s.phase = RunPhase::Error;
    s.message = Tr::tr("interrupted: the application stopped while the run was going");
    s.finishedAt = QDateTime::currentDateTimeUtc();
    for (RunNode &n : s.nodes) {
        if (!ps::isFinished(n.phase)) {
            n.phase = TaskPhase::Error;
            n.message = Tr::tr("interrupted");
        }
    }
    RunDirectory::save(dir, s);
}

void LocalRunRegistry::load(int retentionDays)
{
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-retentionDays);
    const QDir runs(m_runsDir);
    const QStringList elsewhere = m_ownership->ownedElsewhere();
    m_elsewhere = QSet<QString>(elsewhere.cbegin(), elsewhere.cend());
    for (const QString &id : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        std::optional<RunSnapshot> s = RunDirectory::load(runs.filePath(id));
        if (!s)
            continue;
        const bool foreign = m_elsewhere.contains(s->id);
        if (!foreign && s->createdAt.isValid() && s->createdAt < oldest && ps::isFinished(s->phase)) {
            QDir(runs.filePath(id)).removeRecursively();
            continue;
        }
        if (!foreign && !ps::isFinished(s->phase))
            markInterrupted(*s, runs.filePath(id));
        m_runs.insert(s->id, Entry{*s, nullptr, false, foreign, writtenAt(runs.filePath(id))});
    }
    if (!m_elsewhere.isEmpty())
        m_follow.start();
}

void LocalRunRegistry::lookAgain()
{
    const QStringList elsewhere = m_ownership->ownedElsewhere();
    m_elsewhere = QSet<QString>(elsewhere.cbegin(), elsewhere.cend());
    const QStringList dirs = QDir(m_runsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const QSet<QString> present(dirs.cbegin(), dirs.cend());
    bool follow = false;
    for (const QString &id : dirs)
        if (!m_runs.contains(id) && m_elsewhere.contains(id)) {
            read(id);   // started by another process (its first state may not be written yet)
            follow = true;
        }
    for (auto it = m_runs.begin(); it != m_runs.end();) {
        if (it->run) {
            ++it;
            continue;
        }
        if (!present.contains(it.key())) {   // deleted by another process
            const QString id = it.key();
            it = m_runs.erase(it);
            emit runVanished(id);
            continue;
        }
        const bool elsewhereNow = m_elsewhere.contains(it.key());
        if ((elsewhereNow || it->foreign) && writtenAt(runDir(it.key())) != it->written)
            read(it.key());
        else if (it->foreign && !elsewhereNow)
            read(it.key());   // its process let go: a last look, then done or interrupted
        ++it;
    }
    for (const Entry &e : std::as_const(m_runs))
        follow = follow || e.foreign;
    if (follow && !m_follow.isActive())
        m_follow.start();
    else if (!follow)
        m_follow.stop();
}

void LocalRunRegistry::read(const QString &runId)
{
    if (m_reading.contains(runId))
        return;
    m_reading.insert(runId);
    // Off the GUI thread: a big run's snapshot is megabytes of JSON.
    const QString dir = runDir(runId);
    auto *watcher = new QFutureWatcher<std::optional<RunSnapshot>>(this);
    const QDateTime written = writtenAt(dir);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, runId, written] {
        watcher->deleteLater();
        m_reading.remove(runId);
        wasRead(runId, watcher->result(), written);
    });
    watcher->setFuture(QtConcurrent::run([dir] { return RunDirectory::load(dir); }));
}

void LocalRunRegistry::wasRead(const QString &runId, const std::optional<RunSnapshot> &read, const QDateTime &written)
{
    if (!read || read->id != runId)
        return;
    const bool known = m_runs.contains(runId);
    Entry &e = m_runs[runId];
    if (e.run)
        return;   // this process runs it now: its own state counts
    const bool elsewhere = m_ownership->isOwnedElsewhere(runId);
    RunSnapshot s = *read;
    if (!elsewhere && !ps::isFinished(s.phase))
        markInterrupted(s, runDir(runId));
    const bool changed = !known || !(e.snapshot == s);
    e.snapshot = s;
    e.foreign = elsewhere;
    e.written = written;
    if (elsewhere && !m_follow.isActive())
        m_follow.start();
    if (!known)
        emit runAppeared(runId);
    else if (changed)
        emit runUpdated(runId);
}

void LocalRunRegistry::add(const RunSnapshot &snapshot)
{
    Entry e;
    e.snapshot = snapshot;
    e.dirty = true;
    m_runs.insert(snapshot.id, e);
}

void LocalRunRegistry::attach(const QString &runId, LocalRun *run)
{
    Entry &e = m_runs[runId];
    e.run = run;
    e.foreign = false;
}

LocalRun *LocalRunRegistry::run(const QString &runId) const { return m_runs.value(runId).run; }

QMap<QString, LocalRun *> LocalRunRegistry::liveRuns() const
{
    QMap<QString, LocalRun *> live;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
        if (it->run)
            live.insert(it.key(), it->run);
    return live;
}

std::optional<RunSnapshot> LocalRunRegistry::snapshot(const QString &runId) const
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return std::nullopt;
    return it->run ? it->run->snapshot() : it->snapshot;
}

QList<RunSnapshot> LocalRunRegistry::list() const
{
    QList<RunSnapshot> list;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
        list.append(it->run ? it->run->snapshot() : it->snapshot);
    sortNewestFirst(list);
    return list;
}

void LocalRunRegistry::markChanged(const QString &runId)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    it->dirty = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void LocalRunRegistry::saveChanged()
{
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        if (!it->dirty)
            continue;
        it->dirty = false;
        if (it->run)
            it->snapshot = it->run->snapshot();
        if (const QString error = RunDirectory::save(runDir(it.key()), it->snapshot); !error.isEmpty())
            emit saveFailed(error);
        it->written = writtenAt(runDir(it.key()));
    }
}

bool LocalRunRegistry::remove(const QString &runId)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return false;
    if (it->run)
        it->run->deleteLater();
    m_runs.erase(it);
    QDir(runDir(runId)).removeRecursively();
    return true;
}

} // namespace ps
