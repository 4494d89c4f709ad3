#include "argobackend.h"

#include "apiclient.h"
#include "argolintmapper.h"
#include "argoschedules.h"
#include "argologstream.h"
#include "argosubmission.h"
#include "argowatch.h"
#include "argoworkflowmapper.h"
#include "argowriter.h"
#include "artifactdownload.h"
#include "labelmatchers.h"
#include "pipelinefilereader.h"
#include "runorder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ps {

namespace {
QString s(const char *text) { return QString::fromLatin1(text); }
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
}

ArgoBackend::ArgoBackend(ApiClient *api, Settings settings, QObject *parent)
    : RunBackend(parent), m_api(api), m_settings(std::move(settings))
{
    m_watch = new ArgoWatch(api, m_settings.namespaceName,
                            QLatin1String(ArgoWorkflowMapper::kManagedLabel) + s("=true"), this);
    m_watch->setReconnectDelay(m_settings.reconnectDelayMs);
    m_schedules = new ArgoSchedules(api, m_settings.namespaceName, this);
    connect(m_watch, &ArgoWatch::eventReceived, this, &ArgoBackend::onEvent);
    connect(m_watch, &ArgoWatch::reconnecting, this, [this](const QString &why) {
        setConnectionState(ConnectionState::Kind::Reconnecting, tr("Lost the Argo Server (%1); reconnecting…").arg(why));
    });
    connect(m_watch, &ArgoWatch::connected, this, [this] { setConnectionState(ConnectionState::Kind::Connected); });
    connect(m_watch, &ArgoWatch::failed, this, [this](const QString &why) { setConnectionState(ConnectionState::Kind::Refused, why); });
}

ArgoBackend::~ArgoBackend() = default;

QString ArgoBackend::name() const
{
    return tr("Argo (%1)").arg(m_settings.label.isEmpty() && m_api ? m_api->base().host() : m_settings.label);
}

QString ArgoBackend::workflowPath(const QString &name, const QString &verb) const
{
    QString path = QStringLiteral("/api/v1/workflows/%1").arg(m_settings.namespaceName);
    if (!name.isEmpty())
        path += u'/' + name;
    if (!verb.isEmpty())
        path += u'/' + verb;
    return path;
}

void ArgoBackend::start()
{
    m_loaded = false;
    loadPage({});
}

void ArgoBackend::loadPage(const QString &continueToken)
{
    QUrlQuery query;
    query.addQueryItem(s("listOptions.labelSelector"), QLatin1String(ArgoWorkflowMapper::kManagedLabel) + s("=true"));
    query.addQueryItem(s("listOptions.limit"), QString::number(m_settings.pageSize));
    if (!continueToken.isEmpty())
        query.addQueryItem(s("listOptions.continue"), continueToken);
    m_api->get(workflowPath({}), query).then(this, [this](const ApiResponse &r) {
        if (!r.ok()) {
            setConnectionState(ConnectionState::Kind::Refused, r.error);
            return;
        }
        setConnectionState(ConnectionState::Kind::Connected);
        const QJsonObject list = r.json.object();
        for (const QJsonValue &item : list.value(s("items")).toArray())
            store(item.toObject());
        const QJsonObject md = list.value(s("metadata")).toObject();
        const QString next = md.value(s("continue")).toString();
        if (!next.isEmpty()) {
            loadPage(next);
            return;
        }
        m_loaded = true;
        emit runsLoaded();
        m_watch->start(md.value(s("resourceVersion")).toString());
    });
}

void ArgoBackend::store(const QJsonObject &workflow)
{
    ArgoWorkflowMapper::Result mapped = ArgoWorkflowMapper::map(workflow);
    const QString id = mapped.snapshot.id;
    if (id.isEmpty())
        return;
    const bool added = !m_runs.contains(id);
    Run &run = m_runs[id];
    // A create or action answer can arrive after the watch already told of a later state.
    // resourceVersions are opaque, but etcd's are integers: never go back to an older one.
    bool newOk = false;
    bool oldOk = false;
    const qint64 newRv = workflow.value(s("metadata")).toObject().value(s("resourceVersion")).toString().toLongLong(&newOk);
    const qint64 oldRv = run.workflow.value(s("metadata")).toObject().value(s("resourceVersion")).toString().toLongLong(&oldOk);
    if (!added && newOk && oldOk && newRv < oldRv)
        return;
    const RunSnapshot before = run.snapshot;
    run.workflow = workflow;
    run.argoNodeIds = std::move(mapped.argoNodeIds);
    run.snapshot = std::move(mapped.snapshot);
    if (added)
        emit runAdded(id);
    else if (!(before == run.snapshot))
        emit runChanged(id);
}

