#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace ps {

// Translates a KFP condition (CEL over `inputs.parameter_values['NAME']`) into an Argo
// `when` expression, where the meaning is certain: comparisons, `&&`, `||`, `!`,
// parentheses, string/number/boolean literals, and int()/double()/string() casts (Argo's
// evaluator compares numeric text as numbers). References become the Argo text of what
// feeds that input (given by `reference`); a reference compared with a string literal is
// quoted so both sides compare as strings. Anything else is refused with the reason.
class CelToArgo
{
public:
    struct Result {
        QString when;
        QString error; // empty on success
    };

    static Result translate(const QString &cel, const std::function<std::optional<QString>(const QString &input)> &reference);
};

} // namespace ps
