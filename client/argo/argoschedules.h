#pragma once

#include "backendresult.h"
#include "pipeline.h"
#include "runrequest.h"
#include "scheduleinfo.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace ps {

class ApiClient;

// Argo's CronWorkflows and WorkflowTemplates of one namespace, through the Argo Server REST
// API: what ArgoBackend offers as schedules and templates. Answers are futures; a refused
// request gives the server's reason.
class ArgoSchedules : public QObject
{
    Q_OBJECT
public:
    ArgoSchedules(ApiClient *api, QString namespaceName, QObject *parent = nullptr);

    // Our CronWorkflows (labelled pipelinestudio.io/managed).
    QFuture<BackendResult<QList<ScheduleInfo>>> list();
    // A CronWorkflow of `pipeline` on its schedule; gives its name.
    QFuture<BackendResult<QString>> create(const Pipeline &pipeline, const RunRequest &request);
    QFuture<BackendResult<QString>> setSuspended(const QString &cronName, bool suspended);
    QFuture<BackendResult<QString>> remove(const QString &cronName);
    QFuture<BackendResult<QString>> publishTemplate(const Pipeline &pipeline, const QString &templateName);
    QFuture<BackendResult<QStringList>> templateNames();

    static ScheduleInfo fromCronWorkflow(const QJsonObject &cron);

private:
    QString path(const QString &kind, const QString &name = {}, const QString &verb = {}) const;

    QPointer<ApiClient> m_api;
    QString m_namespace;
};

} // namespace ps
