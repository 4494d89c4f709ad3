#include "formatdetector.h"

#include "yamlsupport.h"

namespace ps {

FileFormat FormatDetector::detect(const YAML::Node &doc)
{
    if (!doc.IsDefined() || !doc.IsMap())
        return FileFormat::Unknown;
    const QString format = yaml::toQString(doc["format"]);
    if (format == u"pipeline-studio")
        return FileFormat::Native;
    const QString apiVersion = yaml::toQString(doc["apiVersion"]);
    if (apiVersion.startsWith(u"argoproj.io/")) {
        const QString kind = yaml::toQString(doc["kind"]);
        if (kind == u"Workflow")
            return FileFormat::ArgoWorkflow;
        if (kind == u"CronWorkflow")
            return FileFormat::ArgoCronWorkflow;
        if (kind == u"WorkflowTemplate")
            return FileFormat::ArgoWorkflowTemplate;
        if (kind == u"ClusterWorkflowTemplate")
            return FileFormat::ArgoClusterWorkflowTemplate;
        return FileFormat::Unknown;
    }
    if (yaml::toQString(doc["doc_type"]) == u"pipeline" || doc["primary_pipeline"].IsDefined())
        return FileFormat::Elyra;
    if (doc["implementation"].IsDefined())
        return FileFormat::KfpComponentV1;
    // IR pipelines and compiled components share one shape; the reader tells them apart.
    if (doc["root"].IsDefined() && (doc["deploymentSpec"].IsDefined() || doc["components"].IsDefined()
                                    || doc["pipelineInfo"].IsDefined()))
        return FileFormat::KfpIr;
    return FileFormat::Unknown;
}

} // namespace ps
