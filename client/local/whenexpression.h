#pragma once

#include "backendresult.h"

#include <QString>

namespace ps {

// Argo's `when` expressions after their {{…}} references are filled in, as govaluate reads
// them: ==, !=, <, >, <=, >=, =~, !~, &&, ||, !, parentheses; numbers compare as numbers,
// anything else as text; quoted ('…', "…") or bare words are text; true/false are booleans.
class WhenExpression
{
public:
    static BackendResult<bool> evaluate(const QString &expression);
};

} // namespace ps
