#include "kfpbackend.h"

#include "apiclient.h"
#include "artifactdownload.h"
#include "kfpirwriter.h"
#include "kfppagequery.h"
#include "kfprecurringruns.h"
#include "kfprunmapper.h"
#include "kfpsubmission.h"
#include "kubeclient.h"
#include "labelmatchers.h"
#include "pipelinefilereader.h"
#include "podlogstream.h"
#include "runorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace ps {

namespace {
QString s(const char *t) { return QString::fromLatin1(t); }

QJsonObject runtimeConfig(const QMap<QString, QString> &parameters, const QJsonObject &base = {})
{
    QJsonObject params = base;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        params[it.key()] = it.value();
    return QJsonObject{{s("parameters"), params}};
}
}

KfpBackend::KfpBackend(ApiClient *api, KubeClient *kube, Settings settings, QObject *parent)
    : RunBackend(parent), m_api(api), m_kube(kube), m_settings(std::move(settings)), m_interval(m_settings.pollIntervalMs)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &KfpBackend::poll);
    m_recurring = new KfpRecurringRuns(api, {m_settings.namespaceName, m_settings.experiment, m_settings.pageSize}, this);
}

KfpBackend::~KfpBackend() = default;

QString KfpBackend::name() const
{
    return tr("Kubeflow (%1)").arg(m_settings.label.isEmpty() && m_api ? m_api->base().host() : m_settings.label);
}

void KfpBackend::start()
{
    loadPage({});
}

void KfpBackend::loadPage(const QString &token)
{
    QUrlQuery query = pageQuery(token);
    query.addQueryItem(s("sort_by"), s("created_at%20desc"));
    m_api->get(s("/apis/v2beta1/runs"), query).then(this, [this](const ApiResponse &r) {
        if (!r.ok()) {
            setConnectionState(ConnectionState::Kind::Refused, r.error);
            return;
        }
        setConnectionState(ConnectionState::Kind::Connected);
        for (const QJsonValue &v : r.json.object().value(s("runs")).toArray()) {
            const QString kfpId = v.toObject().value(s("run_id")).toString();
            store(m_ours.value(kfpId, kfpId), v.toObject());
        }
        const QString next = r.json.object().value(s("next_page_token")).toString();
        if (!next.isEmpty())
            return loadPage(next);
        emit runsLoaded();
        m_poll.start(m_interval);
    });
}

QUrlQuery KfpBackend::pageQuery(const QString &token) const
{
    return kfpPageQuery(m_settings.pageSize, m_settings.namespaceName, token);
}

void KfpBackend::store(const QString &ourId, const QJsonObject &run)
{
    KfpRunMapper::Result mapped = KfpRunMapper::map(run);
    const bool added = !m_runs.contains(ourId);
    Run &entry = m_runs[ourId];
    const RunSnapshot before = entry.snapshot;
    entry.kfpId = mapped.snapshot.id;
    entry.run = run;
    entry.podNames = std::move(mapped.podNames);
    entry.snapshot = std::move(mapped.snapshot);
    entry.snapshot.id = ourId;
    if (!before.pipelineName.isEmpty())
        entry.snapshot.pipelineName = before.pipelineName;
    if (!before.sourcePath.isEmpty())
        entry.snapshot.sourcePath = before.sourcePath;
    m_ours.insert(entry.kfpId, ourId);
    if (!run.value(s("pipeline_spec")).isObject())
        fetchVersionSpec(run.value(s("pipeline_version_reference")).toObject());
    if (added)
        emit runAdded(ourId);
    else if (!(before == entry.snapshot)) {
        m_changed = true;
        emit runChanged(ourId);
    }
}

