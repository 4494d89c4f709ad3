#pragma once

#include <QList>

namespace ps {

// What /proc says about the processes of one session.
class ProcessTree
{
public:
    struct Usage {
        double cpuSeconds = 0;   // user + system, of the live processes and the children they reaped
        qint64 residentBytes = 0;
        int processes = 0;
    };
    static QList<qint64> sessionMembers(qint64 sessionId);
    static Usage sessionUsage(qint64 sessionId);
};

} // namespace ps
