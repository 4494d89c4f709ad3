#pragma once

#include "diagnostic.h"
#include "pipeline.h"

#include <QJsonObject>

namespace ps {

// Turns Argo's lint or create error ("templates.main.tasks.train templates.train …") into
// diagnostics on the tasks it names, so the editor can show them at the task. The written
// workflow tells which DAG task and which template belong to which pipeline task.
class ArgoLintMapper
{
public:
    static Diagnostics map(const QString &message, const Pipeline &pipeline, const QJsonObject &workflow);
};

} // namespace ps
