#pragma once

#include "componentspec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ps {

// The small rules ArgoWriter follows, kept apart so the writer reads as structure.
namespace argowriting {

// Argo parameter and artifact names allow letters, digits, '-' and '_'.
QString argoPortName(const QString &name);
// Sets `key` only when there is something to say: Argo leaves unset fields out.
template <typename Value>
void insertIfSet(QJsonObject *object, const QString &key, const Value &value)
{
    if (!value.isEmpty())
        object->insert(key, value);
}
// A JSON value as the text Argo parameters carry.
QString jsonText(const QJsonValue &v);
// Where a port's file sits in the container: its own path, or /tmp/{inputs,outputs}/NAME/data.
QString defaultPath(const PortSpec &port, bool output);
// Whether a component reads an input as a file (an Argo artifact), whatever its type.
bool readAsFile(const ComponentSpec &c, const QString &input);
// A volume mount's source as a spec.volumes entry.
QJsonObject volumeSpec(const VolumeMount &v);
// Fields read from an Argo file that the model does not express go back where they came
// from; what the model generated wins where both say something.
void mergeInto(QJsonObject *target, const QJsonObject &kept);
void mergePortFields(QJsonObject *io, const QString &direction, const QJsonObject &fields);
// A binding kept whole from an Argo file ({"argoArtifact": {...}} / {"argoParameter": {...}}).
QJsonObject keptArgument(const Binding &b, const char *kind);
// Argo's schema types Kubernetes int-or-string fields as strings; numbers kept as written
// in those places are written as strings (the only normalisation of kept fields).
void normaliseIntOrString(QJsonValue *value, const QString &parentKey);

// Declarations of a template's inputs or outputs (parameters and artifacts with their paths).
QJsonObject ioDeclarations(const ComponentSpec &c, const Task &t, bool outputs);
// A command line as Argo strings; optional-input branches decided for this task.
QJsonArray renderLine(const CommandLine &line, const ComponentSpec &c, const Task &t);
QString renderArgs(const CommandArg &a, const ComponentSpec &c, const Task &t);

} // namespace argowriting
} // namespace ps
