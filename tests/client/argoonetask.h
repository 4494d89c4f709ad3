#pragma once

#include "argoworkflowmapper.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pstest {

// The smallest Argo workflow the cluster tests submit: a DAG with one task, `hello`, of
// template `echo`, and the status the controller writes for it.
inline QByteArray oneTaskWorkflow(const QByteArray &generateName)
{
    return "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: " + generateName + "\n"
           "spec:\n  entrypoint: main\n  templates:\n  - name: main\n    dag:\n      tasks:\n      - name: hello\n"
           "        template: echo\n  - name: echo\n    container: {image: \"alpine:3.19\", command: [echo, hi]}\n";
}

// Workflow `wf`'s status with its root and the `hello` node in `phase`.
inline QJsonObject oneTaskStatus(const QString &wf, const QString &phase)
{
    const QString nodeName = wf + QStringLiteral(".hello");
    const QString nodeId = wf + u'-' + ps::ArgoWorkflowMapper::nodeHash(nodeName);
    const QJsonObject node{{QStringLiteral("id"), nodeId}, {QStringLiteral("name"), nodeName},
                           {QStringLiteral("displayName"), QStringLiteral("hello")}, {QStringLiteral("type"), QStringLiteral("Pod")},
                           {QStringLiteral("phase"), phase}, {QStringLiteral("templateName"), QStringLiteral("echo")},
                           {QStringLiteral("boundaryID"), wf}};
    const QJsonObject root{{QStringLiteral("id"), wf}, {QStringLiteral("name"), wf}, {QStringLiteral("displayName"), wf},
                           {QStringLiteral("type"), QStringLiteral("DAG")}, {QStringLiteral("phase"), phase},
                           {QStringLiteral("children"), QJsonArray{nodeId}}};
    return QJsonObject{{QStringLiteral("phase"), phase}, {QStringLiteral("nodes"), QJsonObject{{wf, root}, {nodeId, node}}}};
}

} // namespace pstest
