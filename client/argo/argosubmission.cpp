#include "argosubmission.h"

#include "argoworkflowmapper.h"
#include "argowriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

namespace ps {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArgoSubmission)
};
QString s(const char *text) { return QString::fromLatin1(text); }
}

QString ArgoSubmission::labelValue(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : (c == u'.' || c == u'_' ? c : u'-'));
    out = out.left(63);
    while (!out.isEmpty() && !out.front().isLetterOrNumber())
        out.remove(0, 1);
    while (!out.isEmpty() && !out.back().isLetterOrNumber())
        out.chop(1);
    return out;
}

QString ArgoSubmission::uniqueName(const QString &base)
{
    QString stem = labelValue(base).toLower().replace(u'_', u'-').replace(u'.', u'-').left(40);
    while (stem.endsWith(u'-'))
        stem.chop(1);
    if (stem.isEmpty())
        stem = s("pipeline");
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]));
    return stem + u'-' + suffix;
}

void ArgoSubmission::setParameters(QJsonObject &spec, const QMap<QString, QString> &parameters)
{
    QJsonObject args = spec.value(s("arguments")).toObject();
    QJsonArray params = args.value(s("parameters")).toArray();
    QMap<QString, QString> rest = parameters;
    for (auto &&p : params) {
        QJsonObject o = p.toObject();
        const QString name = o.value(s("name")).toString();
        if (rest.contains(name)) {
            o[s("value")] = rest.take(name);
            p = o;
        }
    }
    for (auto it = rest.cbegin(); it != rest.cend(); ++it)
        params.append(QJsonObject{{s("name"), it.key()}, {s("value"), it.value()}});
    args[s("parameters")] = params;
    spec[s("arguments")] = args;
}

BackendResult<QJsonObject> ArgoSubmission::workflow(const Pipeline &pipeline, const RunRequest &request, Diagnostics *diagnostics)
{
    const ArgoWriter::Result written = ArgoWriter::write(pipeline, ArgoWriter::Kind::Workflow);
    if (hasErrors(written.diagnostics)) {
        *diagnostics = written.diagnostics;
        return BackendResult<QJsonObject>::failure(
            Tr::tr("The pipeline cannot run on Argo: %1").arg(written.diagnostics.first().message));
    }
    QJsonObject wf = written.object;
    QJsonObject md = wf.value(s("metadata")).toObject();
    const QString pipelineName = pipeline.name.isEmpty() ? pipeline.displayName : pipeline.name;
    md.remove(s("generateName"));
    md[s("name")] = uniqueName(pipelineName);
    QJsonObject labels = md.value(s("labels")).toObject();
    labels[QLatin1String(ArgoWorkflowMapper::kPipelineLabel)] = labelValue(pipelineName);
    labels[QLatin1String(ArgoWorkflowMapper::kManagedLabel)] = s("true");
    md[s("labels")] = labels;
    QJsonObject annotations = md.value(s("annotations")).toObject();
    annotations[QLatin1String(ArgoWorkflowMapper::kPipelineNameAnnotation)] = pipelineName;
    if (!request.displayName.isEmpty())
        annotations[QLatin1String(ArgoWorkflowMapper::kDisplayNameAnnotation)] = request.displayName;
    if (!request.sourcePath.isEmpty())
        annotations[QLatin1String(ArgoWorkflowMapper::kSourceAnnotation)] = request.sourcePath;
    md[s("annotations")] = annotations;
    wf[s("metadata")] = md;
    QJsonObject spec = wf.value(s("spec")).toObject();
    setParameters(spec, request.parameters);
    wf[s("spec")] = spec;
    return {wf, {}};
}

QJsonObject ArgoSubmission::rerun(const QJsonObject &workflow, const QMap<QString, QString> &parameters)
{
    const QJsonObject old = workflow.value(s("metadata")).toObject();
    QJsonObject labels = old.value(s("labels")).toObject();
    for (const QString &key : labels.keys())
        if (key.startsWith(s("workflows.argoproj.io/")))
            labels.remove(key);
    QJsonObject annotations = old.value(s("annotations")).toObject();
    for (const QString &key : annotations.keys())
        if (key.startsWith(s("workflows.argoproj.io/")))
            annotations.remove(key);
    const QString base = annotations.value(QLatin1String(ArgoWorkflowMapper::kPipelineNameAnnotation)).toString(old.value(s("name")).toString());
    QJsonObject spec = workflow.value(s("spec")).toObject();
    spec.remove(s("shutdown"));
    spec.remove(s("suspend"));
    setParameters(spec, parameters);
    return QJsonObject{{s("apiVersion"), workflow.value(s("apiVersion")).toString(s("argoproj.io/v1alpha1"))},
                       {s("kind"), s("Workflow")},
                       {s("metadata"), QJsonObject{{s("name"), uniqueName(base)}, {s("labels"), labels}, {s("annotations"), annotations}}},
                       {s("spec"), spec}};
}

} // namespace ps
