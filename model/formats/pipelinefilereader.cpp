#include "pipelinefilereader.h"

#include "argoreader.h"
#include "elyrareader.h"
#include "formatdetector.h"
#include "kfpirreader.h"
#include "kfpv1componentreader.h"
#include "nativereader.h"
#include "yamlreadcontext.h"
#include "yamlsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ps {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PipelineFileReader)
};
} // namespace

LoadedFile PipelineFileReader::readFile(const QString &path)
{
    LoadedFile result;
    result.path = path;
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        result.diagnostics.append(Diagnostic::error(Tr::tr("this is a folder, not a file"), {path, 0, 0}));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.append(Diagnostic::error(Tr::tr("cannot open: %1").arg(file.errorString()), {path, 0, 0}));
        return result;
    }
    // Refuse oversized files before reading them into memory.
    if (file.size() > yaml::kMaxFileBytes) {
        result.diagnostics.append(Diagnostic::error(
            Tr::tr("the file is %1 MiB, more than the %2 MiB a pipeline or component file may have")
                .arg(file.size() / (1024 * 1024))
                .arg(yaml::kMaxFileBytes / (1024 * 1024)),
            {path, 0, 0}));
        return result;
    }
    return readBytes(file.read(yaml::kMaxFileBytes + 1), path);
}

LoadedFile PipelineFileReader::readBytes(const QByteArray &bytes, const QString &path)
{
    LoadedFile result;
    result.path = path;
    const std::vector<YAML::Node> docs = yaml::parseDocuments(bytes, path, &result.diagnostics);
    if (docs.empty())
        return result;
    const YamlReadContext ctx(path, &result.diagnostics);
    result.format = FormatDetector::detect(docs.front());
    // Argo examples may put a ConfigMap or a PVC first; the workflow is the one that counts.
    for (size_t i = 1; result.format == FileFormat::Unknown && i < docs.size(); ++i) {
        const FileFormat f = FormatDetector::detect(docs[i]);
        if (f == FileFormat::ArgoWorkflow || f == FileFormat::ArgoCronWorkflow || f == FileFormat::ArgoWorkflowTemplate
            || f == FileFormat::ArgoClusterWorkflowTemplate)
            result.format = f;
    }
    try {
        switch (result.format) {
        case FileFormat::Native:
            NativeReader(ctx).read(docs.front(), &result);
            break;
        case FileFormat::KfpComponentV1:
            KfpV1ComponentReader(ctx).read(docs.front(), &result);
            break;
        case FileFormat::KfpIr:
        case FileFormat::KfpComponentIr:
            KfpIrReader(ctx).read(docs, &result);
            break;
        case FileFormat::ArgoWorkflow:
        case FileFormat::ArgoCronWorkflow:
        case FileFormat::ArgoWorkflowTemplate:
        case FileFormat::ArgoClusterWorkflowTemplate:
            ArgoReader(ctx).read(docs, &result);
            break;
        case FileFormat::Elyra:
            ElyraReader(ctx).read(docs.front(), &result);
            break;
        case FileFormat::Unknown:
            result.diagnostics.append(Diagnostic::error(
                docs.front().IsMap()
                    ? Tr::tr("unrecognised format: expected a Pipeline Studio file, a KFP component or pipeline, an Argo workflow or an Elyra pipeline")
                    : Tr::tr("unrecognised format: the top level must be a map of keys to values"),
                yaml::locationOf(docs.front(), path)));
            break;
        }
    } catch (const YAML::Exception &e) {
        // Readers check node kinds before use; this is the last line of defence.
        result.readable = false;
        result.diagnostics.append(Diagnostic::error(Tr::tr("unexpected structure: %1").arg(QString::fromStdString(e.msg)),
                                                    {path, e.mark.line + 1, e.mark.column + 1}));
    }
    return result;
}

} // namespace ps
