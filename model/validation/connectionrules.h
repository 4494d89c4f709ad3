#pragma once

#include "pipeline.h"

#include <QString>

namespace ps {

// Whether an edge output → input may exist, asked while the user drags; the answer is
// the reason it may not (empty when it may).
class ConnectionRules
{
public:
    static QString whyNot(const Pipeline &pipeline, const QString &graphKey, TaskId from, const QString &output,
                          TaskId to, const QString &input);
};

} // namespace ps
