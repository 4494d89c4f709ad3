#pragma once

#include "runsnapshot.h"

#include <QHash>
#include <QJsonObject>

namespace ps {

// Reads an Argo Workflow object (as the server sends it) into a RunSnapshot with the same
// tree the local engine builds: tasks by name ("train"), sub-pipelines as Graph nodes whose
// children are "sub/inner", loops as Loop nodes with Iteration children "train(0)", and
// retried tasks with Attempt children "train#0". Argo's node tree is followed by its
// structure (boundaryID, Retry and TaskGroup children), not by parsing names, so loop item
// values with dots or brackets do not confuse it.
class ArgoWorkflowMapper
{
public:
    struct Result {
        RunSnapshot snapshot;
        QHash<QString, QString> argoNodeIds;   // our node id → Argo node id
    };

    static Result map(const QJsonObject &workflow);
    // The pod that ran an Argo node (pod name formats v1 and v2, as the controller names them).
    static QString podName(const QJsonObject &workflow, const QJsonObject &node);
    // Argo's node id hash: FNV-1a 32 of the node name, in decimal.
    static QString nodeHash(const QString &nodeName);

    // Labels and annotations Pipeline Studio sets on what it submits.
    static constexpr const char *kPipelineLabel = "pipelinestudio.io/pipeline";
    static constexpr const char *kManagedLabel = "pipelinestudio.io/managed";
    static constexpr const char *kPipelineNameAnnotation = "pipelinestudio.io/pipeline-name";
    static constexpr const char *kDisplayNameAnnotation = "pipelinestudio.io/display-name";
    static constexpr const char *kSourceAnnotation = "pipelinestudio.io/source";
};

} // namespace ps
