#pragma once

#include "sourcelocation.h"
#include "typespec.h"

#include <QJsonValue>
#include <QString>

namespace ps {

// An input or output of a component, or a parameter of a pipeline.
struct PortSpec {
    QString name;
    TypeSpec type;
    bool artifact = false;     // passed as a file (artifact) rather than a value (parameter)
    bool optional = false;
    QJsonValue defaultValue = QJsonValue::Undefined; // Undefined: no default
    QString description;
    QString path;              // where the file sits in the container (Argo artifact / output parameter path)
    bool fromStdout = false;   // an output parameter taken from the step's standard output (Argo `result`)
    SourceLocation location;

    bool hasDefault() const { return !defaultValue.isUndefined(); }
    bool isRequired() const { return !optional && !hasDefault(); }
    bool operator==(const PortSpec &) const = default;
};

} // namespace ps