void ArgoBackend::onEvent(const QString &type, const QJsonObject &workflow)
{
    setConnectionState(ConnectionState::Kind::Connected);
    if (type == QLatin1String("DELETED")) {
        const QString id = workflow.value(s("metadata")).toObject().value(s("name")).toString();
        if (m_runs.remove(id))
            emit runRemoved(id);
        return;
    }
    store(workflow);
}

BackendResult<QString> ArgoBackend::submit(const Pipeline &pipeline, const RunRequest &request)
{
    Diagnostics diagnostics;
    const BackendResult<QJsonObject> wf = ArgoSubmission::workflow(pipeline, request, &diagnostics);
    if (!wf.ok())
        return BackendResult<QString>::failure(wf.error);
    const QString id = wf.value.value(s("metadata")).toObject().value(s("name")).toString();
    create(id, wf.value, pipeline, {BackendAction::Kind::Submit, id});
    return {id, {}};
}

void ArgoBackend::create(const QString &runId, const QJsonObject &workflow, const Pipeline &pipeline, const BackendAction &request)
{
    // Shown at once, before the server has answered.
    Run &run = m_runs[runId];
    run.workflow = workflow;
    run.snapshot = ArgoWorkflowMapper::map(workflow).snapshot;
    run.snapshot.message = tr("submitting…");
    run.snapshot.createdAt = QDateTime::currentDateTimeUtc();
    emit runAdded(runId);
    const QJsonObject body{{s("namespace"), m_settings.namespaceName}, {s("workflow"), workflow}};
    const auto refused = [this, runId, pipeline, workflow, request](const ApiResponse &r) {
        const Diagnostics d = r.status == 400 ? ArgoLintMapper::map(r.error, pipeline, workflow) : Diagnostics{};
        failRun(runId, r.error);
        finishAction({request, r.error, runId, d});
    };
    m_api->call("POST", workflowPath(s("lint")), {}, compact(body)).then(this, [this, runId, body, refused, request](const ApiResponse &lint) {
        if (!lint.ok())
            return refused(lint);
        m_api->call("POST", workflowPath({}), {}, compact(body)).then(this, [this, runId, refused, request](const ApiResponse &created) {
            if (!created.ok())
                return refused(created);
            store(created.json.object());
            finishAction({request, {}, runId, {}});
        });
    });
}

void ArgoBackend::failRun(const QString &runId, const QString &error)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    it->snapshot.phase = RunPhase::Error;
    it->snapshot.message = error;
    it->snapshot.finishedAt = QDateTime::currentDateTimeUtc();
    emit runChanged(runId);
}

QList<RunSnapshot> ArgoBackend::listRuns() const
{
    QList<RunSnapshot> list;
    for (const Run &r : m_runs)
        list.append(r.snapshot);
    sortNewestFirst(list);
    return list;
}

std::optional<RunSnapshot> ArgoBackend::snapshot(const QString &runId) const
{
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd())
        return std::nullopt;
    return it->snapshot;
}

BackendResult<bool> ArgoBackend::action(BackendAction::Kind kind, const QString &runId, const QString &verb, const QJsonObject &extra)
{
    if (!m_runs.contains(runId))
        return BackendResult<bool>::failure(tr("There is no run '%1' on %2.").arg(runId, name()));
    QJsonObject body = extra;
    body[s("namespace")] = m_settings.namespaceName;
    body[s("name")] = runId;
    m_api->call("PUT", workflowPath(runId, verb), {}, compact(body)).then(this, [this, kind, runId](const ApiResponse &r) {
        if (r.ok())
            store(r.json.object());
        finishAction({{kind, runId}, r.error, {}, {}});
    });
    return {true, {}};
}

BackendResult<bool> ArgoBackend::cancel(const QString &runId)
{
    if (const BackendResult<bool> refused = refuseFinished(runId); !refused.ok())
        return refused;
    return action(BackendAction::Kind::Cancel, runId, s("terminate"));
}

BackendResult<bool> ArgoBackend::stop(const QString &runId)
{
    if (const BackendResult<bool> refused = refuseFinished(runId); !refused.ok())
        return refused;
    return action(BackendAction::Kind::Stop, runId, s("stop"));
}

BackendResult<bool> ArgoBackend::suspend(const QString &runId)
{
    if (const BackendResult<bool> refused = refuseFinished(runId); !refused.ok())
        return refused;
    return action(BackendAction::Kind::Suspend, runId, s("suspend"));
}

