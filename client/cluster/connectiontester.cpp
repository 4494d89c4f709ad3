#include "connectiontester.h"

#include "apiclient.h"
#include "clusterconnection.h"
#include "kubeclient.h"

#include <QJsonObject>
#include <QPointer>
#include <QPromise>

#include <memory>

namespace ps {

namespace {

QString s(const char *t) { return QString::fromLatin1(t); }

struct Step {
    QPointer<ApiClient> api;
    QString path;
    std::function<QString(const QJsonObject &)> describe;
};

// Runs the steps one after the other; the first failure ends the test.
void runSteps(std::shared_ptr<QPromise<ConnectionTestResult>> promise, std::shared_ptr<ConnectionTestResult> result,
              QList<Step> steps)
{
    if (steps.isEmpty()) {
        result->ok = true;
        promise->addResult(*result);
        promise->finish();
        return;
    }
    const Step step = steps.takeFirst();
    if (!step.api) {
        result->error = ConnectionTester::tr("The connection was closed.");
        promise->addResult(*result);
        promise->finish();
        return;
    }
    step.api->get(step.path).then(step.api, [promise, result, steps, step](const ApiResponse &r) {
        if (!r.ok()) {
            result->error = r.error;
            promise->addResult(*result);
            promise->finish();
            return;
        }
        result->findings.append(step.describe(r.json.object()));
        runSteps(promise, result, steps);
    });
}

} // namespace

QFuture<ConnectionTestResult> ConnectionTester::test(ClusterConnection *connection)
{
    auto promise = std::make_shared<QPromise<ConnectionTestResult>>();
    promise->start();
    auto result = std::make_shared<ConnectionTestResult>();
    result->warning = connection->warning();
    QList<Step> steps;
    if (KubeClient *kube = connection->kube())
        steps.append({kube->api(), s("/version"), [](const QJsonObject &o) {
                          return tr("Kubernetes %1 (%2)").arg(o.value(s("gitVersion")).toString(), o.value(s("platform")).toString());
                      }});
    ApiClient *engine = connection->engineApi();
    if (engine && connection->profile().isArgo()) {
        steps.append({engine, s("/api/v1/version"), [](const QJsonObject &o) {
                          return tr("Argo Server %1").arg(o.value(s("version")).toString());
                      }});
        steps.append({engine, s("/api/v1/userinfo"), [](const QJsonObject &o) {
                          const QString who = o.value(s("subject")).toString(o.value(s("email")).toString());
                          return who.isEmpty() ? tr("no identity (the server runs without authentication)") : tr("signed in as %1").arg(who);
                      }});
    } else if (engine && connection->profile().isKfp()) {
        steps.append({engine, s("/apis/v2beta1/healthz"), [](const QJsonObject &o) {
                          return tr("Kubeflow Pipelines %1 (%2)")
                              .arg(o.value(s("tag_name")).toString(),
                                   o.value(s("multi_user")).toBool() ? tr("multi-user") : tr("single-user"));
                      }});
    }
    runSteps(promise, result, steps);
    return promise->future();
}

} // namespace ps
