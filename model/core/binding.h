#pragma once

#include "ids.h"

#include <QJsonValue>
#include <QString>

namespace ps {

// What feeds one input of a task: nothing, a constant, a pipeline parameter (or, inside
// a sub-pipeline, an input of that sub-pipeline), an upstream task's output, the current
// loop item (optionally a field of it), or an expression kept in its source text.
struct Binding {
    enum class Kind { None, Constant, Parameter, TaskOutput, LoopItem, Expression };

    Kind kind = Kind::None;
    QJsonValue constant;   // Constant
    QString parameter;     // Parameter: its name
    TaskId task;           // TaskOutput: the producer
    QString output;        // TaskOutput: the producer's output port
    QString itemField;     // LoopItem: "" for the item itself, else a field path ("a.b")
    QString expression;    // Expression: as written (e.g. "{{tasks.a.outputs.result}}-x")

    static Binding constantValue(QJsonValue v) { Binding b; b.kind = Kind::Constant; b.constant = std::move(v); return b; }
    static Binding pipelineParameter(QString name) { Binding b; b.kind = Kind::Parameter; b.parameter = std::move(name); return b; }
    static Binding taskOutput(TaskId t, QString port) { Binding b; b.kind = Kind::TaskOutput; b.task = t; b.output = std::move(port); return b; }
    static Binding loopItem(QString field = {}) { Binding b; b.kind = Kind::LoopItem; b.itemField = std::move(field); return b; }
    static Binding fromExpression(QString text) { Binding b; b.kind = Kind::Expression; b.expression = std::move(text); return b; }

    bool isSet() const { return kind != Kind::None; }
    bool operator==(const Binding &) const = default;
};

} // namespace ps
