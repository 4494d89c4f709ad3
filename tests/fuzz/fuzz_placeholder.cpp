// {{…}} references in commands, arguments and parameter values (Argo and KFP forms),
// with expression tags inside, as the local engine fills them.
#include "fuzzinput.h"
#include "placeholdertext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = psfuzz::text(data, size);
    (void)ps::PlaceholderText::normalized(text);
    (void)ps::PlaceholderText::substitute(text, [](const QString &reference) -> std::optional<QString> {
        if (reference.startsWith(u"inputs.") || reference.startsWith(u"workflow."))
            return reference.size() % 2 ? QStringLiteral("value") : QStringLiteral("{{inputs.parameters.x}}");
        return std::nullopt;
    });
    return 0;
}
