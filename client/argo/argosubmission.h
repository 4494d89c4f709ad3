#pragma once

#include "backendresult.h"
#include "diagnostic.h"
#include "pipeline.h"
#include "runrequest.h"

#include <QJsonObject>

namespace ps {

// A workflow ready to send: the pipeline written by ArgoWriter, named here (so the run id
// is known before the server answers), labelled so our runs can be found again, with the
// run dialog's parameters.
class ArgoSubmission
{
public:
    // The workflow, or why it cannot be written (diagnostics on the tasks).
    static BackendResult<QJsonObject> workflow(const Pipeline &pipeline, const RunRequest &request, Diagnostics *diagnostics);
    // Another run of a workflow the server sent back: its spec with other parameters.
    static QJsonObject rerun(const QJsonObject &workflow, const QMap<QString, QString> &parameters);
    // A Kubernetes label value: at most 63 of [A-Za-z0-9-_.], alphanumeric at both ends.
    static QString labelValue(const QString &text);
    // A fresh DNS-1123 name from `base`: "train-pipeline-x7k2q".
    static QString uniqueName(const QString &base);
    static void setParameters(QJsonObject &spec, const QMap<QString, QString> &parameters);
};

} // namespace ps
