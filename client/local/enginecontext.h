#pragma once

#include "synclocks.h"

#include <QMap>
#include <QString>

namespace ps {

class TaskCache;

// What every run of the local engine shares: where data lives and what this machine offers.
struct EngineContext {
    QString dataDir;                 // runs/, cache/, volumes/ live here
    int parallelism = 1;             // task processes at once, all runs together
    int running = 0;                 // task processes running now
    qint64 maxLogBytes = 0;          // output a task may write before it is stopped; 0: no limit
    QString bwrap;                   // bubblewrap, when it works here; empty: unsandboxed
    QString containerRuntime;        // "podman" or "docker" when one answers; empty: host
    QMap<QString, QString> secrets;  // "secret/key" and "key" → value, from the user's secrets file
    TaskCache *cache = nullptr;
    SyncLocks locks;                 // Argo mutexes and semaphores, across runs
};

} // namespace ps
