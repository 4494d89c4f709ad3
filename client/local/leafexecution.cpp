#include "leafexecution.h"

#include "argotemplatereader.h"
#include "commandlinerenderer.h"
#include "exprevaluator.h"
#include "filecopy.h"
#include "nativewriter.h"
#include "rundirectory.h"
#include "sandbox.h"
#include "taskcache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cmath>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LeafExecution)
};

constexpr qsizetype kMaxParameter = 256 * 1024;
constexpr qsizetype kMaxKeptResult = 4 * 1024;

// "10s", "2m", "1h", "500ms" or plain seconds.
double seconds(const QString &duration)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([0-9.]+)\s*(ms|s|m|h)?\s*$)"));
    const QRegularExpressionMatch m = re.match(duration);
    if (!m.hasMatch())
        return 0;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    return unit == u"ms" ? v / 1000 : unit == u"m" ? v * 60 : unit == u"h" ? v * 3600 : v;
}

bool isBelow(const QString &path, const QString &dir) { return path == dir || path.startsWith(dir + u'/'); }

} // namespace

LeafExecution::LeafExecution(Spec spec, const EngineContext *context, RunSnapshot *snapshot, QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_context(context), m_snapshot(snapshot)
{
    m_sandboxed = !m_context->bwrap.isEmpty() || !m_context->containerRuntime.isEmpty();
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &LeafExecution::startAttempt);
}

