#pragma once

#include "exprvalue.h"

#include <QList>
#include <QString>

#include <optional>

namespace ps {

// The functions of Argo's expressions that take values (closures are the evaluator's):
// expr-lang's builtins, Argo's own (asInt, asFloat, jsonpath, toJson) and sprig.*.
// A function that fails sets `error`.
class ExprFunctions
{
public:
    // Nothing when there is no function of that name.
    static std::optional<ExprValue> call(const QString &name, const QList<ExprValue> &args, QString *error);
    static bool exists(const QString &name);
    // Whole number from an int, a float without fraction or decimal text; nothing otherwise.
    static std::optional<qint64> toInteger(const ExprValue &v);
    static std::optional<double> toDecimal(const ExprValue &v);
    // `$.a[0].b`, `$['a'].*` into `document`; nothing when the path leads nowhere.
    static std::optional<ExprValue> jsonPath(const ExprValue &document, const QString &path, QString *error);
};

} // namespace ps
