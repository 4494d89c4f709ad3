#pragma once

#include "binding.h"
#include "graph.h"
#include "typespec.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ps {

// Translates an Argo `when` into a KFP (CEL) condition where the meaning is certain:
// references to task outputs and pipeline/sub-pipeline parameters, comparisons, `&&`,
// `||`, `!`, parentheses, numbers, quoted strings and bare words (strings, as Argo reads
// them). Each reference becomes a KFP "pipelinechannel" input the condition reads as
// `inputs.parameter_values['…']`; text references compared with numbers are cast with
// double(). Anything else (expr `{{=…}}`, regex `=~`, functions) is refused with the reason.
class ArgoToCel
{
public:
    struct Channel {
        QString name;     // pipelinechannel--…
        Binding source;   // what feeds it, in the condition's graph
        TypeSpec type;
    };
    struct Result {
        QString condition;
        QList<Channel> channels;
        QString error;    // empty on success
    };

    // `typeOf` gives the type of what a binding refers to (a task output or a parameter).
    static Result translate(const QString &when, const Graph &graph, const std::function<TypeSpec(const Binding &)> &typeOf);
};

} // namespace ps
