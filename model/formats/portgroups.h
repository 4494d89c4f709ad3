#pragma once

#include <QJsonObject>
#include <QString>

namespace ps {

// The `{parameters: …, artifacts: …}` object Argo and KFP both use for inputs, outputs and
// arguments, with an empty group left out (and an empty object when both are).
template <typename Group>
QJsonObject parametersAndArtifacts(const Group &parameters, const Group &artifacts)
{
    QJsonObject groups;
    if (!parameters.isEmpty())
        groups.insert(QStringLiteral("parameters"), parameters);
    if (!artifacts.isEmpty())
        groups.insert(QStringLiteral("artifacts"), artifacts);
    return groups;
}

} // namespace ps
