#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ps {

// Argo's `synchronization` on this machine: mutexes and semaphores shared by every run of
// the engine. A holder (a run or a task) takes all its locks at once or none of them.
class SyncLocks
{
public:
    struct Lock {
        QString name;      // "mutex/x", "semaphore/config-map/key"
        QString shown;     // for people: "mutex 'x'"
        int limit = 1;
        bool operator==(const Lock &) const = default;
    };
    // The locks a `synchronization` object asks for (mutex, mutexes, semaphore, semaphores).
    // A semaphore's limit lives in a ConfigMap on the cluster: here it is 1, and `notes`
    // gets a sentence saying so.
    static QList<Lock> parse(const QJsonObject &synchronization, QStringList *notes);

    bool tryAcquire(const QList<Lock> &locks, const QString &holder);
    // Gives back what `holder` and the holders below it ("holder/…") hold; true when they held something.
    bool release(const QString &holder);
    // Who holds `lockName` now.
    QStringList holders(const QString &lockName) const { return m_holders.value(lockName); }

private:
    QHash<QString, QStringList> m_holders;
};

} // namespace ps
