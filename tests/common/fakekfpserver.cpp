#include "fakekfpserver.h"

#include "yamlsupport.h"

#include <QJsonDocument>

namespace pstest {

namespace {
QString str(const char *s) { return QString::fromLatin1(s); }

// The pipeline_spec KFP keeps for an uploaded IR file: the spec, or {pipeline_spec,
// platform_spec} when the file has the platform document too.
QJsonObject specOf(const QByteArray &yaml)
{
    ps::Diagnostics diagnostics;
    const std::vector<YAML::Node> docs = ps::yaml::parseDocuments(yaml, str("upload.yaml"), &diagnostics);
    QJsonValue first;
    QJsonValue second;
    if (docs.empty() || !ps::yaml::toJson(docs.front(), &first, {}, &diagnostics))
        return {};
    if (docs.size() < 2 || !ps::yaml::toJson(docs.at(1), &second, {}, &diagnostics))
        return first.toObject();
    return QJsonObject{{str("pipeline_spec"), first}, {str("platform_spec"), second}};
}
}

FakeKfpServer::FakeKfpServer(QObject *parent) : FakeApiServer(parent)
{
    route("GET", str("/apis/v2beta1/healthz"), [](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        json(ex, QJsonObject{{str("commit_sha"), str("7b70c7b9")}, {str("tag_name"), str("2.3.0")}, {str("multi_user"), false}});
    });
    routePipelines();
    routeRuns();
}

QByteArray FakeKfpServer::errorBody(int status, const QString &message) const
{
    static const QHash<int, int> codes{{400, 3}, {401, 16}, {403, 7}, {404, 5}, {409, 6}, {500, 13}};
    return QJsonDocument(QJsonObject{{str("code"), codes.value(status, 2)}, {str("message"), message}, {str("details"), QJsonArray{}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject FakeKfpServer::addRecurringRun(QJsonObject r)
{
    r[str("recurring_run_id")] = nextId("recurring");
    r[str("status")] = r.value(str("mode")).toString() == QLatin1String("DISABLE") ? str("DISABLED") : str("ENABLED");
    r[str("created_at")] = nowText();
    m_recurring[r.value(str("recurring_run_id")).toString()] = r;
    return r;
}

QJsonObject FakeKfpServer::pageOf(const QList<QJsonObject> &all, const QUrlQuery &query, const QString &key)
{
    const int size = query.queryItemValue(str("page_size")).toInt();
    const int from = query.queryItemValue(str("page_token")).toInt();
    QJsonArray page;
    for (int i = from; i < all.size() && (size <= 0 || page.size() < size); ++i)
        page.append(all.at(i));
    QJsonObject answer{{key, page}, {str("total_size"), all.size()}};
    if (size > 0 && from + size < all.size())
        answer[str("next_page_token")] = QString::number(from + size);
    return answer;
}

void FakeKfpServer::uploadError(TestHttpExchange *exchange, int status, const QString &message) const
{
    exchange->respond(status, QJsonDocument(QJsonObject{{str("error_message"), message}, {str("error_details"), message}})
                                  .toJson(QJsonDocument::Compact));
}

QString FakeKfpServer::nextId(const char *prefix)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++m_counter, 4, 10, QLatin1Char('0'));
}

std::optional<QByteArray> FakeKfpServer::uploadedFile(const TestHttpRequest &request)
{
    const QByteArray type = request.header("content-type");
    const qsizetype at = type.indexOf("boundary=");
    if (!type.startsWith("multipart/form-data") || at < 0)
        return std::nullopt;
    QByteArray boundary = type.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    const QByteArray &body = request.body;
    qsizetype pos = 0;
    while ((pos = body.indexOf(delimiter, pos)) >= 0) {
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            break;
        const QByteArray head = body.mid(pos, headEnd - pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd);
        if (head.contains("name=\"uploadfile\"") && next > 0)
            return body.mid(headEnd + 4, next - headEnd - 4);
        pos = headEnd;
    }
    return std::nullopt;
}

bool FakeKfpServer::passes(const QJsonObject &object, const QString &filter)
{
    if (filter.isEmpty())
        return true;
    for (const QJsonValue &p : QJsonDocument::fromJson(filter.toUtf8()).object().value(str("predicates")).toArray()) {
        const QJsonObject pred = p.toObject();
        const QString value = object.value(pred.value(str("key")).toString()).toString();
        const QString op = pred.value(str("operation")).toString();
        const QString want = pred.value(str("string_value")).toString();
        if ((op == QLatin1String("EQUALS") && value != want) || (op == QLatin1String("NOT_EQUALS") && value == want)
            || (op == QLatin1String("IS_SUBSTRING") && !value.contains(want)))
            return false;
    }
    return true;
}

void FakeKfpServer::routePipelines()
{
    route("POST", str("/apis/v2beta1/pipelines/upload"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        const auto file = uploadedFile(ex->request());
        if (!file)
            return uploadError(ex, 400, str("Failed to create a pipeline due to error parsing pipeline spec filename. Error: http: no such file"));
        const QUrlQuery &q = ex->request().query;
        const QString display = q.queryItemValue(str("display_name"), QUrl::FullyDecoded);
        const QString name = q.queryItemValue(str("name"), QUrl::FullyDecoded);
        for (const QJsonObject &p : std::as_const(m_pipelines))
            if (p.value(str("name")).toString() == name)
                return uploadError(ex, 409, str("Failed to create a pipeline: pipeline with name %1 already exists").arg(name));
        m_lastUpload = *file;
        const QString id = nextId("pipeline");
        const QJsonObject pipeline{{str("pipeline_id"), id}, {str("name"), name}, {str("display_name"), display.isEmpty() ? name : display},
                                   {str("created_at"), nowText()}, {str("namespace"), q.queryItemValue(str("namespace"))}};
        m_pipelines[id] = pipeline;
        m_versions.append(QJsonObject{{str("pipeline_id"), id}, {str("pipeline_version_id"), nextId("version")},
                                      {str("display_name"), name}, {str("created_at"), nowText()},
                                      {str("pipeline_spec"), specOf(*file)}});
        json(ex, pipeline);
    });
    route("POST", str("/apis/v2beta1/pipelines/upload_version"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        const auto file = uploadedFile(ex->request());
        if (!file)
            return uploadError(ex, 400, str("Failed to create a pipeline version due to error parsing pipeline spec filename."));
        const QString pipelineId = ex->request().query.queryItemValue(str("pipelineid"));
        if (!m_pipelines.contains(pipelineId))
            return uploadError(ex, 404, str("Failed to create a pipeline version: pipeline %1 not found").arg(pipelineId));
        m_lastUpload = *file;
        const QJsonObject version{{str("pipeline_id"), pipelineId}, {str("pipeline_version_id"), nextId("version")},
                                  {str("display_name"), ex->request().query.queryItemValue(str("name"), QUrl::FullyDecoded)},
                                  {str("created_at"), nowText()}, {str("pipeline_spec"), specOf(*file)}};
        m_versions.append(version);
        json(ex, version);
    });
    route("GET", str("/apis/v2beta1/pipelines/([^/]+)/versions/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        for (const QJsonObject &v : std::as_const(m_versions))
            if (v.value(str("pipeline_id")).toString() == m.captured(1) && v.value(str("pipeline_version_id")).toString() == m.captured(2))
                return json(ex, v);
        fail(ex, 404, str("Pipeline version %1 not found").arg(m.captured(2)));
    });
    route("GET", str("/apis/v2beta1/pipelines"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        const QString filter = ex->request().query.queryItemValue(str("filter"), QUrl::FullyDecoded);
        QJsonArray list;
        for (const QJsonObject &p : std::as_const(m_pipelines))
            if (passes(p, filter))
                list.append(p);
        json(ex, QJsonObject{{str("pipelines"), list}, {str("total_size"), list.size()}});
    });
    route("GET", str("/apis/v2beta1/experiments"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        const QString filter = ex->request().query.queryItemValue(str("filter"), QUrl::FullyDecoded);
        QJsonArray list;
        for (const QJsonObject &e : std::as_const(m_experiments))
            if (passes(e, filter))
                list.append(e);
        json(ex, QJsonObject{{str("experiments"), list}, {str("total_size"), list.size()}});
    });
    route("POST", str("/apis/v2beta1/experiments"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        QJsonObject e = bodyOf(ex);
        if (e.value(str("display_name")).toString().isEmpty())
            return fail(ex, 400, str("Invalid input error: Experiment must have a non-empty name"));
        e[str("experiment_id")] = nextId("exp");
        e[str("created_at")] = nowText();
        e[str("storage_state")] = str("AVAILABLE");
        m_experiments[e.value(str("experiment_id")).toString()] = e;
        json(ex, e);
    });
    route("POST", str("/apis/v2beta1/recurringruns"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        QJsonObject r = bodyOf(ex);
        if (r.value(str("trigger")).toObject().isEmpty())
            return fail(ex, 400, str("Invalid input error: a trigger is required"));
        json(ex, addRecurringRun(r));
    });
    route("GET", str("/apis/v2beta1/recurringruns"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        json(ex, pageOf(m_recurring.values(), ex->request().query, str("recurring_runs")));
    });
    route("DELETE", str("/apis/v2beta1/recurringruns/([^/:]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        if (!m_recurring.remove(m.captured(1)))
            return fail(ex, 404, str("Not found: recurring run %1").arg(m.captured(1)));
        json(ex, QJsonObject{});
    });
    route("POST", str("/apis/v2beta1/recurringruns/([^/:]+):(enable|disable)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        if (!m_recurring.contains(m.captured(1)))
            return fail(ex, 404, str("Not found: recurring run %1").arg(m.captured(1)));
        QJsonObject r = m_recurring.value(m.captured(1));
        const bool enable = m.captured(2) == QLatin1String("enable");
        r[str("mode")] = enable ? str("ENABLE") : str("DISABLE");
        r[str("status")] = enable ? str("ENABLED") : str("DISABLED");
        m_recurring[m.captured(1)] = r;
        json(ex, QJsonObject{});
    });
}

void FakeKfpServer::routeRuns()
{
    route("POST", str("/apis/v2beta1/runs"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        QJsonObject r = bodyOf(ex);
        const QString pipelineId = r.value(str("pipeline_version_reference")).toObject().value(str("pipeline_id")).toString();
        if (!r.contains(str("pipeline_spec")) && !m_pipelines.contains(pipelineId))
            return fail(ex, 400, str("Invalid input error: pipeline %1 not found").arg(pipelineId));
        if (const QString exp = r.value(str("experiment_id")).toString(); !exp.isEmpty() && !m_experiments.contains(exp))
            return fail(ex, 404, str("experiment %1 not found").arg(exp));
        json(ex, addRun(r));
    });
    route("GET", str("/apis/v2beta1/runs"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        const QUrlQuery &q = ex->request().query;
        const QString experiment = q.queryItemValue(str("experiment_id"));
        QList<QJsonObject> all;
        for (const QJsonObject &r : std::as_const(m_runs))
            if (experiment.isEmpty() || r.value(str("experiment_id")).toString() == experiment)
                all.append(r);
        json(ex, pageOf(all, q, str("runs")));
    });
    route("GET", str("/apis/v2beta1/runs/([^/:]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        if (!m_runs.contains(m.captured(1)))
            return fail(ex, 404, str("Run %1 not found").arg(m.captured(1)));
        json(ex, m_runs.value(m.captured(1)));
    });
    route("DELETE", str("/apis/v2beta1/runs/([^/:]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        if (!m_runs.remove(m.captured(1)))
            return fail(ex, 404, str("Run %1 not found").arg(m.captured(1)));
        json(ex, QJsonObject{});
    });
    route("POST", str("/apis/v2beta1/runs/([^/:]+):(terminate|retry)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        const QString id = m.captured(1);
        if (!m_runs.contains(id))
            return fail(ex, 404, str("Run %1 not found").arg(id));
        const QString state = m_runs[id].value(str("state")).toString();
        if (m.captured(2) == QLatin1String("retry")) {
            if (state != QLatin1String("FAILED") && state != QLatin1String("CANCELED"))
                return fail(ex, 400, str("Failed to retry run %1: the run is %2, only a failed run can be retried").arg(id, state));
            setRun(id, str("RUNNING"), m_runs[id].value(str("run_details")).toObject().value(str("task_details")).toArray());
        } else {
            setRun(id, str("CANCELED"), m_runs[id].value(str("run_details")).toObject().value(str("task_details")).toArray());
        }
        json(ex, QJsonObject{});
    });
    route("GET", str("/apis/v2beta1/runs/([^/]+)/nodes/([^/]+)/artifacts/([^/:]+):read"),
          [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
              const QString key = m.captured(1) + u'/' + m.captured(2) + u'/' + m.captured(3);
              if (!m_artifacts.contains(key))
                  return fail(ex, 404, str("artifact %1 not found").arg(m.captured(3)));
              json(ex, QJsonObject{{str("data"), QString::fromLatin1(m_artifacts.value(key).toBase64())}});
          });
}

QJsonObject FakeKfpServer::addRun(QJsonObject run)
{
    const QString id = nextId("run");
    run[str("run_id")] = id;
    run[str("state")] = str("PENDING");
    run[str("storage_state")] = str("AVAILABLE");
    run[str("created_at")] = nowText();
    // Like KFP's resource manager: a run of a pipeline without a version runs its latest one,
    // and the run records which.
    QJsonObject reference = run.value(str("pipeline_version_reference")).toObject();
    if (!reference.isEmpty() && reference.value(str("pipeline_version_id")).toString().isEmpty()) {
        for (const QJsonObject &v : std::as_const(m_versions))
            if (v.value(str("pipeline_id")) == reference.value(str("pipeline_id")))
                reference[str("pipeline_version_id")] = v.value(str("pipeline_version_id"));
        run[str("pipeline_version_reference")] = reference;
    }
    m_runs[id] = run;
    return run;
}

void FakeKfpServer::setRun(const QString &id, const QString &state, const QJsonArray &taskDetails, const QString &error)
{
    QJsonObject run = m_runs.value(id);
    run[str("state")] = state;
    run[str("run_details")] = QJsonObject{{str("task_details"), taskDetails}};
    if (!error.isEmpty())
        run[str("error")] = QJsonObject{{str("code"), 2}, {str("message"), error}};
    if (state == QLatin1String("SUCCEEDED") || state == QLatin1String("FAILED") || state == QLatin1String("CANCELED"))
        run[str("finished_at")] = nowText();
    m_runs[id] = run;
}

void FakeKfpServer::addVersion(const QJsonObject &version)
{
    m_versions.append(version);
}

void FakeKfpServer::setArtifact(const QString &runId, const QString &nodeId, const QString &name, const QByteArray &bytes)
{
    m_artifacts[runId + u'/' + nodeId + u'/' + name] = bytes;
}

} // namespace pstest