BackendResult<bool> ArgoBackend::refuseFinished(const QString &runId) const
{
    const auto it = m_runs.constFind(runId);
    if (it != m_runs.constEnd() && isFinished(it->snapshot.phase))
        return BackendResult<bool>::failure(tr("Run '%1' has already finished.").arg(runId));
    return {true, {}};
}

BackendResult<bool> ArgoBackend::resume(const QString &runId)
{
    return action(BackendAction::Kind::Resume, runId, s("resume"));
}

BackendResult<bool> ArgoBackend::retry(const QString &runId)
{
    const auto it = m_runs.constFind(runId);
    if (it != m_runs.constEnd() && it->snapshot.phase != RunPhase::Failed && it->snapshot.phase != RunPhase::Error)
        return BackendResult<bool>::failure(tr("Only a failed run can be retried; '%1' is %2.").arg(runId, toString(it->snapshot.phase)));
    return action(BackendAction::Kind::Retry, runId, s("retry"), QJsonObject{{s("restartSuccessful"), false}});
}

BackendResult<QString> ArgoBackend::resubmit(const QString &runId, const QMap<QString, QString> &parameters)
{
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd() || it->workflow.value(s("spec")).toObject().isEmpty())
        return BackendResult<QString>::failure(tr("There is no run '%1' on %2.").arg(runId, name()));
    const QJsonObject again = ArgoSubmission::rerun(it->workflow, parameters);
    const QString id = again.value(s("metadata")).toObject().value(s("name")).toString();
    create(id, again, Pipeline{}, {BackendAction::Kind::Resubmit, runId});
    return {id, {}};
}

BackendResult<bool> ArgoBackend::removeRun(const QString &runId)
{
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd())
        return BackendResult<bool>::failure(tr("There is no run '%1' on %2.").arg(runId, name()));
    if (!isFinished(it->snapshot.phase))
        return BackendResult<bool>::failure(tr("Run '%1' is still going; cancel it first.").arg(runId));
    m_api->call("DELETE", workflowPath(runId)).then(this, [this, runId](const ApiResponse &r) {
        const bool gone = r.ok() || r.status == 404;
        if (gone && m_runs.remove(runId))
            emit runRemoved(runId);
        finishAction({{BackendAction::Kind::Delete, runId}, gone ? QString() : r.error, {}, {}});
    });
    return {true, {}};
}

QJsonObject ArgoBackend::argoNode(const QString &runId, const QString &nodeId) const
{
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd())
        return {};
    QString target = nodeId;
    for (const RunNode *child : it->snapshot.children(nodeId))
        if (child->kind == RunNode::Kind::Attempt)
            target = child->id; // children are in order: the last is the latest attempt
    const QString argoId = it->argoNodeIds.value(target);
    return it->workflow.value(s("status")).toObject().value(s("nodes")).toObject().value(argoId).toObject();
}

QString ArgoBackend::podName(const QString &runId, const QString &nodeId) const
{
    const QJsonObject node = argoNode(runId, nodeId);
    if (node.value(s("type")).toString() != QLatin1String("Pod"))
        return {};
    return ArgoWorkflowMapper::podName(m_runs.value(runId).workflow, node);
}

LogStream *ArgoBackend::openLogStream(const QString &runId, const QString &nodeId, QObject *parent)
{
    return logStream(runId, nodeId, true, parent);
}

LogStream *ArgoBackend::readLog(const QString &runId, const QString &nodeId, QObject *parent)
{
    return logStream(runId, nodeId, false, parent);
}

LogStream *ArgoBackend::logStream(const QString &runId, const QString &nodeId, bool follow, QObject *parent)
{
    const QString pod = podName(runId, nodeId);
    auto *stream = new ArgoLogStream(m_api, m_settings.namespaceName, runId, pod, parent);
    stream->setFollow(follow);
    tracked(runId, stream);
    stream->setReconnectDelay(m_settings.reconnectDelayMs);
    if (pod.isEmpty())
        stream->failLater(tr("'%1' has no log: it ran no pod (yet).").arg(nodeId));
    else
        stream->start();
    return stream;
}

