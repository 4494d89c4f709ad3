// KFP CEL conditions translated to Argo `when` (the export of an IR pipeline's triggers).
#include "celtoargo.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)ps::CelToArgo::translate(psfuzz::text(data, size), [](const QString &input) -> std::optional<QString> {
        if (input.startsWith(u"pipelinechannel--"))
            return QStringLiteral("{{tasks.a.outputs.parameters.%1}}").arg(input.mid(17));
        return std::nullopt;
    });
    return 0;
}
