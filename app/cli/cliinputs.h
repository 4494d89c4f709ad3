#pragma once

#include "pipeline.h"

#include <QMap>
#include <QString>

#include <optional>

class QTextStream;

namespace ps::cliinputs {

// The pipeline in FILE, as `run` and `submit` take it: nothing (with the errors written to
// `err`) when the file is unreadable or invalid.
std::optional<Pipeline> readPipeline(const QString &file, QTextStream &err);
// Adds a `--param NAME=VALUE` to `parameters`; the complaint when it is not NAME=VALUE.
QString addParameter(const QString &nameValue, QMap<QString, QString> *parameters);

} // namespace ps::cliinputs
