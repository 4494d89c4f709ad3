#include "synclocks.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SyncLocks)
};

QJsonArray oneOrMany(const QJsonObject &o, const QString &single, const QString &plural)
{
    QJsonArray all = o.value(plural).toArray();
    if (o.value(single).isObject())
        all.prepend(o.value(single));
    return all;
}

} // namespace

QList<SyncLocks::Lock> SyncLocks::parse(const QJsonObject &synchronization, QStringList *notes)
{
    QList<Lock> locks;
    for (const QJsonValue &v : oneOrMany(synchronization, QStringLiteral("mutex"), QStringLiteral("mutexes"))) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            locks.append({QStringLiteral("mutex/") + name, Tr::tr("mutex '%1'").arg(name), 1});
    }
    for (const QJsonValue &v : oneOrMany(synchronization, QStringLiteral("semaphore"), QStringLiteral("semaphores"))) {
        const QJsonObject o = v.toObject();
        const QJsonObject ref = o.value(QStringLiteral("configMapKeyRef")).toObject();
        const QString key = ref.isEmpty() ? o.value(QStringLiteral("database")).toObject().value(QStringLiteral("key")).toString()
                                          : ref.value(QStringLiteral("name")).toString() + u'/' + ref.value(QStringLiteral("key")).toString();
        if (key.isEmpty() || key == u"/")
            continue;
        locks.append({QStringLiteral("semaphore/") + key, Tr::tr("semaphore '%1'").arg(key), 1});
        notes->append(Tr::tr("semaphore '%1': its limit is kept on the cluster (a ConfigMap or database), so the local engine "
                             "lets one holder in at a time").arg(key));
    }
    return locks;
}

bool SyncLocks::tryAcquire(const QList<Lock> &locks, const QString &holder)
{
    for (const Lock &l : locks) {
        const QStringList &now = m_holders[l.name];
        if (!now.contains(holder) && now.size() >= l.limit)
            return false;
    }
    for (const Lock &l : locks)
        if (!m_holders[l.name].contains(holder))
            m_holders[l.name].append(holder);
    return true;
}

bool SyncLocks::release(const QString &holder)
{
    bool held = false;
    const QString below = holder + u'/';
    for (auto it = m_holders.begin(); it != m_holders.end(); ++it)
        held = it->removeIf([&](const QString &h) { return h == holder || h.startsWith(below); }) > 0 || held;
    return held;
}

} // namespace ps
