#include "filecheck.h"

#include "pipelinefilereader.h"
#include "validator.h"

namespace ps {

FileCheck FileCheck::run(const QString &path)
{
    return run(PipelineFileReader::readFile(path));
}

FileCheck FileCheck::run(LoadedFile loaded)
{
    FileCheck check;
    check.file = std::move(loaded);
    check.diagnostics = check.file.diagnostics;
    if (!check.file.readable) {
        check.exitCode = Unreadable;
        return check;
    }
    const Diagnostics found = check.file.kind == LoadedFile::Kind::Component
                                  ? Validator::validateComponent(check.file.component, check.file.pipeline.components)
                                  : Validator::validate(check.file.pipeline);
    check.diagnostics.append(found);
    check.exitCode = hasErrors(check.diagnostics) ? Invalid : Valid;
    return check;
}

} // namespace ps
