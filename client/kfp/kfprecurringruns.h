#pragma once

#include "backendresult.h"
#include "pipeline.h"
#include "runrequest.h"
#include "scheduleinfo.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QUrlQuery>

#include <memory>

namespace ps {

class ApiClient;

// Kubeflow Pipelines' recurring runs of one namespace (v2beta1): what KfpBackend offers as
// schedules. Answers are futures; a refused request gives the server's reason.
class KfpRecurringRuns : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        QString namespaceName;   // "" for single-user deployments
        QString experiment;      // where a recurring run goes when the request names none
        int pageSize = 100;
    };
    KfpRecurringRuns(ApiClient *api, Settings settings, QObject *parent = nullptr);

    // Every page of them.
    QFuture<BackendResult<QList<ScheduleInfo>>> list();
    // A recurring run (cron) of `pipeline` on its schedule, after uploading it; gives its id.
    QFuture<BackendResult<QString>> create(const Pipeline &pipeline, const RunRequest &request);
    // KFP's :enable and :disable.
    QFuture<BackendResult<QString>> setEnabled(const QString &recurringRunId, bool enabled);
    QFuture<BackendResult<QString>> remove(const QString &recurringRunId);

    static ScheduleInfo fromRecurringRun(const QJsonObject &run);

private:
    using Listing = QPromise<BackendResult<QList<ScheduleInfo>>>;
    QUrlQuery pageQuery(const QString &token) const;
    void loadPage(std::shared_ptr<Listing> promise, QList<ScheduleInfo> listed, const QString &token);

    QPointer<ApiClient> m_api;
    Settings m_settings;
};

} // namespace ps