QString LeafExecution::cacheKey() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!m_spec.memoizeKey.isEmpty()) { // Argo: the key alone names the entry, whatever the template
        hash.addData(QString(QStringLiteral("argo-memoize\x1f") + m_spec.memoizeKey).toUtf8());
        return QString::fromLatin1(hash.result().toHex());
    }
    hash.addData(NativeWriter::writeComponent(*m_spec.component));
    for (const EnvVar &e : m_spec.settings.env)
        hash.addData(QString(e.name + u'=' + e.value + u'\n').toUtf8());
    for (auto it = m_spec.inputs.cbegin(); it != m_spec.inputs.cend(); ++it) {
        QString value = it.value();
        const PortSpec *port = m_spec.component->input(it.key());
        if (port && port->artifact) {
            const QFileInfo fi(value);
            value += QStringLiteral("|%1|%2").arg(fi.size()).arg(fi.lastModified().toMSecsSinceEpoch());
        }
        hash.addData(QString(it.key() + u'\x1f' + value + u'\x1e').toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

void LeafExecution::start()
{
    m_phase = TaskPhase::Running;
    if (RunNode *n = node(m_spec.nodeId)) {
        n->phase = TaskPhase::Running;
        n->startedAt = QDateTime::currentDateTimeUtc();
    }
    QStringList artifactOutputs;
    for (const PortSpec &p : m_spec.component->outputs)
        if (p.artifact)
            artifactOutputs.append(p.name);
    if (m_spec.caching && m_context->cache) {
        if (const auto cached = m_context->cache->find(cacheKey(), artifactOutputs, seconds(m_spec.memoizeMaxAge))) {
            m_outputs = *cached;
            finish(TaskPhase::Cached, Tr::tr("outputs reused from an earlier run"));
            return;
        }
    }
    startAttempt();
}

void LeafExecution::startAttempt()
{
    const bool attempts = m_spec.settings.retry.limit > 0;
    m_attemptNode = attempts ? QStringLiteral("%1#%2").arg(m_spec.nodeId).arg(m_attempt) : m_spec.nodeId;
    if (attempts) {
        const RunNode *parent = node(m_spec.nodeId);
        RunNode a;
        a.id = m_attemptNode;
        a.parentId = m_spec.nodeId;
        a.name = parent ? parent->name : QString();
        a.displayName = QStringLiteral("%1(%2)").arg(parent ? parent->displayName : QString()).arg(m_attempt);
        a.kind = RunNode::Kind::Attempt;
        a.component = parent ? parent->component : QString();
        if (RunNode *earlier = node(a.id)) // a retry of the run goes over its attempts again
            *earlier = a;
        else
            m_snapshot->nodes.append(a);
    }
    const QString attemptDir = RunDirectory::nodeDir(m_spec.runDir, m_attemptNode);
    QDir(attemptDir).removeRecursively();
    RunNode *n = node(m_attemptNode);
    n->phase = TaskPhase::Running;
    n->startedAt = QDateTime::currentDateTimeUtc();
    n->message.clear();
    const Prepared prepared = prepare(attemptDir);
    n = node(m_attemptNode);
    n->command = prepared.shownCommand;
    emit changed();
    if (!prepared.error.isEmpty()) {
        attemptFinished({false, false, false, -1, prepared.error, {}});
        return;
    }
    TaskLauncher::Spec spec;
    spec.command = prepared.command;
    spec.environment = prepared.environment;
    spec.workingDirectory = m_sandboxed ? QDir::rootPath() : attemptDir + QStringLiteral("/tmp");
    spec.logPath = RunDirectory::logPath(m_spec.runDir, m_attemptNode);
    spec.maxLogBytes = m_context->maxLogBytes;
    spec.timeoutSeconds = m_spec.settings.timeoutSeconds;
    if (spec.timeoutSeconds <= 0) // Argo's template `timeout` ("30s"), kept as written by the reader
        spec.timeoutSeconds = qint64(std::ceil(seconds(m_spec.component->extras.value(ArgoTemplateReader::extrasTemplateKey())
                                                           .toObject().value(QStringLiteral("timeout")).toString())));
    for (const SecretEnvVar &s : m_spec.settings.secretEnv)
        spec.secrets.append(prepared.environment.value(s.name));
    m_launcher = new TaskLauncher(spec, this);
    connect(m_launcher, &TaskLauncher::linesWritten, this,
            [this, id = m_attemptNode](const LogLines &lines) { emit linesWritten(id, lines); });
    connect(m_launcher, &TaskLauncher::finished, this, &LeafExecution::attemptFinished);
    m_launcher->start();
}

QString LeafExecution::sandboxPath(const PortSpec &port, bool input) const
{
    if (!port.path.isEmpty())
        return port.path;
    const QString kind = input ? QStringLiteral("inputs") : QStringLiteral("outputs");
    const QString relative = QStringLiteral("/%1/%2/data").arg(kind, port.name);
    if (m_sandboxed)
        return QStringLiteral("/tmp") + relative;
    return RunDirectory::nodeDir(m_spec.runDir, m_attemptNode) + relative;
}

QString LeafExecution::hostPath(const QString &path, const QString &attemptDir) const
{
    if (!m_sandboxed)
        return path;
    if (isBelow(path, QStringLiteral("/tmp")))
        return attemptDir + QStringLiteral("/tmp") + path.mid(4);
    for (const VolumeMount &v : m_spec.settings.volumes) {
        if (!v.mountPath.isEmpty() && isBelow(path, v.mountPath)) {
            const QString base = v.source == VolumeMount::Source::PersistentVolumeClaim
                                     ? m_context->dataDir + QStringLiteral("/volumes/") + RunDirectory::fileName(v.reference)
                                 : v.source == VolumeMount::Source::HostPath ? v.reference
                                                                               : m_spec.runDir + QStringLiteral("/volumes/") + RunDirectory::fileName(v.name);
            return base + (v.subPath.isEmpty() ? QString() : u'/' + v.subPath) + path.mid(v.mountPath.size());
        }
    }
    return attemptDir + QStringLiteral("/root") + path;
}

LeafExecution::Prepared LeafExecution::prepare(const QString &attemptDir)
{
    Prepared p;
    const ComponentSpec &c = *m_spec.component;
    const Implementation &impl = c.implementation;
    QDir().mkpath(attemptDir + QStringLiteral("/tmp"));
    QDir().mkpath(m_spec.runDir + QStringLiteral("/logs"));
    Sandbox sandbox(m_context->bwrap, attemptDir + QStringLiteral("/tmp"));
    QStringList containerMounts;
    auto mountDir = [&](const QString &host, const QString &inside, bool readOnly) {
        QDir().mkpath(host);
        sandbox.addMount({host, inside, readOnly});
        containerMounts << QStringLiteral("-v") << host + u':' + inside + (readOnly ? QStringLiteral(":ro") : QString());
    };
    for (const VolumeMount &v : m_spec.settings.volumes) {
        if (v.source == VolumeMount::Source::ConfigMap || v.source == VolumeMount::Source::Secret) {
            p.error = Tr::tr("volume '%1' comes from a Kubernetes config map or secret, which needs a cluster").arg(v.name);
            return p;
        }
        if (m_sandboxed && !v.mountPath.isEmpty() && !isBelow(v.mountPath, QStringLiteral("/tmp")))
            mountDir(hostPath(v.mountPath, attemptDir), v.mountPath, v.readOnly);
        else if (!m_sandboxed && v.source == VolumeMount::Source::PersistentVolumeClaim)
            QDir().mkpath(v.mountPath);
    }
    // Ports at paths outside /tmp and the volumes get a directory of their own, mounted there.
    auto portDir = [&](const QString &path) {
        const QString dir = QFileInfo(path).path();
        if (m_sandboxed && dir == u"/") {
            // A file right under the root: bind that file alone.
            const QString host = hostPath(path, attemptDir);
            QDir().mkpath(QFileInfo(host).path());
            if (!QFileInfo::exists(host))
                QFile(host).open(QIODevice::WriteOnly);
            sandbox.addMount({host, path, false});
            containerMounts << QStringLiteral("-v") << host + u':' + path;
            return;
        }
        const QString host = hostPath(dir, attemptDir);
        if (m_sandboxed && host.startsWith(attemptDir + QStringLiteral("/root")) && !containerMounts.contains(host + u':' + dir))
            mountDir(host, dir, false);
        QDir().mkpath(hostPath(dir, attemptDir));
    };
    for (const PortSpec &port : c.inputs) {
        if (!port.artifact || !m_spec.inputs.contains(port.name))
            continue;
        const QString inside = sandboxPath(port, true);
        portDir(inside);
        if (const QString err = FileCopy::copy(m_spec.inputs.value(port.name), hostPath(inside, attemptDir)); !err.isEmpty()) {
            p.error = Tr::tr("cannot place input artifact '%1': %2").arg(port.name, err);
            return p;
        }
    }
    for (const PortSpec &port : c.outputs)
        if (!port.fromStdout)
            portDir(sandboxPath(port, false));

    CommandLineRenderer renderer;
    renderer.inputValue = [this](const QString &port) -> std::optional<QString> {
        if (m_spec.inputs.contains(port))
            return m_spec.inputs.value(port);
        return std::nullopt;
    };
    renderer.inputPath = [this, &c](const QString &port) {
        const PortSpec *spec = c.input(port);
        return spec ? sandboxPath(*spec, true) : QString();
    };
    renderer.outputPath = [this, &c](const QString &port) {
        const PortSpec *spec = c.output(port);
        return spec ? sandboxPath(*spec, false) : QString();
    };
    renderer.lookup = [&](const QString &ref) -> std::optional<QString> {
        static const QRegularExpression re(QStringLiteral(R"(^(inputs|outputs)\.(parameters|artifacts)\.([^.]+)(\.path)?$)"));
        const QRegularExpressionMatch m = re.match(ref);
        if (m.hasMatch()) {
            const bool input = m.captured(1) == u"inputs";
            const PortSpec *port = input ? c.input(m.captured(3)) : c.output(m.captured(3));
            if (!port)
                return std::nullopt;
            if (input && m.captured(4).isEmpty() && !port->artifact)
                return m_spec.inputs.contains(port->name) ? std::optional<QString>(m_spec.inputs.value(port->name)) : std::nullopt;
            return sandboxPath(*port, input);
        }
        if (ref == u"pod.name" || ref == u"node.name")
            return m_attemptNode;
        if (ref == u"retries")
            return QString::number(m_attempt);
        return m_spec.workflow(ref);
    };

    QStringList command;
    if (impl.kind == Implementation::Kind::Script) {
        const BackendResult<QString> source = PlaceholderText::substitute(impl.source, renderer.lookup);
        if (!source.ok()) {
            p.error = source.error;
            return p;
        }
        const QString scriptInside = m_sandboxed ? QStringLiteral("/tmp/.pstudio-script") : attemptDir + QStringLiteral("/script");
        QFile script(hostPath(scriptInside, attemptDir));
        if (!script.open(QIODevice::WriteOnly) || script.write(source.value.toUtf8()) < 0) {
            p.error = Tr::tr("cannot write the script: %1").arg(script.errorString());
            return p;
        }
        command = impl.interpreter.isEmpty() ? QStringList{QStringLiteral("sh")} : impl.interpreter;
        command.append(scriptInside);
    } else {
        BackendResult<QStringList> line = renderer.render(impl.command);
        const BackendResult<QStringList> args = renderer.render(impl.args);
        if (!line.ok() || !args.ok()) {
            p.error = line.ok() ? args.error : line.error;
            return p;
        }
        command = line.value + args.value;
    }
    if (command.isEmpty()) {
        p.error = Tr::tr("the component has no command to run (the local engine does not know the entry point of image '%1')")
                      .arg(impl.image);
        return p;
    }
    if (command.front() == u"python")
        command.front() = QStringLiteral("python3");
    p.shownCommand = command;

    p.environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH", QStringLiteral("/usr/local/bin:/usr/bin:/bin")));
    p.environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.environment.insert(QStringLiteral("HOME"), m_sandboxed ? QStringLiteral("/tmp") : attemptDir + QStringLiteral("/tmp"));
    for (const QList<EnvVar> &vars : {impl.env, m_spec.settings.env}) {
        for (const EnvVar &e : vars) {
            const BackendResult<QString> v = PlaceholderText::substitute(e.value, renderer.lookup);
            if (!v.ok()) {
                p.error = v.error;
                return p;
            }
            p.environment.insert(e.name, v.value);
        }
    }
    for (const SecretEnvVar &s : m_spec.settings.secretEnv) {
        const QString key = s.secretName + u'/' + s.secretKey;
        if (!m_context->secrets.contains(key) && !m_context->secrets.contains(s.secretKey)) {
            p.error = Tr::tr("secret '%1' (key '%2') for %3 is not in your local secrets file").arg(s.secretName, s.secretKey, s.name);
            return p;
        }
        p.environment.insert(s.name, m_context->secrets.value(key, m_context->secrets.value(s.secretKey)));
    }

    if (!m_context->containerRuntime.isEmpty()) {
        QStringList run{m_context->containerRuntime, QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-i"),
                        QStringLiteral("-v"), attemptDir + QStringLiteral("/tmp:/tmp")};
        run += containerMounts;
        const QString workingDir = c.extras.value(ArgoTemplateReader::extrasContainerKey()).toObject()
                                       .value(QStringLiteral("workingDir")).toString();
        if (!workingDir.isEmpty())
            run << QStringLiteral("-w") << workingDir;
        for (const QString &key : p.environment.keys())
            if (key != u"PATH")
                run << QStringLiteral("-e") << key;
        p.command = run + QStringList{impl.image} + command;
        return p;
    }
    const QString program = command.front();
    const bool found = program.contains(u'/') ? QFileInfo(hostPath(program, attemptDir)).isExecutable()
                                              : !QStandardPaths::findExecutable(program).isEmpty();
    if (!found) {
        p.error = Tr::tr("the command '%1' does not exist on this machine (image '%2' is not available locally)")
                      .arg(program, impl.image);
        return p;
    }
    p.command = m_sandboxed ? sandbox.commandPrefix() + command : command;
    return p;
}

QString LeafExecution::collectOutputs(const QByteArray &stdoutText, const QString &attemptDir)
{
    const ComponentSpec &c = *m_spec.component;
    QString result = QString::fromUtf8(stdoutText).trimmed();
    // Secret values stay out of the run files, whatever the task printed.
    QStringList secrets;
    for (const SecretEnvVar &s : m_spec.settings.secretEnv)
        secrets.append(m_context->secrets.value(s.secretName + u'/' + s.secretKey, m_context->secrets.value(s.secretKey)));
    secrets.removeAll(QString());
    for (const QString &secret : std::as_const(secrets))
        result.replace(secret, QStringLiteral("***"));
    if (c.output(QStringLiteral("result")) || result.size() <= kMaxKeptResult)
        m_outputs.insert(QStringLiteral("result"), result);
    const QJsonObject portFields = c.extras.value(ArgoTemplateReader::extrasPortFieldsKey()).toObject();
    for (const PortSpec &port : c.outputs) {
        if (port.fromStdout)
            continue;
        const QString inside = sandboxPath(port, false);
        const QString host = hostPath(inside, attemptDir);
        if (port.artifact) {
            if (!QFileInfo::exists(host)) {
                if (port.optional)
                    continue;
                return Tr::tr("output artifact '%1' was not written to %2").arg(port.name, inside);
            }
            const QString kept = attemptDir + QStringLiteral("/outputs/") + port.name + u'/' + QFileInfo(host).fileName();
            QDir().mkpath(QFileInfo(kept).path());
            if (!QFile::rename(host, kept) && !QDir().rename(host, kept)) {
                if (const QString err = FileCopy::copy(host, kept); !err.isEmpty())
                    return Tr::tr("cannot keep output artifact '%1': %2").arg(port.name, err);
            }
            m_outputs.insert(port.name, kept);
            continue;
        }
        QFile f(host);
        if (!f.open(QIODevice::ReadOnly)) {
            const QJsonObject from = portFields.value(QStringLiteral("outputs.parameters.") + port.name).toObject()
                                         .value(QStringLiteral("valueFrom")).toObject();
            if (from.contains(QStringLiteral("default"))) {
                m_outputs.insert(port.name, from.value(QStringLiteral("default")).toVariant().toString());
                continue;
            }
            return Tr::tr("output parameter '%1' was not written to %2").arg(port.name, inside);
        }
        QString value = QString::fromUtf8(f.read(kMaxParameter)).trimmed();
        for (const QString &secret : std::as_const(secrets))
            value.replace(secret, QStringLiteral("***"));
        m_outputs.insert(port.name, value);
    }
    return {};
}

void LeafExecution::attemptFinished(const TaskLauncher::Outcome &outcome)
{
    if (m_launcher)
        m_launcher->deleteLater();
    const QString attemptDir = RunDirectory::nodeDir(m_spec.runDir, m_attemptNode);
    QString message = outcome.message;
    bool error = false; // an error of the engine or the machine, not of the task's code
    if (outcome.succeeded) {
        m_outputs.clear();
        message = collectOutputs(outcome.stdoutText, attemptDir);
        error = !message.isEmpty();
    } else {
        error = outcome.exitCode < 0 && !outcome.timedOut && !outcome.cancelled;
    }
    const TaskPhase phase = message.isEmpty() ? TaskPhase::Succeeded : error ? TaskPhase::Error : TaskPhase::Failed;
    if (RunNode *n = node(m_attemptNode)) {
        n->phase = phase;
        n->message = message;
        n->finishedAt = QDateTime::currentDateTimeUtc();
        if (phase == TaskPhase::Succeeded)
            n->outputs = m_outputs;
    }
    const RetryPolicy &retry = m_spec.settings.retry;
    const QString on = retry.retryOn.isEmpty() ? QStringLiteral("OnFailure") : retry.retryOn;
    const bool retryable = on == u"Always" || (phase == TaskPhase::Failed && on != u"OnError")
                           || (phase == TaskPhase::Error && on != u"OnFailure");
    if (phase != TaskPhase::Succeeded && !m_cancelled && retryable && m_attempt < retry.limit
        && retryWanted(outcome, phase, &message)) {
        ++m_attempt;
        double delay = seconds(retry.backoffDuration) * std::pow(retry.backoffFactor > 0 ? retry.backoffFactor : 1.0, m_attempt - 1);
        if (const double cap = seconds(retry.backoffMaxDuration); cap > 0)
            delay = std::min(delay, cap);
        emit changed();
        m_backoff.start(std::chrono::milliseconds(qint64(delay * 1000)));
        return;
    }
    if (phase == TaskPhase::Succeeded && m_spec.caching && m_context->cache)
        m_context->cache->store(cacheKey(), m_outputs, m_attemptNode);
    finish(phase, message);
}

bool LeafExecution::retryWanted(const TaskLauncher::Outcome &outcome, TaskPhase phase, QString *message) const
{
    // Argo's retryStrategy.expression: retry only when it holds for the attempt that just ended.
    const QString expression = m_spec.component->extras.value(ArgoTemplateReader::extrasTemplateKey()).toObject()
                                   .value(QStringLiteral("retryStrategy")).toObject().value(QStringLiteral("expression")).toString();
    if (expression.trimmed().isEmpty())
        return true;
    const RunNode *attempt = m_snapshot->node(m_attemptNode);
    const QMap<QString, QString> lastRetry{
        {QStringLiteral("lastRetry.exitCode"), QString::number(outcome.exitCode)},
        {QStringLiteral("lastRetry.status"), toString(phase)},
        {QStringLiteral("lastRetry.message"), outcome.message},
        {QStringLiteral("lastRetry.duration"),
         QString::number(attempt ? attempt->startedAt.secsTo(QDateTime::currentDateTimeUtc()) : 0)}};
    const PlaceholderText::Lookup lookup = [&](const QString &ref) -> std::optional<QString> {
        if (lastRetry.contains(ref))
            return lastRetry.value(ref);
        static const QRegularExpression input(QStringLiteral(R"(^inputs\.parameters\.([^.]+)$)"));
        if (const QRegularExpressionMatch m = input.match(ref); m.hasMatch())
            return m_spec.inputs.contains(m.captured(1)) ? std::optional<QString>(m_spec.inputs.value(m.captured(1))) : std::nullopt;
        return m_spec.workflow(ref);
    };
    const BackendResult<QString> text = PlaceholderText::substitute(expression, lookup);
    const BackendResult<ExprValue> holds = text.ok() ? ExprEvaluator::evaluate(text.value, lookup)
                                                     : BackendResult<ExprValue>::failure(text.error);
    if (!holds.ok() || holds.value.type != ExprValue::Type::Bool) {
        *message = Tr::tr("%1; not retried: the retry expression %2").arg(*message,
                       holds.ok() ? Tr::tr("gives %1, not true or false").arg(holds.value.toText()) : holds.error);
        return false;
    }
    return holds.value.boolean;
}

void LeafExecution::finish(TaskPhase phase, const QString &message)
{
    m_finished = true;
    m_phase = phase;
    m_message = message;
    m_attemptNode.clear();
    if (RunNode *n = node(m_spec.nodeId)) {
        n->phase = phase;
        n->message = message;
        n->finishedAt = QDateTime::currentDateTimeUtc();
        if (phase == TaskPhase::Succeeded || phase == TaskPhase::Cached)
            n->outputs = m_outputs;
    }
    emit changed();
    emit finished();
}

void LeafExecution::cancel()
{
    m_cancelled = true;
    if (m_finished)
        return;
    if (m_launcher && m_launcher->isRunning()) {
        m_launcher->cancel();
        return;
    }
    m_backoff.stop();
    finish(TaskPhase::Failed, Tr::tr("cancelled"));
}

} // namespace ps
