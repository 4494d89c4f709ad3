#include "argoschedules.h"

#include "apiclient.h"
#include "argosubmission.h"
#include "argoworkflowmapper.h"
#include "argowriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ps {

namespace {
QString s(const char *text) { return QString::fromLatin1(text); }
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
} // namespace

ArgoSchedules::ArgoSchedules(ApiClient *api, QString namespaceName, QObject *parent)
    : QObject(parent), m_api(api), m_namespace(std::move(namespaceName))
{
}

QString ArgoSchedules::path(const QString &kind, const QString &name, const QString &verb) const
{
    QString p = QStringLiteral("/api/v1/%1/%2").arg(kind, m_namespace);
    if (!name.isEmpty())
        p += u'/' + name;
    if (!verb.isEmpty())
        p += u'/' + verb;
    return p;
}

ScheduleInfo ArgoSchedules::fromCronWorkflow(const QJsonObject &cron)
{
    const QJsonObject spec = cron.value(s("spec")).toObject();
    ScheduleInfo info;
    info.id = cron.value(s("metadata")).toObject().value(s("name")).toString();
    info.name = info.id;
    QStringList schedules;
    for (const QJsonValue &v : spec.value(s("schedules")).toArray())
        schedules.append(v.toString());
    if (schedules.isEmpty() && spec.contains(s("schedule")))
        schedules.append(spec.value(s("schedule")).toString());
    info.schedule = schedules.join(s(", "));
    const QString zone = spec.value(s("timezone")).toString();
    if (!zone.isEmpty())
        info.schedule += s(" (%1)").arg(zone);
    info.suspended = spec.value(s("suspend")).toBool();
    info.lastRun = QDateTime::fromString(cron.value(s("status")).toObject().value(s("lastScheduledTime")).toString(), Qt::ISODate);
    return info;
}

QFuture<BackendResult<QList<ScheduleInfo>>> ArgoSchedules::list()
{
    using R = BackendResult<QList<ScheduleInfo>>;
    QUrlQuery query;
    query.addQueryItem(s("listOptions.labelSelector"), QLatin1String(ArgoWorkflowMapper::kManagedLabel) + s("=true"));
    return m_api->get(path(s("cron-workflows")), query).then(this, [](const ApiResponse &r) {
        if (!r.ok())
            return R::failure(r.error);
        QList<ScheduleInfo> items;
        for (const QJsonValue &v : r.json.object().value(s("items")).toArray())
            items.append(fromCronWorkflow(v.toObject()));
        return R{items, {}};
    });
}

QFuture<BackendResult<QString>> ArgoSchedules::create(const Pipeline &pipeline, const RunRequest &request)
{
    using R = BackendResult<QString>;
    const ArgoWriter::Result written = ArgoWriter::write(pipeline, ArgoWriter::Kind::CronWorkflow);
    if (hasErrors(written.diagnostics) || !pipeline.schedule)
        return QtFuture::makeReadyFuture(R::failure(written.diagnostics.isEmpty() ? tr("The pipeline has no schedule.")
                                                                                   : written.diagnostics.first().message));
    QJsonObject cron = written.object;
    QJsonObject md = cron.value(s("metadata")).toObject();
    const QString name = ArgoSubmission::uniqueName(pipeline.name);
    md.remove(s("generateName"));
    md[s("name")] = name;
    QJsonObject labels = md.value(s("labels")).toObject();
    labels[QLatin1String(ArgoWorkflowMapper::kManagedLabel)] = s("true");
    labels[QLatin1String(ArgoWorkflowMapper::kPipelineLabel)] = ArgoSubmission::labelValue(pipeline.name);
    md[s("labels")] = labels;
    cron[s("metadata")] = md;
    QJsonObject spec = cron.value(s("spec")).toObject();
    QJsonObject wfSpec = spec.value(s("workflowSpec")).toObject();
    ArgoSubmission::setParameters(wfSpec, request.parameters);
    spec[s("workflowSpec")] = wfSpec;
    if (!request.displayName.isEmpty()) {
        // The runs it starts carry the name the user gave, as a run submitted from here does.
        QJsonObject workflowMetadata = spec.value(s("workflowMetadata")).toObject();
        QJsonObject annotations = workflowMetadata.value(s("annotations")).toObject();
        annotations[QLatin1String(ArgoWorkflowMapper::kDisplayNameAnnotation)] = request.displayName;
        workflowMetadata[s("annotations")] = annotations;
        spec[s("workflowMetadata")] = workflowMetadata;
    }
    cron[s("spec")] = spec;
    const QJsonObject body{{s("namespace"), m_namespace}, {s("cronWorkflow"), cron}};
    return m_api->call("POST", path(s("cron-workflows")), {}, compact(body)).then(this, [name](const ApiResponse &r) {
        return r.ok() ? R{name, {}} : R::failure(r.error);
    });
}

QFuture<BackendResult<QString>> ArgoSchedules::setSuspended(const QString &cronName, bool suspended)
{
    using R = BackendResult<QString>;
    const QJsonObject body{{s("namespace"), m_namespace}, {s("name"), cronName}};
    return m_api->call("PUT", path(s("cron-workflows"), cronName, suspended ? s("suspend") : s("resume")), {}, compact(body))
        .then(this, [cronName](const ApiResponse &r) { return r.ok() ? R{cronName, {}} : R::failure(r.error); });
}

QFuture<BackendResult<QString>> ArgoSchedules::remove(const QString &cronName)
{
    using R = BackendResult<QString>;
    return m_api->call("DELETE", path(s("cron-workflows"), cronName)).then(this, [cronName](const ApiResponse &r) {
        return r.ok() || r.status == 404 ? R{cronName, {}} : R::failure(r.error);
    });
}

QFuture<BackendResult<QString>> ArgoSchedules::publishTemplate(const Pipeline &pipeline, const QString &templateName)
{
    using R = BackendResult<QString>;
    const ArgoWriter::Result written = ArgoWriter::write(pipeline, ArgoWriter::Kind::WorkflowTemplate);
    if (hasErrors(written.diagnostics))
        return QtFuture::makeReadyFuture(R::failure(written.diagnostics.first().message));
    QJsonObject tmpl = written.object;
    QJsonObject md = tmpl.value(s("metadata")).toObject();
    md.remove(s("generateName"));
    md[s("name")] = templateName;
    tmpl[s("metadata")] = md;
    const QJsonObject body{{s("namespace"), m_namespace}, {s("template"), tmpl}};
    return m_api->call("POST", path(s("workflow-templates")), {}, compact(body)).then(this, [templateName](const ApiResponse &r) {
        return r.ok() ? R{templateName, {}} : R::failure(r.error);
    });
}

QFuture<BackendResult<QStringList>> ArgoSchedules::templateNames()
{
    using R = BackendResult<QStringList>;
    return m_api->get(path(s("workflow-templates"))).then(this, [](const ApiResponse &r) {
        if (!r.ok())
            return R::failure(r.error);
        QStringList names;
        for (const QJsonValue &v : r.json.object().value(s("items")).toArray())
            names.append(v.toObject().value(s("metadata")).toObject().value(s("name")).toString());
        names.sort();
        return R{names, {}};
    });
}

} // namespace ps
