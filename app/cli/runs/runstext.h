#pragma once

#include "runphase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ps {

class RunBackend;
struct RunSnapshot;

// How `pstudio runs` writes a run's facts: phases by their fixed names (as the APIs and
// `--status` spell them), times in local time, durations as the application shows them.
class RunsText
{
public:
    // "Running", "running" and "RUNNING" name the same phase.
    static std::optional<RunPhase> phaseNamed(const QString &name);
    // The phase, and while the run is unfinished whether what is shown is not current
    // ("Running (reconnecting…)", "Running (stale)").
    static QString status(const RunBackend &backend, const RunSnapshot &snapshot);
    static QString time(const QDateTime &utc);
    static QString duration(const RunSnapshot &snapshot);
    // A message on one line, cut at 80 characters.
    static QString oneLine(const QString &text);
    // One run of `list --json`: {run, name, pipeline, phase, message, created, started, finished}.
    static QJsonObject listJson(const RunBackend &backend, const RunSnapshot &snapshot);
};

} // namespace ps
