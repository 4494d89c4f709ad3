#pragma once

#include "ids.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

namespace ps {

class InsertTasksCommand;
class PipelineDocument;
struct Pipeline;

// Copy and paste of tasks as the native format, so a paste works between windows and
// between running applications, and a text editor sees readable YAML.
class TaskClipboard
{
public:
    static constexpr const char *kMimeType = "application/x-pipeline-studio";

    // The tasks, the components they use, and the bindings among them. Bindings to tasks
    // left behind are dropped; parameter bindings are kept with the parameters they use.
    static QByteArray copy(const Pipeline &pipeline, const QString &graphKey, const QList<TaskId> &ids);

    // A command that adds the copied tasks to `graphKey` with fresh ids and unique names,
    // shifted by `offset`; components are reused when identical, renamed when they clash.
    // Returns nullptr (and an error) when the bytes hold no tasks.
    static InsertTasksCommand *paste(PipelineDocument *document, const QString &graphKey, const QByteArray &bytes,
                                     QPointF offset, QString *error);
};

} // namespace ps