void KfpBackend::poll()
{
    QStringList due;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
        if (!it->kfpId.isEmpty() && (!isFinished(it->snapshot.phase) || m_forced.contains(it.key())))
            due.append(it.key());
    m_forced.clear();
    if (due.isEmpty()) {
        m_interval = m_settings.pollIntervalMs;
        m_poll.start(m_interval);
        return;
    }
    m_changed = false;
    m_pending = int(due.size());
    for (const QString &ourId : std::as_const(due)) {
        m_api->get(s("/apis/v2beta1/runs/") + m_runs.value(ourId).kfpId).then(this, [this, ourId](const ApiResponse &r) {
            if (r.ok()) {
                setConnectionState(ConnectionState::Kind::Connected);
                store(ourId, r.json.object());
            } else {
                lostServer(r);
            }
            if (--m_pending > 0)
                return;
            // Back off while nothing changes or the server fails; come back quickly after a change.
            m_interval = m_changed ? m_settings.pollIntervalMs : std::min(m_interval * 2, m_settings.maxPollIntervalMs);
            m_poll.start(m_interval);
        });
    }
}

BackendResult<QString> KfpBackend::submit(const Pipeline &pipeline, const RunRequest &request)
{
    const KfpIrWriter::Result ir = KfpIrWriter::write(pipeline);
    if (hasErrors(ir.diagnostics))
        return BackendResult<QString>::failure(tr("The pipeline cannot run on Kubeflow Pipelines: %1").arg(ir.diagnostics.first().message));
    const QString ourId = QStringLiteral("kfp-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const QString pipelineName = pipeline.name.isEmpty() ? pipeline.displayName : pipeline.name;
    Run &entry = m_runs[ourId];
    entry.snapshot.id = ourId;
    entry.snapshot.pipelineName = pipelineName;
    entry.snapshot.displayName = request.displayName.isEmpty() ? pipelineName : request.displayName;
    entry.snapshot.sourcePath = request.sourcePath;
    entry.snapshot.parameters = request.parameters;
    entry.snapshot.createdAt = QDateTime::currentDateTimeUtc();
    entry.snapshot.message = tr("uploading…");
    emit runAdded(ourId);
    QJsonObject body{{s("display_name"), entry.snapshot.displayName}, {s("runtime_config"), runtimeConfig(request.parameters)}};
    submitIr(ourId, ir.yaml, pipelineName, request.experiment.isEmpty() ? m_settings.experiment : request.experiment, body);
    return {ourId, {}};
}

void KfpBackend::lostServer(const ApiResponse &r)
{
    const bool refused = r.status == 401 || r.status == 403;
    setConnectionState(refused ? ConnectionState::Kind::Refused : ConnectionState::Kind::Reconnecting, r.error);
}

void KfpBackend::submitIr(const QString &ourId, const QByteArray &yaml, const QString &pipelineName, const QString &experiment,
                          const QJsonObject &body)
{
    KfpSubmission::Target target{m_settings.namespaceName, experiment, pipelineName, yaml, s("/apis/v2beta1/runs"), body};
    auto *submission = new KfpSubmission(m_api, target, this);
    connect(submission, &KfpSubmission::finished, this, [this, ourId](const QJsonObject &run, const QString &error) {
        if (!error.isEmpty()) {
            if (m_runs.contains(ourId)) {
                Run &entry = m_runs[ourId];
                entry.snapshot.phase = RunPhase::Error;
                entry.snapshot.message = error;
                entry.snapshot.finishedAt = QDateTime::currentDateTimeUtc();
                emit runChanged(ourId);
            }
            finishAction({{BackendAction::Kind::Submit, ourId}, error, ourId, {}});
            return;
        }
        store(ourId, run);
        finishAction({{BackendAction::Kind::Submit, ourId}, {}, ourId, {}});
        m_interval = m_settings.pollIntervalMs;
        m_poll.start(m_interval);
    });
    submission->start();
}

QString KfpBackend::scheduleChoiceText(const QString &cron) const { return tr("Create a recurring run with cron “%1”").arg(cron); }

QFuture<BackendResult<QList<ScheduleInfo>>> KfpBackend::listSchedules() { return m_recurring->list(); }

BackendResult<bool> KfpBackend::createSchedule(const Pipeline &pipeline, const RunRequest &request)
{
    return answer({BackendAction::Kind::CreateSchedule, pipeline.name}, m_recurring->create(pipeline, request));
}

BackendResult<bool> KfpBackend::suspendSchedule(const QString &scheduleId)
{
    return answer({BackendAction::Kind::SuspendSchedule, scheduleId}, m_recurring->setEnabled(scheduleId, false));
}

BackendResult<bool> KfpBackend::resumeSchedule(const QString &scheduleId)
{
    return answer({BackendAction::Kind::ResumeSchedule, scheduleId}, m_recurring->setEnabled(scheduleId, true));
}

BackendResult<bool> KfpBackend::deleteSchedule(const QString &scheduleId)
{
    return answer({BackendAction::Kind::DeleteSchedule, scheduleId}, m_recurring->remove(scheduleId));
}

QList<RunSnapshot> KfpBackend::listRuns() const
{
    QList<RunSnapshot> list;
    for (const Run &r : m_runs)
        list.append(r.snapshot);
    sortNewestFirst(list);
    return list;
}

std::optional<RunSnapshot> KfpBackend::snapshot(const QString &runId) const
{
    const auto it = m_runs.constFind(runId);
    return it == m_runs.constEnd() ? std::nullopt : std::optional<RunSnapshot>(it->snapshot);
}

QString KfpBackend::kfpRunId(const QString &runId) const
{
    return m_runs.value(runId).kfpId;
}

BackendResult<bool> KfpBackend::post(BackendAction::Kind kind, const QString &runId, const QString &verb)
{
    const QString kfpId = kfpRunId(runId);
    if (kfpId.isEmpty())
        return BackendResult<bool>::failure(tr("There is no run '%1' on %2 (yet).").arg(runId, name()));
    m_api->call("POST", QStringLiteral("/apis/v2beta1/runs/%1:%2").arg(kfpId, verb)).then(this, [this, kind, runId](const ApiResponse &r) {
        finishAction({{kind, runId}, r.error, {}, {}});
        if (!r.ok())
            return;
        m_interval = m_settings.pollIntervalMs;
        m_forced.insert(runId);
        m_poll.start(0);
    });
    return {true, {}};
}

BackendResult<bool> KfpBackend::cancel(const QString &runId)
{
    if (const auto known = snapshot(runId); known && isFinished(known->phase))
        return BackendResult<bool>::failure(tr("Run '%1' has already finished.").arg(runId));
    return post(BackendAction::Kind::Cancel, runId, s("terminate"));
}

BackendResult<bool> KfpBackend::retry(const QString &runId)
{
    const auto s1 = snapshot(runId);
    if (s1 && s1->phase != RunPhase::Failed && s1->phase != RunPhase::Error)
        return BackendResult<bool>::failure(tr("Only a failed run can be retried; '%1' is %2.").arg(runId, toString(s1->phase)));
    return post(BackendAction::Kind::Retry, runId, s("retry"));
}

BackendResult<QString> KfpBackend::resubmit(const QString &runId, const QMap<QString, QString> &parameters)
{
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd() || it->kfpId.isEmpty())
        return BackendResult<QString>::failure(tr("There is no run '%1' on %2 (yet).").arg(runId, name()));
    QJsonObject body{{s("display_name"), it->snapshot.displayName},
                     {s("pipeline_version_reference"), it->run.value(s("pipeline_version_reference"))},
                     {s("runtime_config"), runtimeConfig(parameters, it->run.value(s("runtime_config")).toObject().value(s("parameters")).toObject())}};
    if (it->run.contains(s("experiment_id")))
        body[s("experiment_id")] = it->run.value(s("experiment_id"));
    const QString ourId = QStringLiteral("kfp-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    Run &entry = m_runs[ourId];
    entry.snapshot.id = ourId;
    entry.snapshot.displayName = it->snapshot.displayName;
    entry.snapshot.createdAt = QDateTime::currentDateTimeUtc();
    entry.snapshot.message = tr("submitting…");
    emit runAdded(ourId);
    m_api->call("POST", s("/apis/v2beta1/runs"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact)).then(this, [this, runId, ourId](const ApiResponse &r) {
        if (!r.ok()) {
            Run &failed = m_runs[ourId];
            failed.snapshot.phase = RunPhase::Error;
            failed.snapshot.message = r.error;
            failed.snapshot.finishedAt = QDateTime::currentDateTimeUtc();
            emit runChanged(ourId);
            finishAction({{BackendAction::Kind::Resubmit, runId}, r.error, ourId, {}});
            return;
        }
        store(ourId, r.json.object());
        finishAction({{BackendAction::Kind::Resubmit, runId}, {}, ourId, {}});
        m_poll.start(m_settings.pollIntervalMs);
    });
    return {ourId, {}};
}

BackendResult<bool> KfpBackend::removeRun(const QString &runId)
{
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd())
        return BackendResult<bool>::failure(tr("There is no run '%1' on %2.").arg(runId, name()));
    if (!isFinished(it->snapshot.phase))
        return BackendResult<bool>::failure(tr("Run '%1' is still going; cancel it first.").arg(runId));
    const QString kfpId = it->kfpId;
    if (kfpId.isEmpty()) { // never reached the server
        m_runs.remove(runId);
        emit runRemoved(runId);
        finishActionLater({{BackendAction::Kind::Delete, runId}, {}, {}, {}});
        return {true, {}};
    }
    m_api->call("DELETE", s("/apis/v2beta1/runs/") + kfpId).then(this, [this, runId, kfpId](const ApiResponse &r) {
        const bool gone = r.ok() || r.status == 404;
        if (gone) {
            m_ours.remove(kfpId);
            if (m_runs.remove(runId))
                emit runRemoved(runId);
        }
        finishAction({{BackendAction::Kind::Delete, runId}, gone ? QString() : r.error, {}, {}});
    });
    return {true, {}};
}

