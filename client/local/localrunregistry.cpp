#include "localrunregistry.h"

#include "localrun.h"
#include "rundirectory.h"
#include "runorder.h"

#include <QCoreApplication>
#include <QDir>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalBackend)
};

constexpr int kSaveDelayMs = 200;

} // namespace

LocalRunRegistry::LocalRunRegistry(QString runsDir, QObject *parent) : QObject(parent), m_runsDir(std::move(runsDir))
{
    QDir().mkpath(m_runsDir);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &LocalRunRegistry::saveChanged);
}

LocalRunRegistry::~LocalRunRegistry() { saveChanged(); }

QString LocalRunRegistry::runDir(const QString &runId) const { return m_runsDir + u'/' + runId; }

void LocalRunRegistry::load(int retentionDays)
{
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-retentionDays);
    const QDir runs(m_runsDir);
    for (const QString &id : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        std::optional<RunSnapshot> s = RunDirectory::load(runs.filePath(id));
        if (!s)
            continue;
        if (s->createdAt.isValid() && s->createdAt < oldest && ps::isFinished(s->phase)) {
            QDir(runs.filePath(id)).removeRecursively();
            continue;
        }
        if (!ps::isFinished(s->phase)) {
            // The application ended while this run was going: say so rather than lose it.
            s->phase = RunPhase::Error;
            s->message = Tr::tr("interrupted: the application stopped while the run was going");
            s->finishedAt = QDateTime::currentDateTimeUtc();
            for (RunNode &n : s->nodes) {
                if (!ps::isFinished(n.phase)) {
                    n.phase = TaskPhase::Error;
                    n.message = Tr::tr("interrupted");
                }
            }
            RunDirectory::save(runs.filePath(id), *s);
        }
        m_runs.insert(s->id, Entry{*s, nullptr, false});
    }
}

void LocalRunRegistry::add(const RunSnapshot &snapshot)
{
    m_runs.insert(snapshot.id, Entry{snapshot, nullptr, true});
}

void LocalRunRegistry::attach(const QString &runId, LocalRun *run) { m_runs[runId].run = run; }

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
