#pragma once

#include <QString>
#include <QStringList>

namespace ps {

// The file formats Pipeline Studio knows, named as `pstudio inspect` reports them
// and as `pstudio export --format` takes them.
enum class FileFormat {
    Unknown,
    Native,
    KfpComponentV1,
    KfpComponentIr,
    KfpIr,
    ArgoWorkflow,
    ArgoCronWorkflow,
    ArgoWorkflowTemplate,
    ArgoClusterWorkflowTemplate,
    Elyra,
};

QString fileFormatName(FileFormat format);
FileFormat fileFormatFromName(const QString &name);
QStringList fileFormatNames();

} // namespace ps
