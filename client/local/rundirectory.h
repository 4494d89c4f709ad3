#pragma once

#include "runsnapshot.h"

#include <QString>

namespace ps {

// Where one run keeps its things: run.json (the snapshot), pipeline.yaml (what ran),
// logs/NODE.log, nodes/NODE/ (each attempt's private /tmp and kept outputs).
class RunDirectory
{
public:
    static QString fileName(const QString &nodeId);
    static QString logPath(const QString &runDir, const QString &nodeId);
    static QString nodeDir(const QString &runDir, const QString &nodeId);
    static QString snapshotPath(const QString &runDir);
    static QString pipelinePath(const QString &runDir);
    // Writes the snapshot atomically; gives an error text or "".
    static QString save(const QString &runDir, const RunSnapshot &snapshot);
    static std::optional<RunSnapshot> load(const QString &runDir, QString *error = nullptr);
};

} // namespace ps
