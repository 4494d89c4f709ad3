#pragma once

#include "placeholdertext.h"
#include "tasksettings.h"

#include <QMap>
#include <QString>

namespace ps {

// Whether a task runs, by its condition: Argo's `when` with its {{…}} references filled in
// from the scope, or a KFP CEL condition over the task's own inputs (translated to Argo's
// dialect first).
class TaskCondition
{
public:
    struct Verdict {
        enum class Kind { Run, Skip, Error };
        Kind kind = Kind::Run;
        QString message;   // Skip: which condition was false; Error: why it could not be told
    };
    static Verdict evaluate(const Condition &when, const PlaceholderText::Lookup &scope, const QMap<QString, QString> &taskInputs);
};

} // namespace ps
