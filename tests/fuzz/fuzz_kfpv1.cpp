// The KfpV1ComponentReader alone, on any YAML (see fuzz_formatreader.h).
#include "fuzz_formatreader.h"
#include "kfpv1componentreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return readWith(data, size, [](const ps::YamlReadContext &ctx, const std::vector<YAML::Node> &docs, ps::LoadedFile *result) {
        KfpV1ComponentReader(ctx).read(docs.front(), result);
    });
}
