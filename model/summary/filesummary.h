#pragma once

#include "loadedfile.h"

#include <QJsonObject>

namespace ps {

// The shape `pstudio inspect --json` prints: format, kind, name, inputs and outputs with
// types, and the top-level tasks with the names of the tasks each waits for.
class FileSummary
{
public:
    static QJsonObject toJson(const LoadedFile &file);
};

} // namespace ps