LogStream *KfpBackend::openLogStream(const QString &runId, const QString &nodeId, QObject *parent)
{
    return logStream(runId, nodeId, true, parent);
}

LogStream *KfpBackend::readLog(const QString &runId, const QString &nodeId, QObject *parent)
{
    return logStream(runId, nodeId, false, parent);
}

LogStream *KfpBackend::logStream(const QString &runId, const QString &nodeId, bool follow, QObject *parent)
{
    const QString pod = m_runs.value(runId).podNames.value(nodeId);
    auto *stream = new PodLogStream(m_kube ? m_kube->api() : nullptr, m_settings.podNamespace, pod, s("main"), parent);
    stream->setFollow(follow);
    tracked(runId, stream);
    if (!m_kube)
        stream->failLater(tr("Logs of Kubeflow runs are read from the cluster: choose a kubeconfig context for this connection."));
    else if (pod.isEmpty())
        stream->failLater(tr("'%1' has no log: it ran no pod (yet).").arg(nodeId));
    else
        stream->start();
    return stream;
}

QList<ArtifactInfo> KfpBackend::artifacts(const QString &runId, const QString &nodeId) const
{
    QList<ArtifactInfo> list;
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd())
        return list;
    for (const RunNode &n : it->snapshot.nodes) {
        const QString pod = it->podNames.value(n.id);
        if ((!nodeId.isEmpty() && n.id != nodeId) || pod.isEmpty())
            continue;
        for (auto o = n.outputs.cbegin(); o != n.outputs.cend(); ++o) {
            ArtifactInfo a;
            a.name = o.key();
            a.nodeId = n.id;
            a.uri = QStringLiteral("/apis/v2beta1/runs/%1/nodes/%2/artifacts/%3:read").arg(it->kfpId, pod, o.key());
            list.append(a);
        }
    }
    return list;
}

