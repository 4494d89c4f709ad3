// Any file handed to `pstudio validate` or opened in the editor: YAML or JSON, every
// format the detector knows (native, Argo, KFP IR, KFP v1 component, Elyra), then the
// validation the editor runs on what was read.
#include "filecheck.h"
#include "fuzzinput.h"
#include "pipelinefilereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ps::LoadedFile file = ps::PipelineFileReader::readBytes(psfuzz::bytes(data, size), QStringLiteral("fuzz.yaml"));
    const ps::FileCheck check = ps::FileCheck::run(file);
    (void)check;
    return 0;
}
