#include "pipelineexporter.h"

#include "argowriter.h"
#include "kfpirwriter.h"
#include "nativewriter.h"

#include <QCoreApplication>

namespace ps {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PipelineExporter)
};
} // namespace

bool PipelineExporter::canWrite(FileFormat format)
{
    switch (format) {
    case FileFormat::Native:
    case FileFormat::ArgoWorkflow:
    case FileFormat::ArgoCronWorkflow:
    case FileFormat::ArgoWorkflowTemplate:
    case FileFormat::ArgoClusterWorkflowTemplate:
    case FileFormat::KfpIr:
        return true;
    default:
        return false;
    }
}

PipelineExporter::Result PipelineExporter::write(const Pipeline &pipeline, FileFormat format)
{
    Result result;
    auto argo = [&](ArgoWriter::Kind kind) {
        ArgoWriter::Result r = ArgoWriter::write(pipeline, kind);
        result.bytes = r.yaml;
        result.diagnostics = r.diagnostics;
    };
    switch (format) {
    case FileFormat::Native:
        result.bytes = NativeWriter::write(pipeline);
        break;
    case FileFormat::ArgoWorkflow:
        argo(ArgoWriter::Kind::Workflow);
        break;
    case FileFormat::ArgoCronWorkflow:
        argo(ArgoWriter::Kind::CronWorkflow);
        break;
    case FileFormat::ArgoWorkflowTemplate:
        argo(ArgoWriter::Kind::WorkflowTemplate);
        break;
    case FileFormat::ArgoClusterWorkflowTemplate:
        argo(ArgoWriter::Kind::ClusterWorkflowTemplate);
        break;
    case FileFormat::KfpIr: {
        KfpIrWriter::Result r = KfpIrWriter::write(pipeline);
        result.bytes = r.yaml;
        result.diagnostics = r.diagnostics;
        break;
    }
    default:
        result.diagnostics.append(Diagnostic::error(
            Tr::tr("writing %1 is not supported yet").arg(fileFormatName(format))));
        break;
    }
    return result;
}

} // namespace ps
