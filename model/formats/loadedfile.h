#pragma once

#include "componentspec.h"
#include "diagnostic.h"
#include "fileformat.h"
#include "pipeline.h"

namespace ps {

// What reading a file gives: its format, whether it holds a pipeline or a component,
// that content, and the diagnostics of reading it (not of validating it).
struct LoadedFile {
    enum class Kind { Pipeline, Component };

    QString path;
    FileFormat format = FileFormat::Unknown;
    Kind kind = Kind::Pipeline;
    Pipeline pipeline;
    ComponentSpec component;
    Diagnostics diagnostics;
    // True when the file could be read at all: the format was recognised and the reader
    // produced a model (diagnostics may still hold errors about parts of it).
    bool readable = false;

    bool ok() const { return readable && !hasErrors(diagnostics); }

    // What the file holds as a pipeline to look at or run: the pipeline itself; a component
    // whose implementation is a graph as that graph with the component's inputs as parameters;
    // any other component as a one-task pipeline.
    Pipeline asPipeline() const;
};

} // namespace ps
