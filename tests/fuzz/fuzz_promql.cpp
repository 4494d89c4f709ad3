// The PromQL console's completion context: what is being typed at each cursor position.
#include "fuzzinput.h"
#include "promqlcontext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = psfuzz::text(data, size);
    for (int cursor = 0; cursor <= text.size(); cursor += 1 + text.size() / 16)
        (void)ps::PromQlContext::at(text, cursor);
    (void)ps::PromQlContext::at(text, int(text.size()));
    return 0;
}
