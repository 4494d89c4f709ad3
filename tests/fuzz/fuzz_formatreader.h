#pragma once

#include "fuzzinput.h"
#include "formatdetector.h"
#include "loadedfile.h"
#include "yamlreadcontext.h"
#include "yamlsupport.h"

#include <yaml-cpp/exception.h>

// One reader on its own, given whatever parses as YAML: the detector is skipped, so the
// fuzzer need not find the keys that select the format before it reaches the reader.
template<typename Read>
int readWith(const uint8_t *data, size_t size, Read read)
{
    ps::LoadedFile result;
    const std::vector<YAML::Node> docs = ps::yaml::parseDocuments(psfuzz::bytes(data, size), QStringLiteral("fuzz.yaml"),
                                                                  &result.diagnostics);
    if (docs.empty())
        return 0;
    const ps::YamlReadContext ctx(QStringLiteral("fuzz.yaml"), &result.diagnostics);
    try {
        read(ctx, docs, &result);
    } catch (const YAML::Exception &) {
        // PipelineFileReader turns these into a diagnostic: the last line of defence.
    }
    return 0;
}
