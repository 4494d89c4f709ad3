#pragma once

#include "diagnostic.h"
#include "fileformat.h"
#include "pipeline.h"

#include <QByteArray>

namespace ps {

// The one entry point for writing a pipeline in any format that can be written.
class PipelineExporter
{
public:
    struct Result {
        QByteArray bytes;
        Diagnostics diagnostics;
        bool ok() const { return !hasErrors(diagnostics); }
    };

    static bool canWrite(FileFormat format);
    static Result write(const Pipeline &pipeline, FileFormat format);
};

} // namespace ps
