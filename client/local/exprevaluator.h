#pragma once

#include "backendresult.h"
#include "exprvalue.h"

#include <QString>

#include <functional>
#include <optional>

namespace ps {

struct ExprNode;

// Evaluates Argo's `{{=…}}` expressions (the subset of expr-lang real workflows use; see
// ExprParser for the syntax). Names and member chains (inputs.parameters.x,
// inputs.parameters['a-b'], tasks.A.outputs.result, workflow.name, item.f) are references,
// given by `lookup` in their dotted form as text, as Argo gives them; a reference to a
// field of a JSON value (tasks.A.outputs.parameters.p.key) reads into it. Functions:
// asInt, asFloat, string, toJson, fromJson, jsonpath, len, int, float, upper, lower, trim,
// split, join, replace, filter/map/all/any/count with {# …} closures, and sprig.* (see
// ExprFunctions).
class ExprEvaluator
{
public:
    using Lookup = std::function<std::optional<QString>(const QString &reference)>;
    static BackendResult<ExprValue> evaluate(const QString &expression, const Lookup &lookup);
    // The result as Argo puts it into the text; nil is an error.
    static BackendResult<QString> evaluateText(const QString &expression, const Lookup &lookup);
};

} // namespace ps