QList<ArtifactInfo> ArgoBackend::artifacts(const QString &runId, const QString &nodeId) const
{
    QList<ArtifactInfo> list;
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd())
        return list;
    const QJsonObject nodes = it->workflow.value(s("status")).toObject().value(s("nodes")).toObject();
    for (auto n = it->argoNodeIds.cbegin(); n != it->argoNodeIds.cend(); ++n) {
        if (!nodeId.isEmpty() && n.key() != nodeId)
            continue;
        for (const QJsonValue &v : nodes.value(n.value()).toObject().value(s("outputs")).toObject().value(s("artifacts")).toArray()) {
            const QJsonObject a = v.toObject();
            const QString artifactName = a.value(s("name")).toString();
            if (artifactName == QLatin1String("main-logs"))
                continue; // the archived log: shown in the logs panel, not as an output
            ArtifactInfo info;
            info.name = artifactName;
            info.nodeId = n.key();
            info.uri = QStringLiteral("/artifact-files/%1/workflows/%2/%3/outputs/%4").arg(m_settings.namespaceName, runId, n.value(), artifactName);
            list.append(info);
        }
    }
    std::sort(list.begin(), list.end(), [](const ArtifactInfo &a, const ArtifactInfo &b) {
        return a.nodeId != b.nodeId ? a.nodeId < b.nodeId : a.name < b.name;
    });
    return list;
}

int ArgoBackend::fetchArtifact(const QString &runId, const ArtifactInfo &artifact, const QString &targetPath)
{
    Q_UNUSED(runId);
    const int id = m_nextFetch++;
    auto *download = new ArtifactDownload(m_api, m_api->request("GET", artifact.uri), targetPath, this);
    connect(download, &ArtifactDownload::finished, this, [this, id, targetPath](const QString &error) {
        emit artifactFetched(id, targetPath, error);
    });
    download->start();
    return id;
}

std::optional<Pipeline> ArgoBackend::pipelineOf(const QString &runId) const
{
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.cend() || it->workflow.isEmpty())
        return std::nullopt;
    // JSON is YAML: the Argo reader takes the server's object as it is (status is ignored).
    // A listed or fetched workflow may leave out its type, which the reader goes by.
    QJsonObject workflow = it->workflow;
    if (!workflow.contains(QStringLiteral("kind"))) {
        workflow.insert(QStringLiteral("apiVersion"), QStringLiteral("argoproj.io/v1alpha1"));
        workflow.insert(QStringLiteral("kind"), QStringLiteral("Workflow"));
    }
    const LoadedFile file = PipelineFileReader::readBytes(QJsonDocument(workflow).toJson(QJsonDocument::Compact),
                                                          runId + QStringLiteral(".json"));
    if (!file.readable)
        return std::nullopt;
    return file.asPipeline();
}

QString ArgoBackend::metricMatchers(const QString &runId, const QString &nodeId) const
{
    if (!nodeId.isEmpty()) {
        const QString pod = podName(runId, nodeId);
        if (!pod.isEmpty())
            return QStringLiteral(R"(namespace="%1",pod="%2",container="main")")
                .arg(LabelMatchers::escapeValue(m_settings.namespaceName), LabelMatchers::escapeValue(pod));
    }
    return QStringLiteral(R"(namespace="%1",pod=~"%2-.*")")
        .arg(LabelMatchers::escapeValue(m_settings.namespaceName), LabelMatchers::escapeRegexValue(runId));
}

QString ArgoBackend::scheduleChoiceText(const QString &cron) const { return tr("Create a CronWorkflow with cron “%1”").arg(cron); }

QFuture<BackendResult<QList<ScheduleInfo>>> ArgoBackend::listSchedules() { return m_schedules->list(); }

BackendResult<bool> ArgoBackend::createSchedule(const Pipeline &pipeline, const RunRequest &request)
{
    return answer({BackendAction::Kind::CreateSchedule, pipeline.name}, m_schedules->create(pipeline, request));
}

BackendResult<bool> ArgoBackend::suspendSchedule(const QString &scheduleId)
{
    return answer({BackendAction::Kind::SuspendSchedule, scheduleId}, m_schedules->setSuspended(scheduleId, true));
}

BackendResult<bool> ArgoBackend::resumeSchedule(const QString &scheduleId)
{
    return answer({BackendAction::Kind::ResumeSchedule, scheduleId}, m_schedules->setSuspended(scheduleId, false));
}

BackendResult<bool> ArgoBackend::deleteSchedule(const QString &scheduleId)
{
    return answer({BackendAction::Kind::DeleteSchedule, scheduleId}, m_schedules->remove(scheduleId));
}

BackendResult<bool> ArgoBackend::publishTemplate(const Pipeline &pipeline, const QString &templateName)
{
    return answer({BackendAction::Kind::PublishTemplate, templateName}, m_schedules->publishTemplate(pipeline, templateName));
}

QFuture<BackendResult<QStringList>> ArgoBackend::listTemplates() { return m_schedules->templateNames(); }

} // namespace ps
