#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace ps {

class ApiClient;
struct ApiResponse;

// One submission to Kubeflow Pipelines, step by step: find the pipeline by name, upload
// the IR as a new pipeline (multipart, field `uploadfile`) or as a new version of it, find
// or create the experiment, then create the run (or recurring run) that references the
// version. Each step's failure ends it with the server's reason. Deletes itself when done.
class KfpSubmission : public QObject
{
    Q_OBJECT
public:
    struct Target {
        QString namespaceName;        // "" in single-user deployments
        QString experiment;           // display name; created when missing
        QString pipelineName;
        QByteArray irYaml;
        QString endpoint = QStringLiteral("/apis/v2beta1/runs");   // or …/recurringruns
        QJsonObject body;             // display_name, runtime_config, trigger…
    };
    KfpSubmission(ApiClient *api, Target target, QObject *parent = nullptr);
    void start();

    // multipart/form-data with the file in the field `uploadfile`; gives the content type.
    static QByteArray multipart(const QByteArray &file, const QString &fileName, QByteArray *contentType);
    // A filter (URL-encoded JSON predicates) matching display_name exactly.
    static QString nameFilter(const QString &displayName);

signals:
    void finished(const QJsonObject &created, const QString &error);

private:
    void upload(const QString &existingPipelineId);
    void experiment(const QJsonObject &versionReference);
    void create(const QJsonObject &versionReference, const QString &experimentId);
    void fail(const QString &error);

    QPointer<ApiClient> m_api;
    Target m_target;
};

} // namespace ps
