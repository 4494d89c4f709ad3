#pragma once

#include "commandarg.h"

#include <QString>

namespace ps {

// KFP v2 IR command-line strings to command items and back: `{{$.inputs.parameters['x']}}`,
// `{{$.inputs.artifacts['x'].path}}`, `{{$.outputs.parameters['x'].output_file}}`,
// `{{$.outputs.artifacts['x'].path}}`, and the JSON-encoded `{"Concat": …}` and
// `{"IfPresent": …}` structures. Placeholders with no model equivalent (`.uri`, `{{$}}`,
// `{{$.pipeline_job_name}}` …) stay literal text.
namespace kfpplaceholders {

CommandArg parse(const QString &text);
QString format(const CommandArg &arg);

} // namespace kfpplaceholders
} // namespace ps
