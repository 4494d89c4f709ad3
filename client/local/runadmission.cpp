#include "runadmission.h"

#include "argotemplatereader.h"
#include "pipeline.h"

#include <QCoreApplication>

#include <algorithm>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalRun)
};

} // namespace

RunAdmission::RunAdmission(QString runId, const Pipeline *pipeline, EngineContext *context, QObject *parent)
    : QObject(parent), m_runId(std::move(runId)), m_pipeline(pipeline), m_context(context)
{
}

bool RunAdmission::admitRun(const QJsonObject &workflowSpec, QStringList *waitingFor)
{
    const QList<SyncLocks::Lock> locks = locksOf(workflowSpec.value(QStringLiteral("synchronization")).toObject());
    if (!locks.isEmpty() && !m_context->locks.tryAcquire(locks, m_runId)) {
        for (const SyncLocks::Lock &l : locks)
            waitingFor->append(l.shown);
        return false;
    }
    m_workflowParallelism = workflowSpec.value(QStringLiteral("parallelism")).toInt();
    return true;
}

void RunAdmission::pump(const std::function<Candidate(int)> &describe, const std::function<void(int)> &begin,
                        const std::function<void(int, QString)> &deadlocked)
{
    if (m_pumping) { // an invocation that started in the loop below came back here
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        for (qsizetype i = 0; i < m_queue.size();) {
            const int index = m_queue[i];
            QString deadlock;
            if (!mayStart(describe(index), &deadlock)) {
                if (deadlock.isEmpty()) {
                    ++i;
                    continue;
                }
                m_queue.removeAt(i);
                deadlocked(index, deadlock);
                m_pumpAgain = true; // finishing may have changed the queue: look at it afresh
                break;
            }
            m_queue.removeAt(i);
            begin(index);
        }
    } while (m_pumpAgain);
    m_pumping = false;
}

void RunAdmission::processStarted()
{
    ++m_context->running;
    ++m_processesRunning;
}

void RunAdmission::processEnded()
{
    --m_context->running;
    --m_processesRunning;
}

void RunAdmission::release(const QString &holder)
{
    if (m_context->locks.release(holder))
        QMetaObject::invokeMethod(this, &RunAdmission::capacityFreed, Qt::QueuedConnection);
}

bool RunAdmission::mayStart(const Candidate &c, QString *deadlock)
{
    if (c.process && m_context->running >= std::max(1, m_context->parallelism))
        return false;
    if (c.process && m_workflowParallelism > 0 && m_processesRunning >= m_workflowParallelism)
        return false;
    if (c.scopeLimit > 0 && c.scopeRunning >= c.scopeLimit)
        return false;
    if (c.loopLimit > 0 && c.loopBusy >= c.loopLimit)
        return false;
    const QList<SyncLocks::Lock> &locks = templateLocks(c.component);
    if (locks.isEmpty() || m_context->locks.tryAcquire(locks, c.holder))
        return true;
    *deadlock = selfDeadlock(c, locks);
    return false;
}

const QList<SyncLocks::Lock> &RunAdmission::templateLocks(const QString &componentKey)
{
    auto it = m_templateLocks.find(componentKey);
    if (it == m_templateLocks.end()) {
        const ComponentSpec *component = m_pipeline->component(componentKey);
        const QJsonObject tmpl = component ? component->extras.value(ArgoTemplateReader::extrasTemplateKey()).toObject() : QJsonObject();
        it = m_templateLocks.insert(componentKey, locksOf(tmpl.value(QStringLiteral("synchronization")).toObject()));
    }
    return *it;
}

QList<SyncLocks::Lock> RunAdmission::locksOf(const QJsonObject &synchronization)
{
    if (synchronization.isEmpty())
        return {};
    QStringList notes;
    const QList<SyncLocks::Lock> locks = SyncLocks::parse(synchronization, &notes);
    for (const QString &note : std::as_const(notes)) {
        if (!m_noted.contains(note)) {
            m_noted.insert(note);
            emit notice(note);
        }
    }
    return locks;
}

QString RunAdmission::selfDeadlock(const Candidate &c, const QList<SyncLocks::Lock> &locks) const
{
    for (const SyncLocks::Lock &l : locks) {
        const QStringList now = m_context->locks.holders(l.name);
        if (now.size() < l.limit || !std::all_of(now.begin(), now.end(), [&](const QString &h) { return c.enclosing.contains(h); }))
            continue;
        QStringList who;
        for (const QString &h : now)
            who.append(h == m_runId ? Tr::tr("the workflow's synchronization") : Tr::tr("task '%1'").arg(h.mid(m_runId.size() + 1)));
        return Tr::tr("%1 is already held by this run (%2); Argo would wait forever").arg(l.shown, who.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace ps
