#pragma once

#include "backendresult.h"
#include "runphase.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ps {

// Small pieces of Argo's run-time semantics the local engine needs in several places.
namespace runlookups {

// A JSON value as Argo passes it as a parameter: strings as they are, the rest as compact JSON.
QString jsonText(const QJsonValue &value);
// The reverse for collecting loop outputs into a list: JSON when the text is JSON, else a string.
QJsonValue jsonValueOf(const QString &text);
// A field ("a.b") of a loop item; nothing when it has none.
std::optional<QJsonValue> field(const QJsonValue &item, const QString &path);
// Task names an enhanced `depends` expression mentions.
QStringList dependsNames(const QString &depends);
// Whether a task's Argo `continueOn` lets its graph go on after it ended in `phase`.
bool continuesOn(const QJsonObject &taskExtras, TaskPhase phase);
// Evaluates `depends` ("A && (B.Succeeded || B.Failed)") against the tasks' phases.
BackendResult<bool> evaluateDepends(const QString &depends,
                                    const std::function<std::optional<TaskPhase>(const QString &task)> &phaseOf);

} // namespace runlookups
} // namespace ps
