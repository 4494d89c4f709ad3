#include "kfprecurringruns.h"

#include "apiclient.h"
#include "kfpirwriter.h"
#include "kfppagequery.h"
#include "kfpsubmission.h"

#include <QJsonArray>

namespace ps {

namespace {

QString s(const char *t) { return QString::fromLatin1(t); }

QJsonObject runtimeConfig(const QMap<QString, QString> &parameters)
{
    QJsonObject params;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        params[it.key()] = it.value();
    return QJsonObject{{s("parameters"), params}};
}

} // namespace

KfpRecurringRuns::KfpRecurringRuns(ApiClient *api, Settings settings, QObject *parent)
    : QObject(parent), m_api(api), m_settings(std::move(settings))
{
}

ScheduleInfo KfpRecurringRuns::fromRecurringRun(const QJsonObject &run)
{
    ScheduleInfo info;
    info.id = run.value(s("recurring_run_id")).toString();
    info.name = run.value(s("display_name")).toString();
    if (info.name.isEmpty())
        info.name = info.id;
    info.schedule = run.value(s("trigger")).toObject().value(s("cron_schedule")).toObject().value(s("cron")).toString();
    const QString status = run.value(s("status")).toString();
    info.suspended = status.isEmpty() ? run.value(s("mode")).toString() == s("DISABLE") : status == s("DISABLED");
    return info;   // KFP does not say when a recurring run last fired
}

QUrlQuery KfpRecurringRuns::pageQuery(const QString &token) const
{
    return kfpPageQuery(m_settings.pageSize, m_settings.namespaceName, token);
}

QFuture<BackendResult<QList<ScheduleInfo>>> KfpRecurringRuns::list()
{
    // Unanswered (this object goes away mid-listing), the promise is dropped: the future is cancelled.
    auto promise = std::make_shared<Listing>();
    promise->start();
    loadPage(promise, {}, {});
    return promise->future();
}

void KfpRecurringRuns::loadPage(std::shared_ptr<Listing> promise, QList<ScheduleInfo> listed, const QString &token)
{
    using R = BackendResult<QList<ScheduleInfo>>;
    m_api->get(s("/apis/v2beta1/recurringruns"), pageQuery(token)).then(this, [this, promise, listed](const ApiResponse &r) mutable {
        if (!r.ok()) {
            promise->addResult(R::failure(r.error));
            promise->finish();
            return;
        }
        for (const QJsonValue &v : r.json.object().value(s("recurring_runs")).toArray())
            listed.append(fromRecurringRun(v.toObject()));
        const QString next = r.json.object().value(s("next_page_token")).toString();
        if (!next.isEmpty())
            return loadPage(promise, listed, next);
        promise->addResult(R{listed, {}});
        promise->finish();
    });
}

QFuture<BackendResult<QString>> KfpRecurringRuns::create(const Pipeline &pipeline, const RunRequest &request)
{
    using R = BackendResult<QString>;
    if (!pipeline.schedule || pipeline.schedule->cron.isEmpty())
        return QtFuture::makeReadyFuture(R::failure(tr("The pipeline has no schedule.")));
    const KfpIrWriter::Result ir = KfpIrWriter::write(pipeline);
    if (hasErrors(ir.diagnostics))
        return QtFuture::makeReadyFuture(R::failure(ir.diagnostics.first().message));
    const QString pipelineName = pipeline.name.isEmpty() ? pipeline.displayName : pipeline.name;
    // KFP's cron has a seconds field first.
    const QJsonObject trigger{{s("cron_schedule"), QJsonObject{{s("cron"), QString(s("0 ") + pipeline.schedule->cron)}}}};
    const QJsonObject body{{s("display_name"), request.displayName.isEmpty() ? pipelineName : request.displayName},
                           {s("runtime_config"), runtimeConfig(request.parameters)},
                           {s("trigger"), trigger},
                           {s("mode"), pipeline.schedule->suspended ? s("DISABLE") : s("ENABLE")},
                           {s("max_concurrency"), s("1")},
                           {s("no_catchup"), true}};
    KfpSubmission::Target target{m_settings.namespaceName, request.experiment.isEmpty() ? m_settings.experiment : request.experiment,
                                 pipelineName, ir.yaml, s("/apis/v2beta1/recurringruns"), body};
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    auto *submission = new KfpSubmission(m_api, target, this);
    connect(submission, &KfpSubmission::finished, this, [promise](const QJsonObject &made, const QString &error) {
        promise->addResult(error.isEmpty() ? R{made.value(s("recurring_run_id")).toString(), {}} : R::failure(error));
        promise->finish();
    });
    submission->start();
    return promise->future();
}

QFuture<BackendResult<QString>> KfpRecurringRuns::setEnabled(const QString &recurringRunId, bool enabled)
{
    using R = BackendResult<QString>;
    const QString path = QStringLiteral("/apis/v2beta1/recurringruns/%1:%2").arg(recurringRunId, enabled ? s("enable") : s("disable"));
    return m_api->call("POST", path).then(this, [recurringRunId](const ApiResponse &r) {
        return r.ok() ? R{recurringRunId, {}} : R::failure(r.error);
    });
}

QFuture<BackendResult<QString>> KfpRecurringRuns::remove(const QString &recurringRunId)
{
    using R = BackendResult<QString>;
    return m_api->call("DELETE", s("/apis/v2beta1/recurringruns/") + recurringRunId).then(this, [recurringRunId](const ApiResponse &r) {
        return r.ok() || r.status == 404 ? R{recurringRunId, {}} : R::failure(r.error);
    });
}

} // namespace ps
