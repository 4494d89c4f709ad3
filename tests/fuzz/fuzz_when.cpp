// Argo `when` conditions as the local engine evaluates them, once their references are filled.
#include "fuzzinput.h"
#include "whenexpression.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)ps::WhenExpression::evaluate(psfuzz::text(data, size));
    return 0;
}
