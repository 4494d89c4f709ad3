#include "processtree.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace ps {

namespace {

// The fields of /proc/PID/stat after the command name (which may hold spaces), from field 3 on.
QList<QByteArray> statFields(const QString &pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.read(4096);
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 2).split(' ');
}

template<typename F>
void forEachInSession(qint64 sessionId, F &&f)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        const qint64 p = pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QList<QByteArray> fields = statFields(pid);
        // fields[0] is field 3 (state); the session is field 6.
        if (fields.size() > 21 && fields[3].toLongLong() == sessionId)
            f(p, fields);
    }
}

} // namespace

QList<qint64> ProcessTree::sessionMembers(qint64 sessionId)
{
    QList<qint64> pids;
    if (sessionId > 0)
        forEachInSession(sessionId, [&](qint64 pid, const QList<QByteArray> &) { pids.append(pid); });
    return pids;
}

ProcessTree::Usage ProcessTree::sessionUsage(qint64 sessionId)
{
    Usage u;
    if (sessionId <= 0)
        return u;
    static const double ticks = double(::sysconf(_SC_CLK_TCK));
    static const qint64 page = ::sysconf(_SC_PAGESIZE);
    forEachInSession(sessionId, [&](qint64, const QList<QByteArray> &f) {
        // utime 14, stime 15, cutime 16, cstime 17, rss 24 (1-based) → indexes 11..14, 21.
        u.cpuSeconds += double(f[11].toLongLong() + f[12].toLongLong() + f[13].toLongLong() + f[14].toLongLong()) / ticks;
        u.residentBytes += f[21].toLongLong() * page;
        ++u.processes;
    });
    return u;
}

} // namespace ps
