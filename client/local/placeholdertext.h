#pragma once

#include "backendresult.h"

#include <QString>

#include <functional>
#include <optional>

namespace ps {

// Fills in the {{…}} references of a text. `lookup` gets each reference trimmed and in
// Argo's dotted form (KFP's `$.inputs.parameters['x']` arrives as `inputs.parameters.x`,
// `$.outputs.parameters['x'].output_file` as `outputs.parameters.x.path`) and gives its
// value, or nothing when it does not know it: then the whole text fails with that reference.
// Argo's expression tags ({{=…}}) are evaluated (ExprEvaluator) with the same lookup.
class PlaceholderText
{
public:
    using Lookup = std::function<std::optional<QString>(const QString &reference)>;
    static BackendResult<QString> substitute(const QString &text, const Lookup &lookup);
    // The dotted form of one reference (see above).
    static QString normalized(const QString &reference);
};

} // namespace ps
