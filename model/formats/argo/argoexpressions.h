#pragma once

#include "binding.h"
#include "commandarg.h"
#include "graph.h"

#include <QString>
#include <QStringList>

namespace ps {

// Argo's `{{…}}` references, read into the model: an argument value becomes a binding,
// a command-line string becomes command items, and `depends` yields the task names it names.
namespace argoexpressions {

// "{{tasks.a.outputs.parameters.x}}" → TaskOutput(a, x); "{{inputs.parameters.p}}" and
// "{{workflow.parameters.p}}" → Parameter(p); "{{item}}"/"{{item.f}}" → LoopItem; text
// without references → Constant; anything else → Expression as written.
// `result` outputs come back as output "result". `stepsScope` reads `steps.` instead of `tasks.`.
// Inside a sub-pipeline, "{{workflow.parameters.p}}" is not one of its inputs: with
// `workflowIsInputs` false it stays an expression, as written.
Binding parseValue(const QString &text, const Graph &graph, bool stepsScope, bool workflowIsInputs = true);

// "{{inputs.parameters.x}}", "{{inputs.artifacts.x.path}}", "{{outputs.*.x.path}}" inside a
// command-line string become placeholders (a Concat when mixed with text); the rest stays literal.
CommandArg parseCommandString(const QString &text);

// Task names an enhanced `depends` expression refers to ("(a.Succeeded || b) && !c.Failed").
QStringList dependsTaskNames(const QString &expression);

} // namespace argoexpressions
} // namespace ps
