#pragma once

#include "fakeapiserver.h"
#include "fakepodlogs.h"

#include <QJsonArray>
#include <QMap>

namespace pstest {

// Argo Server as its swagger describes it (api/argo/swagger.json): workflows (create, lint,
// get, list with labelSelector/fieldSelector and listOptions.limit/continue, delete, stop,
// terminate, suspend, resume, retry, resubmit), the workflow-events SSE watch resuming from
// listOptions.resourceVersion, the per-pod log SSE, artifact files, CronWorkflows and
// WorkflowTemplates, version and userinfo. Errors are grpc-gateway {code, message, error}.
// A test plays the controller: setStatus() moves a workflow on and watchers hear it.
class FakeArgoServer : public FakeApiServer
{
    Q_OBJECT
public:
    explicit FakeArgoServer(QObject *parent = nullptr);

    QJsonObject workflow(const QString &name) const { return m_workflows.value(name); }
    QStringList workflowNames() const { return m_workflows.keys(); }
    QJsonObject cronWorkflow(const QString &name) const { return m_crons.value(name); }
    // The controller fired the CronWorkflow: its status (lastScheduledTime, active…).
    void setCronWorkflowStatus(const QString &name, const QJsonObject &status);
    QJsonObject workflowTemplate(const QString &name) const { return m_templates.value(name); }
    // Puts a workflow in as if someone else created it (no request recorded).
    QJsonObject addWorkflow(QJsonObject workflow);
    // The controller moved the workflow on: new status, a MODIFIED event for watchers.
    void setStatus(const QString &name, const QJsonObject &status);
    // Lint answers InvalidArgument with this message (empty: lint passes).
    void setLintError(const QString &message) { m_lintError = message; }
    FakePodLogs &logs() { return m_logs; }
    void setArtifact(const QString &workflow, const QString &nodeId, const QString &name, const QByteArray &bytes);
    int openWatches() const;
    // Hangs up every open watch in the middle of an event, as a restarting proxy does.
    void dropWatches();
    qint64 resourceVersion() const { return m_rv; }

    // grpc codes of the errors Argo returns
    static int grpcCode(int httpStatus);

protected:
    QByteArray errorBody(int status, const QString &message) const override;

private:
    struct Watch {
        QPointer<TestHttpExchange> exchange;
        QString labelSelector;
        QString name;   // from fieldSelector metadata.name=
    };
    QJsonObject stored(QJsonObject workflow);
    void publish(const QString &type, const QJsonObject &workflow);
    bool sendEvent(Watch &watch, const QString &type, const QJsonObject &workflow);
    static bool matches(const QJsonObject &object, const QString &labelSelector);
    void routeWorkflowActions();
    void routeOtherKinds();

    QMap<QString, QJsonObject> m_workflows;
    QMap<QString, QJsonObject> m_crons;
    QMap<QString, QJsonObject> m_templates;
    QList<QPair<qint64, QPair<QString, QJsonObject>>> m_history;   // rv → (type, object)
    QList<Watch> m_watches;
    QMap<QString, QByteArray> m_artifacts;
    FakePodLogs m_logs;
    QString m_lintError;
    qint64 m_rv = 1000;
    int m_nameCounter = 0;
};

} // namespace pstest