int KfpBackend::fetchArtifact(const QString &runId, const ArtifactInfo &artifact, const QString &targetPath)
{
    Q_UNUSED(runId);
    const int id = m_nextFetch++;
    const auto decode = [](const QByteArray &body, QString *error) -> QByteArray {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const auto bytes = QByteArray::fromBase64Encoding(o.value(QStringLiteral("data")).toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        if (!o.contains(QStringLiteral("data")) || !bytes)
            *error = KfpBackend::tr("Kubeflow Pipelines answered the artifact request with something that is not an artifact.");
        return bytes ? *bytes : QByteArray();
    };
    auto *download = new ArtifactDownload(m_api, m_api->request("GET", artifact.uri), targetPath, this, decode);
    connect(download, &ArtifactDownload::finished, this, [this, id, targetPath](const QString &error) {
        emit artifactFetched(id, targetPath, error);
    });
    download->start();
    return id;
}

QFuture<BackendResult<QStringList>> KfpBackend::experiments()
{
    using R = BackendResult<QStringList>;
    const QString preferred = m_settings.experiment;
    return m_api->get(s("/apis/v2beta1/experiments"), pageQuery({})).then(this, [preferred](const ApiResponse &r) {
        if (!r.ok())
            return R::failure(r.error);
        QStringList names;
        if (!preferred.isEmpty())
            names.append(preferred);
        for (const QJsonValue &v : r.json.object().value(s("experiments")).toArray()) {
            const QString name = v.toObject().value(s("display_name")).toString();
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
        return R{names, {}};
    });
}

void KfpBackend::fetchVersionSpec(const QJsonObject &versionReference)
{
    const QString pipelineId = versionReference.value(s("pipeline_id")).toString();
    const QString versionId = versionReference.value(s("pipeline_version_id")).toString();
    if (pipelineId.isEmpty() || versionId.isEmpty() || m_versionSpecs.contains(versionId))
        return;
    m_versionSpecs.insert(versionId, {});
    const QString path = QStringLiteral("/apis/v2beta1/pipelines/%1/versions/%2").arg(pipelineId, versionId);
    m_api->get(path).then(this, [this, versionId](const ApiResponse &r) {
        const QJsonObject spec = r.json.object().value(s("pipeline_spec")).toObject();
        if (!r.ok() || spec.isEmpty()) {
            m_versionSpecs.remove(versionId);   // asked again at the next poll that stores the run
            return;
        }
        m_versionSpecs.insert(versionId, spec);
        for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
            if (it->run.value(s("pipeline_version_reference")).toObject().value(s("pipeline_version_id")).toString() == versionId)
                emit runChanged(it.key());
    });
}

std::optional<Pipeline> KfpBackend::pipelineOf(const QString &runId) const
{
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.cend())
        return std::nullopt;
    QJsonObject spec = it->run.value(s("pipeline_spec")).toObject();
    if (spec.isEmpty())
        spec = m_versionSpecs.value(it->run.value(s("pipeline_version_reference")).toObject().value(s("pipeline_version_id")).toString());
    if (spec.isEmpty())
        return std::nullopt;
    // A spec with platform settings comes as {pipeline_spec, platform_spec}: the IR file's two
    // documents. JSON is YAML, so the KFP IR reader takes them as they are.
    QByteArray bytes;
    if (spec.value(s("pipeline_spec")).isObject()) {
        bytes = QJsonDocument(spec.value(s("pipeline_spec")).toObject()).toJson(QJsonDocument::Compact);
        if (spec.value(s("platform_spec")).isObject())
            bytes += "\n---\n" + QJsonDocument(spec.value(s("platform_spec")).toObject()).toJson(QJsonDocument::Compact);
    } else {
        bytes = QJsonDocument(spec).toJson(QJsonDocument::Compact);
    }
    const LoadedFile file = PipelineFileReader::readBytes(bytes, runId + QStringLiteral(".yaml"));
    if (!file.readable)
        return std::nullopt;
    // A one-task spec reads as a component file; a run's spec is a pipeline all the same,
    // and its root DAG names the tasks as the run's task details do.
    return file.pipeline.root.tasks().empty() ? file.asPipeline() : file.pipeline;
}

QString KfpBackend::metricMatchers(const QString &runId, const QString &nodeId) const
{
    const Run run = m_runs.value(runId);
    const QString ns = LabelMatchers::escapeValue(m_settings.podNamespace);
    if (!nodeId.isEmpty() && run.podNames.contains(nodeId))
        return QStringLiteral(R"(namespace="%1",pod="%2",container="main")").arg(ns, LabelMatchers::escapeValue(run.podNames.value(nodeId)));
    QStringList pods = run.podNames.values();
    pods.sort();
    for (QString &pod : pods)
        pod = LabelMatchers::escapeRegexValue(pod);
    return QStringLiteral(R"(namespace="%1",pod=~"%2")").arg(ns, pods.isEmpty() ? s("^$") : pods.join(u'|'));
}

} // namespace ps
