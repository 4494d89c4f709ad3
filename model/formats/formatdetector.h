#pragma once

#include "fileformat.h"

#include <yaml-cpp/yaml.h>

namespace ps {

// Tells a file's format from its keys, never from its name: KFP's own repository has
// IR files named `component.yaml`, and users rename files freely.
class FormatDetector
{
public:
    static FileFormat detect(const YAML::Node &firstDocument);
};

} // namespace ps
