#pragma once

#include "fakeapiserver.h"

#include <QJsonArray>
#include <QMap>

namespace pstest {

// Kubeflow Pipelines v2beta1 as its swaggers describe it (api/kfp/*.swagger.json):
// pipeline upload (multipart, field `uploadfile`) and upload_version, pipelines and
// experiments with `filter`, runs (create, get, list with page_token, terminate, retry,
// delete), recurring runs (create, list with page_token, enable, disable), artifact `:read`, healthz.
// Errors are googleRpcStatus, except the upload endpoints' {error_message, error_details}. A test plays the engine with setRun().
class FakeKfpServer : public FakeApiServer
{
    Q_OBJECT
public:
    explicit FakeKfpServer(QObject *parent = nullptr);

    QJsonObject run(const QString &id) const { return m_runs.value(id); }
    QStringList runIds() const { return m_runs.keys(); }
    QList<QJsonObject> pipelines() const { return m_pipelines.values(); }
    QList<QJsonObject> experiments() const { return m_experiments.values(); }
    QList<QJsonObject> recurringRuns() const { return m_recurring.values(); }
    QList<QJsonObject> versions() const { return m_versions; }
    // The uploaded file of the last upload (the IR YAML).
    QByteArray lastUpload() const { return m_lastUpload; }
    QJsonObject addRun(QJsonObject run);
    // A recurring run as the server keeps it once created (id, status, created_at set).
    QJsonObject addRecurringRun(QJsonObject recurringRun);
    // A pipeline version as the server keeps it (e.g. a fixture), pipeline_spec included.
    void addVersion(const QJsonObject &version);
    // The engine moved the run on.
    void setRun(const QString &id, const QString &state, const QJsonArray &taskDetails = {}, const QString &error = {});
    void setArtifact(const QString &runId, const QString &nodeId, const QString &name, const QByteArray &bytes);

protected:
    QByteArray errorBody(int status, const QString &message) const override;

private:
    void routePipelines();
    void routeRuns();
    // The file part named `uploadfile` of a multipart body, or nothing.
    static std::optional<QByteArray> uploadedFile(const TestHttpRequest &request);
    static bool passes(const QJsonObject &object, const QString &filter);
    // One page of `all` under `key` as KFP lists: page_size items from page_token on, and
    // next_page_token while more follow.
    static QJsonObject pageOf(const QList<QJsonObject> &all, const QUrlQuery &query, const QString &key);
    void uploadError(TestHttpExchange *exchange, int status, const QString &message) const;
    QString nextId(const char *prefix);

    QMap<QString, QJsonObject> m_pipelines;
    QList<QJsonObject> m_versions;
    QMap<QString, QJsonObject> m_experiments;
    QMap<QString, QJsonObject> m_runs;
    QMap<QString, QJsonObject> m_recurring;
    QMap<QString, QByteArray> m_artifacts;
    QByteArray m_lastUpload;
    int m_counter = 0;
};

} // namespace pstest
