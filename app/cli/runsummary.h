#pragma once

#include <QJsonObject>
#include <QString>

namespace ps {

class RunBackend;
struct RunSnapshot;

// A run as `--json` prints it, the same for `pstudio run`, `pstudio submit` and
// `pstudio runs get`: {run, phase, tasks: [{name, phase, message}]}.
class RunSummary
{
public:
    static QJsonObject json(const QString &runId, const RunSnapshot &snapshot);
    // One object on stdout, on one line.
    static void write(const QJsonObject &object);
};

} // namespace ps
