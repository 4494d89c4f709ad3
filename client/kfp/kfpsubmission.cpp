#include "kfpsubmission.h"

#include "apiclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ps {

namespace {
QString s(const char *t) { return QString::fromLatin1(t); }
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
}

KfpSubmission::KfpSubmission(ApiClient *api, Target target, QObject *parent)
    : QObject(parent), m_api(api), m_target(std::move(target))
{
}

QByteArray KfpSubmission::multipart(const QByteArray &file, const QString &fileName, QByteArray *contentType)
{
    const QByteArray boundary = "pstudio-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    *contentType = "multipart/form-data; boundary=" + boundary;
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"uploadfile\"; filename=\"" + fileName.toUtf8()
        + "\"\r\nContent-Type: application/x-yaml\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
}

QString KfpSubmission::nameFilter(const QString &displayName)
{
    const QJsonObject predicate{{s("key"), s("display_name")}, {s("operation"), s("EQUALS")}, {s("string_value"), displayName}};
    return QString::fromUtf8(compact(QJsonObject{{s("predicates"), QJsonArray{predicate}}}));
}

void KfpSubmission::fail(const QString &error)
{
    emit finished({}, error);
    deleteLater();
}

void KfpSubmission::start()
{
    if (!m_api)
        return fail(tr("The connection was closed."));
    QUrlQuery query;
    query.addQueryItem(s("filter"), QString::fromLatin1(QUrl::toPercentEncoding(nameFilter(m_target.pipelineName))));
    if (!m_target.namespaceName.isEmpty())
        query.addQueryItem(s("namespace"), m_target.namespaceName);
    m_api->get(s("/apis/v2beta1/pipelines"), query).then(this, [this](const ApiResponse &r) {
        if (!r.ok())
            return fail(r.error);
        const QJsonArray found = r.json.object().value(s("pipelines")).toArray();
        upload(found.isEmpty() ? QString() : found.first().toObject().value(s("pipeline_id")).toString());
    });
}

void KfpSubmission::upload(const QString &existingPipelineId)
{
    QUrlQuery query;
    const QString version = m_target.pipelineName + QDateTime::currentDateTimeUtc().toString(s("-yyyyMMdd-HHmmss-zzz"));
    if (existingPipelineId.isEmpty()) {
        query.addQueryItem(s("name"), QString::fromLatin1(QUrl::toPercentEncoding(m_target.pipelineName)));
        query.addQueryItem(s("display_name"), QString::fromLatin1(QUrl::toPercentEncoding(m_target.pipelineName)));
        if (!m_target.namespaceName.isEmpty())
            query.addQueryItem(s("namespace"), m_target.namespaceName);
    } else {
        query.addQueryItem(s("pipelineid"), existingPipelineId);
        query.addQueryItem(s("name"), QString::fromLatin1(QUrl::toPercentEncoding(version)));
    }
    QByteArray contentType;
    const QByteArray body = multipart(m_target.irYaml, s("pipeline.yaml"), &contentType);
    const QString path = existingPipelineId.isEmpty() ? s("/apis/v2beta1/pipelines/upload") : s("/apis/v2beta1/pipelines/upload_version");
    m_api->call("POST", path, query, body, contentType).then(this, [this](const ApiResponse &r) {
        if (!r.ok())
            return fail(tr("Uploading the pipeline failed: %1").arg(r.error));
        const QJsonObject o = r.json.object();
        QJsonObject ref{{s("pipeline_id"), o.value(s("pipeline_id"))}};
        if (o.contains(s("pipeline_version_id")))
            ref[s("pipeline_version_id")] = o.value(s("pipeline_version_id"));
        experiment(ref);
    });
}

void KfpSubmission::experiment(const QJsonObject &versionReference)
{
    if (m_target.experiment.isEmpty())
        return create(versionReference, {});
    QUrlQuery query;
    query.addQueryItem(s("filter"), QString::fromLatin1(QUrl::toPercentEncoding(nameFilter(m_target.experiment))));
    if (!m_target.namespaceName.isEmpty())
        query.addQueryItem(s("namespace"), m_target.namespaceName);
    m_api->get(s("/apis/v2beta1/experiments"), query).then(this, [this, versionReference](const ApiResponse &r) {
        if (!r.ok())
            return fail(r.error);
        const QJsonArray found = r.json.object().value(s("experiments")).toArray();
        if (!found.isEmpty())
            return create(versionReference, found.first().toObject().value(s("experiment_id")).toString());
        QJsonObject body{{s("display_name"), m_target.experiment}};
        if (!m_target.namespaceName.isEmpty())
            body[s("namespace")] = m_target.namespaceName;
        m_api->call("POST", s("/apis/v2beta1/experiments"), {}, compact(body)).then(this, [this, versionReference](const ApiResponse &made) {
            if (!made.ok())
                return fail(tr("Creating the experiment '%1' failed: %2").arg(m_target.experiment, made.error));
            create(versionReference, made.json.object().value(s("experiment_id")).toString());
        });
    });
}

void KfpSubmission::create(const QJsonObject &versionReference, const QString &experimentId)
{
    QJsonObject body = m_target.body;
    body[s("pipeline_version_reference")] = versionReference;
    if (!experimentId.isEmpty())
        body[s("experiment_id")] = experimentId;
    m_api->call("POST", m_target.endpoint, {}, compact(body)).then(this, [this](const ApiResponse &r) {
        if (!r.ok())
            return fail(r.error);
        emit finished(r.json.object(), {});
        deleteLater();
    });
}

} // namespace ps
