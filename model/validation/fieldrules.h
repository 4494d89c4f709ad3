#pragma once

#include "ids.h"

#include <QJsonArray>
#include <QString>

namespace ps {

struct Condition;
class TypeSpec;
struct Pipeline;

// Checks of single values as a user types them into a form. Each returns "" when the value
// is fine, else the reason, said so it can stand next to the field.
class FieldRules
{
public:
    static QString taskName(const Pipeline &pipeline, const QString &graphKey, TaskId id, const QString &name);
    static QString pipelineName(const QString &name);
    static QString parameterName(const QString &name);
    // Kubernetes quantities: "500m", "2", "1.5", "512Mi", "1G", "1e3".
    static QString quantity(const QString &text);
    // Go durations as Argo reads them ("10s", "1m30s"), or plain seconds.
    static QString duration(const QString &text);
    static QString gpuCount(const QString &text);
    // References in an Argo `when` must name tasks and parameters that exist; `{{` must close.
    static QString condition(const Pipeline &pipeline, const QString &graphKey, const Condition &condition);
    // A loop's literal items: a JSON list.
    static QString loopItems(const QString &text, QJsonArray *items = nullptr);
    static QString cron(const QString &text);
    // A constant typed into a field, read as the port's type (numbers, true/false, JSON for
    // lists and structs, text otherwise).
    static QString constant(const TypeSpec &type, const QString &text, QJsonValue *value);
    static QString constantText(const QJsonValue &value);
};

} // namespace ps
