#include "logsearchsources.h"

#include "logrecorder.h"
#include "runbackend.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace ps {

QList<LogSource> LogSearchSources::of(const QList<RunBackend *> &backends, const QString &recordDir)
{
    struct Found {
        QDateTime created;
        QList<LogSource> sources;
    };
    QList<Found> runs;
    for (RunBackend *b : backends) {
        if (!b)
            continue;
        for (const RunSnapshot &run : b->listRuns()) {
            Found found{run.createdAt.isValid() ? run.createdAt : run.startedAt, {}};
            for (const RunNode *n : run.leaves()) {
                QString path = b->recordedLogPath(run.id, n->id);
                if (path.isEmpty())
                    path = LogRecorder::recordingPath(recordDir, b->name(), run.id, n->id);
                if (QFileInfo::exists(path))
                    found.sources.append({run.id, n->id, path});
            }
            if (!found.sources.isEmpty())
                runs.append(found);
        }
    }
    std::stable_sort(runs.begin(), runs.end(), [](const Found &a, const Found &b) { return a.created > b.created; });
    QList<LogSource> sources;
    for (const Found &f : runs)
        sources += f.sources;
    return sources;
}

QString LogSearchSources::defaultIndexDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/pipeline-studio/log-index");
}

} // namespace ps
