#include "fileformat.h"

#include <array>
#include <utility>

namespace ps {

namespace {
constexpr std::array kNames{
    std::pair{FileFormat::Native, "native"},
    std::pair{FileFormat::KfpComponentV1, "kfp-component-v1"},
    std::pair{FileFormat::KfpComponentIr, "kfp-component-ir"},
    std::pair{FileFormat::KfpIr, "kfp-ir"},
    std::pair{FileFormat::ArgoWorkflow, "argo-workflow"},
    std::pair{FileFormat::ArgoCronWorkflow, "argo-cron-workflow"},
    std::pair{FileFormat::ArgoWorkflowTemplate, "argo-workflow-template"},
    std::pair{FileFormat::ArgoClusterWorkflowTemplate, "argo-cluster-workflow-template"},
    std::pair{FileFormat::Elyra, "elyra"},
};
} // namespace

QString fileFormatName(FileFormat format)
{
    for (const auto &[f, name] : kNames) {
        if (f == format)
            return QLatin1String(name);
    }
    return QStringLiteral("unknown");
}

FileFormat fileFormatFromName(const QString &name)
{
    for (const auto &[f, n] : kNames) {
        if (name == QLatin1String(n))
            return f;
    }
    return FileFormat::Unknown;
}

QStringList fileFormatNames()
{
    QStringList names;
    for (const auto &[f, name] : kNames)
        names.append(QLatin1String(name));
    return names;
}

} // namespace ps
