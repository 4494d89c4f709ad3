#include "fakeargoserver.h"

#include <QJsonDocument>
#include <QUuid>

namespace pstest {

namespace {

QString str(const char *s) { return QString::fromLatin1(s); }

QJsonObject meta(const QJsonObject &o) { return o.value(str("metadata")).toObject(); }

QByteArray sse(const QJsonObject &result)
{
    return "data: " + QJsonDocument(QJsonObject{{str("result"), result}}).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace

int FakeArgoServer::grpcCode(int httpStatus)
{
    switch (httpStatus) {
    case 400: return 3;   // InvalidArgument
    case 401: return 16;  // Unauthenticated
    case 403: return 7;   // PermissionDenied
    case 404: return 5;   // NotFound
    case 409: return 6;   // AlreadyExists
    default: return 13;   // Internal
    }
}

QByteArray FakeArgoServer::errorBody(int status, const QString &message) const
{
    return QJsonDocument(QJsonObject{{str("code"), grpcCode(status)}, {str("message"), message}, {str("error"), message},
                                     {str("details"), QJsonArray{}}})
        .toJson(QJsonDocument::Compact);
}

FakeArgoServer::FakeArgoServer(QObject *parent) : FakeApiServer(parent)
{
    route("GET", str("/api/v1/version"), [](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        json(ex, QJsonObject{{str("version"), str("v3.5.8")}, {str("buildDate"), str("2024-06-18T02:35:48Z")},
                             {str("gitCommit"), str("3bb637c0261f8c08d4346175bb8b1024719a1f11")}, {str("platform"), str("linux/amd64")}});
    });
    route("GET", str("/api/v1/userinfo"), [](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        json(ex, QJsonObject{{str("subject"), str("system:serviceaccount:argo:ci")}, {str("serviceAccountName"), str("ci")},
                             {str("serviceAccountNamespace"), str("argo")}});
    });
    route("POST", str("/api/v1/workflows/([^/]+)/lint"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        if (!m_lintError.isEmpty())
            return fail(ex, 400, m_lintError);
        json(ex, bodyOf(ex).value(str("workflow")).toObject());
    });
    route("POST", str("/api/v1/workflows/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        QJsonObject wf = bodyOf(ex).value(str("workflow")).toObject();
        if (wf.value(str("spec")).toObject().value(str("templates")).toArray().isEmpty())
            return fail(ex, 400, str("spec.templates is required"));
        QJsonObject md = meta(wf);
        md[str("namespace")] = m.captured(1);
        wf[str("metadata")] = md;
        const QString name = md.value(str("name")).toString();
        if (!name.isEmpty() && m_workflows.contains(name))
            return fail(ex, 409, str("workflows.argoproj.io \"%1\" already exists").arg(name));
        json(ex, addWorkflow(wf));
    });
    route("GET", str("/api/v1/workflows/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        const QUrlQuery &q = ex->request().query;
        const QString selector = q.queryItemValue(str("listOptions.labelSelector"), QUrl::FullyDecoded);
        const int limit = q.queryItemValue(str("listOptions.limit")).toInt();
        const int from = q.queryItemValue(str("listOptions.continue")).toInt();
        QJsonArray items;
        int index = 0;
        QString next;
        for (const QJsonObject &wf : std::as_const(m_workflows)) {
            if (!matches(wf, selector))
                continue;
            if (index++ < from)
                continue;
            if (limit > 0 && items.size() == limit) {
                next = QString::number(index - 1);
                break;
            }
            items.append(wf);
        }
        QJsonObject md{{str("resourceVersion"), QString::number(m_rv)}};
        if (!next.isEmpty())
            md[str("continue")] = next;
        json(ex, QJsonObject{{str("metadata"), md}, {str("items"), items}});
    });
    route("GET", str("/api/v1/workflows/([^/]+)/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        if (!m_workflows.contains(m.captured(2)))
            return fail(ex, 404, str("workflows.argoproj.io \"%1\" not found").arg(m.captured(2)));
        json(ex, m_workflows.value(m.captured(2)));
    });
    route("DELETE", str("/api/v1/workflows/([^/]+)/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        if (!m_workflows.contains(m.captured(2)))
            return fail(ex, 404, str("workflows.argoproj.io \"%1\" not found").arg(m.captured(2)));
        const QJsonObject gone = m_workflows.take(m.captured(2));
        ++m_rv;
        publish(str("DELETED"), gone);
        json(ex, QJsonObject{});
    });
    route("GET", str("/api/v1/workflow-events/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        const QUrlQuery &q = ex->request().query;
        Watch w{ex, q.queryItemValue(str("listOptions.labelSelector"), QUrl::FullyDecoded), {}};
        const QString field = q.queryItemValue(str("listOptions.fieldSelector"), QUrl::FullyDecoded);
        if (field.startsWith(str("metadata.name=")))
            w.name = field.mid(14);
        ex->beginChunked(200, "text/event-stream");
        const QString rvText = q.queryItemValue(str("listOptions.resourceVersion"));
        if (rvText.isEmpty()) {
            for (const QJsonObject &wf : std::as_const(m_workflows))
                if (!sendEvent(w, str("ADDED"), wf))
                    return;
        } else {
            const qint64 since = rvText.toLongLong();
            for (const auto &[rv, event] : std::as_const(m_history))
                if (rv > since && !sendEvent(w, event.first, event.second))
                    return;
        }
        m_watches.append(w);
    });
    route("GET", str("/api/v1/workflows/([^/]+)/([^/]+)/log"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        const QUrlQuery &q = ex->request().query;
        if (!m_workflows.contains(m.captured(2)))
            return fail(ex, 404, str("workflows.argoproj.io \"%1\" not found").arg(m.captured(2)));
        if (q.queryItemValue(str("logOptions.container")) != QLatin1String("main"))
            return fail(ex, 400, str("only the main container is logged here"));
        m_logs.serve(this, ex, q.queryItemValue(str("podName")), q.queryItemValue(str("logOptions.sinceTime.seconds")).toLongLong(),
                     q.queryItemValue(str("logOptions.follow")) == QLatin1String("true"),
                     q.queryItemValue(str("logOptions.timestamps")) == QLatin1String("true"), "text/event-stream",
                     [](const QString &pod, const QByteArray &line) {
                         return sse(QJsonObject{{str("content"), QString::fromUtf8(line)}, {str("podName"), pod}});
                     });
    });
    route("GET", str("/artifact-files/([^/]+)/workflows/(.+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        const QString key = m.captured(2);
        if (!m_artifacts.contains(key))
            return fail(ex, 404, str("artifact not found"));
        ex->respond(200, m_artifacts.value(key), "application/octet-stream");
    });
    routeWorkflowActions();
    routeOtherKinds();
}

void FakeArgoServer::routeWorkflowActions()
{
    route("PUT", str("/api/v1/workflows/([^/]+)/([^/]+)/(stop|terminate|suspend|resume|retry|resubmit)"),
          [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
              const QString name = m.captured(2);
              const QString action = m.captured(3);
              if (!m_workflows.contains(name))
                  return fail(ex, 404, str("workflows.argoproj.io \"%1\" not found").arg(name));
              QJsonObject wf = m_workflows.value(name);
              QJsonObject spec = wf.value(str("spec")).toObject();
              QJsonObject status = wf.value(str("status")).toObject();
              const QString phase = status.value(str("phase")).toString();
              const bool finished = phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed") || phase == QLatin1String("Error");
              if (action == QLatin1String("resubmit")) {
                  QJsonObject copy;
                  QJsonObject md{{str("generateName"), QString(name + u'-')}};
                  QJsonObject labels = meta(wf).value(str("labels")).toObject();
                  labels.remove(str("workflows.argoproj.io/completed"));
                  labels[str("workflows.argoproj.io/resubmitted-from-workflow")] = name;
                  md[str("labels")] = labels;
                  md[str("namespace")] = meta(wf).value(str("namespace"));
                  copy[str("metadata")] = md;
                  QJsonArray params = spec.value(str("arguments")).toObject().value(str("parameters")).toArray();
                  for (const QJsonValue &p : bodyOf(ex).value(str("parameters")).toArray()) {
                      const QString kv = p.toString();
                      const QString k = kv.section(u'=', 0, 0);
                      for (auto &&existing : params) {
                          QJsonObject o = existing.toObject();
                          if (o.value(str("name")).toString() == k) {
                              o[str("value")] = kv.section(u'=', 1);
                              existing = o;
                          }
                      }
                  }
                  QJsonObject args = spec.value(str("arguments")).toObject();
                  args[str("parameters")] = params;
                  spec[str("arguments")] = args;
                  copy[str("spec")] = spec;
                  return json(ex, addWorkflow(copy));
              }
              if (action == QLatin1String("retry") && phase != QLatin1String("Failed") && phase != QLatin1String("Error"))
                  return fail(ex, 400, str("workflow must be Failed/Error to retry"));
              if ((action == QLatin1String("stop") || action == QLatin1String("terminate") || action == QLatin1String("suspend")) && finished)
                  return fail(ex, 400, str("cannot %1 a completed workflow").arg(action));
              if (action == QLatin1String("stop") || action == QLatin1String("terminate")) {
                  spec[str("shutdown")] = action == QLatin1String("stop") ? str("Stop") : str("Terminate");
                  status[str("phase")] = str("Failed");
                  status[str("message")] = str("Stopped with strategy '%1'").arg(spec.value(str("shutdown")).toString());
                  status[str("finishedAt")] = nowText();
              } else if (action == QLatin1String("suspend")) {
                  spec[str("suspend")] = true;
              } else if (action == QLatin1String("resume")) {
                  spec.remove(str("suspend"));
              } else if (action == QLatin1String("retry")) {
                  status[str("phase")] = str("Running");
                  status.remove(str("finishedAt"));
                  status.remove(str("message"));
              }
              wf[str("spec")] = spec;
              wf[str("status")] = status;
              m_workflows[name] = stored(wf);
              publish(str("MODIFIED"), m_workflows[name]);
              json(ex, m_workflows[name]);
          });
}

void FakeArgoServer::routeOtherKinds()
{
    route("POST", str("/api/v1/cron-workflows/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        QJsonObject cron = bodyOf(ex).value(str("cronWorkflow")).toObject();
        QJsonObject md = meta(cron);
        if (md.value(str("name")).toString().isEmpty())
            return fail(ex, 400, str("metadata.name is required"));
        if (cron.value(str("spec")).toObject().value(str("schedule")).toString().isEmpty()
            && cron.value(str("spec")).toObject().value(str("schedules")).toArray().isEmpty())
            return fail(ex, 400, str("cron workflow must have a schedule"));
        md[str("namespace")] = m.captured(1);
        md[str("creationTimestamp")] = nowText();
        cron[str("metadata")] = md;
        m_crons[md.value(str("name")).toString()] = cron;
        json(ex, cron);
    });
    route("GET", str("/api/v1/cron-workflows/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        const QString selector = ex->request().query.queryItemValue(str("listOptions.labelSelector"), QUrl::FullyDecoded);
        QJsonArray items;
        for (const QJsonObject &c : std::as_const(m_crons))
            if (matches(c, selector))
                items.append(c);
        json(ex, QJsonObject{{str("metadata"), QJsonObject{{str("resourceVersion"), QString::number(m_rv)}}}, {str("items"), items}});
    });
    route("PUT", str("/api/v1/cron-workflows/([^/]+)/([^/]+)/(suspend|resume)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        if (!m_crons.contains(m.captured(2)))
            return fail(ex, 404, str("cronworkflows.argoproj.io \"%1\" not found").arg(m.captured(2)));
        QJsonObject cron = m_crons.value(m.captured(2));
        QJsonObject spec = cron.value(str("spec")).toObject();
        spec[str("suspend")] = m.captured(3) == QLatin1String("suspend");
        cron[str("spec")] = spec;
        m_crons[m.captured(2)] = cron;
        json(ex, cron);
    });
    route("DELETE", str("/api/v1/cron-workflows/([^/]+)/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        if (!m_crons.remove(m.captured(2)))
            return fail(ex, 404, str("cronworkflows.argoproj.io \"%1\" not found").arg(m.captured(2)));
        json(ex, QJsonObject{});
    });
    route("GET", str("/api/v1/workflow-templates/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        QJsonArray items;
        for (const QJsonObject &t : std::as_const(m_templates))
            items.append(t);
        json(ex, QJsonObject{{str("metadata"), QJsonObject{}}, {str("items"), items}});
    });
    route("POST", str("/api/v1/workflow-templates/([^/]+)"), [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        QJsonObject tmpl = bodyOf(ex).value(str("template")).toObject();
        QJsonObject md = meta(tmpl);
        const QString name = md.value(str("name")).toString();
        if (name.isEmpty())
            return fail(ex, 400, str("metadata.name is required"));
        if (m_templates.contains(name))
            return fail(ex, 409, str("workflowtemplates.argoproj.io \"%1\" already exists").arg(name));
        md[str("namespace")] = m.captured(1);
        tmpl[str("metadata")] = md;
        m_templates[name] = tmpl;
        json(ex, tmpl);
    });
}

void FakeArgoServer::setCronWorkflowStatus(const QString &name, const QJsonObject &status)
{
    if (m_crons.contains(name))
        m_crons[name][str("status")] = status;
}

QJsonObject FakeArgoServer::stored(QJsonObject wf)
{
    QJsonObject md = meta(wf);
    md[str("resourceVersion")] = QString::number(++m_rv);
    wf[str("metadata")] = md;
    return wf;
}

QJsonObject FakeArgoServer::addWorkflow(QJsonObject wf)
{
    QJsonObject md = meta(wf);
    if (md.value(str("name")).toString().isEmpty())
        md[str("name")] = QString(md.value(str("generateName")).toString(str("wf-")) + QStringLiteral("x%1").arg(++m_nameCounter, 4, 10, QLatin1Char('0')));
    md[str("uid")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
    md[str("creationTimestamp")] = nowText();
    QJsonObject labels = md.value(str("labels")).toObject();
    labels[str("workflows.argoproj.io/completed")] = str("false");
    md[str("labels")] = labels;
    wf[str("metadata")] = md;
    if (!wf.contains(str("status")))
        wf[str("status")] = QJsonObject{};
    wf = stored(wf);
    m_workflows[md.value(str("name")).toString()] = wf;
    publish(str("ADDED"), wf);
    return wf;
}

void FakeArgoServer::setStatus(const QString &name, const QJsonObject &status)
{
    QJsonObject wf = m_workflows.value(name);
    wf[str("status")] = status;
    const QString phase = status.value(str("phase")).toString();
    if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed") || phase == QLatin1String("Error")) {
        QJsonObject md = meta(wf);
        QJsonObject labels = md.value(str("labels")).toObject();
        labels[str("workflows.argoproj.io/completed")] = str("true");
        md[str("labels")] = labels;
        wf[str("metadata")] = md;
    }
    m_workflows[name] = stored(wf);
    publish(str("MODIFIED"), m_workflows[name]);
}

void FakeArgoServer::setArtifact(const QString &workflow, const QString &nodeId, const QString &name, const QByteArray &bytes)
{
    m_artifacts[QStringLiteral("%1/%2/outputs/%3").arg(workflow, nodeId, name)] = bytes;
}

int FakeArgoServer::openWatches() const
{
    return int(std::count_if(m_watches.cbegin(), m_watches.cend(), [](const Watch &w) { return w.exchange && w.exchange->isConnected(); }));
}

void FakeArgoServer::dropWatches()
{
    for (const Watch &w : std::as_const(m_watches))
        if (w.exchange && w.exchange->isConnected()) {
            w.exchange->writeChunk("data: {\"result\":{\"type\":\"MODI");
            w.exchange->hangUp();
        }
    m_watches.clear();
}

void FakeArgoServer::publish(const QString &type, const QJsonObject &workflow)
{
    m_history.append({m_rv, {type, workflow}});
    for (qsizetype i = m_watches.size() - 1; i >= 0; --i)
        if (!sendEvent(m_watches[i], type, workflow))
            m_watches.removeAt(i);
}

bool FakeArgoServer::sendEvent(Watch &watch, const QString &type, const QJsonObject &workflow)
{
    if (!watch.exchange || !watch.exchange->isConnected())
        return false;
    if (!matches(workflow, watch.labelSelector) || (!watch.name.isEmpty() && meta(workflow).value(str("name")).toString() != watch.name))
        return true;
    const QByteArray data = sse(QJsonObject{{str("type"), type}, {str("object"), workflow}});
    if (cutIfAsked(watch.exchange, data))
        return false;
    watch.exchange->writeChunk(data);
    return true;
}

bool FakeArgoServer::matches(const QJsonObject &object, const QString &labelSelector)
{
    const QJsonObject labels = meta(object).value(str("labels")).toObject();
    for (const QString &term : labelSelector.split(u',', Qt::SkipEmptyParts)) {
        if (term.contains(str("!="))) {
            if (labels.value(term.section(str("!="), 0, 0)).toString() == term.section(str("!="), 1))
                return false;
        } else if (term.contains(u'=')) {
            if (labels.value(term.section(u'=', 0, 0)).toString() != term.section(u'=', 1))
                return false;
        } else if (!labels.contains(term)) {
            return false;
        }
    }
    return true;
}

} // namespace pstest
