// Argo `{{=…}}` expression tags (expr-lang): parser and evaluator, with references that
// resolve to text, numbers and JSON as a run's parameters do.
#include "exprevaluator.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto lookup = [](const QString &reference) -> std::optional<QString> {
        if (reference == u"inputs.parameters.n")
            return QStringLiteral("3");
        if (reference == u"inputs.parameters.list")
            return QStringLiteral("[1, \"two\", {\"k\": [3]}]");
        if (reference == u"inputs.parameters.text")
            return QStringLiteral("hello world");
        if (reference == u"item")
            return QStringLiteral("{\"name\": \"a\", \"size\": 2.5}");
        return std::nullopt;
    };
    (void)ps::ExprEvaluator::evaluate(psfuzz::text(data, size), lookup);
    return 0;
}
