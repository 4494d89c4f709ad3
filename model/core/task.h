#pragma once

#include "binding.h"
#include "ids.h"
#include "sourcelocation.h"
#include "tasksettings.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

#include <optional>

namespace ps {

// One node of a pipeline graph: an instance of a component with its inputs bound.
struct Task {
    enum class Role { Step, ExitHandler };

    TaskId id;
    QString name;                     // unique in its graph; what the engines see
    QString displayName;              // optional label for people
    QString component;                // key of a ComponentSpec in the pipeline
    QMap<QString, Binding> inputs;    // input port name → what feeds it
    QList<TaskId> dependencies;       // ordering without data ("run after")
    TaskSettings settings;
    Role role = Role::Step;
    std::optional<QPointF> position;  // canvas position of the node's top-left corner
    QJsonObject extras;               // fields of the source format kept as written
    SourceLocation location;

    bool operator==(const Task &) const = default;
};

} // namespace ps
