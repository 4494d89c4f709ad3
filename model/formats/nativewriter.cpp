#include "nativewriter.h"

#include "yamlsupport.h"

#include <QJsonArray>

#include <yaml-cpp/yaml.h>

namespace ps {

namespace {

void key(YAML::Emitter &out, const char *k)
{
    out << YAML::Key << k << YAML::Value;
}

void str(YAML::Emitter &out, const char *k, const QString &v)
{
    if (v.isEmpty())
        return;
    key(out, k);
    yaml::emitString(out, v);
}

void flag(YAML::Emitter &out, const char *k, bool v)
{
    if (v) {
        key(out, k);
        out << true;
    }
}

const char *volumeSourceName(VolumeMount::Source s)
{
    switch (s) {
    case VolumeMount::Source::EmptyDir: return "emptyDir";
    case VolumeMount::Source::PersistentVolumeClaim: return "persistentVolumeClaim";
    case VolumeMount::Source::ConfigMap: return "configMap";
    case VolumeMount::Source::Secret: return "secret";
    case VolumeMount::Source::HostPath: return "hostPath";
    case VolumeMount::Source::Other: return "other";
    }
    return "other";
}

QString taskName(const Graph &graph, TaskId id)
{
    const Task *t = graph.task(id);
    // A dangling id cannot be written by name; keep it visible rather than dropping the edge.
    return t ? t->name : QStringLiteral("#%1").arg(id.value);
}

} // namespace

QByteArray NativeWriter::write(const Pipeline &p)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    key(out, "format");
    out << "pipeline-studio";
    key(out, "schemaVersion");
    out << kSchemaVersion;
    key(out, "kind");
    out << "pipeline";
    str(out, "name", p.name);
    str(out, "displayName", p.displayName);
    str(out, "description", p.description);
    emitPorts(out, "parameters", p.parameters);
    emitPorts(out, "outputs", p.outputs);
    if (p.schedule) {
        const Schedule &s = *p.schedule;
        key(out, "schedule");
        out << YAML::BeginMap;
        str(out, "cron", s.cron);
        str(out, "timezone", s.timezone);
        str(out, "concurrencyPolicy", s.concurrencyPolicy);
        if (s.startingDeadlineSeconds > 0) {
            key(out, "startingDeadlineSeconds");
            out << s.startingDeadlineSeconds;
        }
        if (s.successfulJobsHistoryLimit > 0) {
            key(out, "successfulJobsHistoryLimit");
            out << s.successfulJobsHistoryLimit;
        }
        if (s.failedJobsHistoryLimit > 0) {
            key(out, "failedJobsHistoryLimit");
            out << s.failedJobsHistoryLimit;
        }
        flag(out, "suspended", s.suspended);
        out << YAML::EndMap;
    }
    emitGraph(out, p.root);
    if (!p.components.isEmpty()) {
        key(out, "components");
        out << YAML::BeginMap;
        for (auto it = p.components.cbegin(); it != p.components.cend(); ++it) {
            out << YAML::Key;
            yaml::emitString(out, it.key());
            out << YAML::Value << YAML::BeginMap;
            emitComponentBody(out, *it);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    emitExtras(out, p.extras);
    out << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}

QByteArray NativeWriter::writeComponent(const ComponentSpec &c)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    key(out, "format");
    out << "pipeline-studio";
    key(out, "schemaVersion");
    out << kSchemaVersion;
    key(out, "kind");
    out << "component";
    str(out, "key", c.key);
    emitComponentBody(out, c);
    out << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}

void NativeWriter::emitComponentBody(YAML::Emitter &out, const ComponentSpec &c)
{
    str(out, "name", c.name);
    str(out, "category", c.category);
    str(out, "description", c.description);
    emitPorts(out, "inputs", c.inputs);
    emitPorts(out, "outputs", c.outputs);
    const Implementation &impl = c.implementation;
    key(out, "implementation");
    out << YAML::BeginMap;
    switch (impl.kind) {
    case Implementation::Kind::Container:
    case Implementation::Kind::Script:
        key(out, impl.kind == Implementation::Kind::Container ? "container" : "script");
        out << YAML::BeginMap;
        str(out, "image", impl.image);
        if (impl.kind == Implementation::Kind::Container) {
            emitCommandLine(out, "command", impl.command);
            emitCommandLine(out, "args", impl.args);
        } else {
            if (!impl.interpreter.isEmpty()) {
                key(out, "interpreter");
                out << YAML::Flow << YAML::BeginSeq;
                for (const QString &part : impl.interpreter)
                    yaml::emitString(out, part);
                out << YAML::EndSeq;
            }
            str(out, "source", impl.source);
        }
        if (!impl.env.isEmpty()) {
            key(out, "env");
            out << YAML::BeginSeq;
            for (const EnvVar &e : impl.env) {
                out << YAML::BeginMap;
                str(out, "name", e.name);
                key(out, "value");
                yaml::emitString(out, e.value);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
        break;
    case Implementation::Kind::Graph:
        key(out, "graph");
        out << YAML::BeginMap;
        emitGraph(out, impl.graph);
        out << YAML::EndMap;
        break;
    case Implementation::Kind::Reference:
        key(out, "reference");
        out << YAML::BeginMap;
        str(out, "url", impl.referenceUrl);
        str(out, "digest", impl.referenceDigest);
        out << YAML::EndMap;
        break;
    case Implementation::Kind::Opaque:
        key(out, "opaque");
        out << YAML::BeginMap;
        str(out, "kind", impl.opaqueKind);
        key(out, "definition");
        yaml::emitJson(out, impl.opaque);
        out << YAML::EndMap;
        break;
    }
    out << YAML::EndMap;
    emitExtras(out, c.extras);
}

void NativeWriter::emitPorts(YAML::Emitter &out, const char *k, const QList<PortSpec> &ports)
{
    if (ports.isEmpty())
        return;
    key(out, k);
    out << YAML::BeginSeq;
    for (const PortSpec &port : ports) {
        out << YAML::BeginMap;
        key(out, "name");
        yaml::emitString(out, port.name);
        key(out, "type");
        out << port.type.toText().toStdString();
        flag(out, "artifact", port.artifact);
        flag(out, "optional", port.optional);
        if (port.hasDefault()) {
            key(out, "default");
            yaml::emitJson(out, port.defaultValue);
        }
        str(out, "path", port.path);
        flag(out, "fromStdout", port.fromStdout);
        str(out, "description", port.description);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void NativeWriter::emitGraph(YAML::Emitter &out, const Graph &graph)
{
    if (!graph.isEmpty()) {
        key(out, "tasks");
        out << YAML::BeginSeq;
        for (const Task &t : graph.tasks())
            emitTask(out, graph, t);
        out << YAML::EndSeq;
    }
    if (!graph.outputs.isEmpty()) {
        key(out, "outputBindings");
        out << YAML::BeginMap;
        for (auto it = graph.outputs.cbegin(); it != graph.outputs.cend(); ++it) {
            out << YAML::Key;
            yaml::emitString(out, it.key());
            out << YAML::Value;
            emitBinding(out, graph, *it);
        }
        out << YAML::EndMap;
    }
}

void NativeWriter::emitTask(YAML::Emitter &out, const Graph &graph, const Task &t)
{
    out << YAML::BeginMap;
    key(out, "name");
    yaml::emitString(out, t.name);
    str(out, "displayName", t.displayName);
    key(out, "component");
    yaml::emitString(out, t.component);
    flag(out, "exitHandler", t.role == Task::Role::ExitHandler);
    if (t.position) {
        key(out, "position");
        out << YAML::Flow << YAML::BeginSeq;
        yaml::emitJson(out, QJsonValue(t.position->x()));
        yaml::emitJson(out, QJsonValue(t.position->y()));
        out << YAML::EndSeq;
    }
    if (!t.inputs.isEmpty()) {
        key(out, "inputs");
        out << YAML::BeginMap;
        for (auto it = t.inputs.cbegin(); it != t.inputs.cend(); ++it) {
            out << YAML::Key;
            yaml::emitString(out, it.key());
            out << YAML::Value;
            emitBinding(out, graph, *it);
        }
        out << YAML::EndMap;
    }
    if (!t.dependencies.isEmpty()) {
        key(out, "after");
        out << YAML::Flow << YAML::BeginSeq;
        for (TaskId d : t.dependencies)
            yaml::emitString(out, taskName(graph, d));
        out << YAML::EndSeq;
    }
    emitSettings(out, graph, t.settings);
    emitExtras(out, t.extras);
    out << YAML::EndMap;
}

void NativeWriter::emitSettings(YAML::Emitter &out, const Graph &graph, const TaskSettings &s)
{
    if (!s.env.isEmpty()) {
        key(out, "env");
        out << YAML::BeginSeq;
        for (const EnvVar &e : s.env) {
            out << YAML::BeginMap;
            str(out, "name", e.name);
            key(out, "value");
            yaml::emitString(out, e.value);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!s.secretEnv.isEmpty()) {
        key(out, "secretEnv");
        out << YAML::BeginSeq;
        for (const SecretEnvVar &e : s.secretEnv) {
            out << YAML::BeginMap;
            str(out, "name", e.name);
            str(out, "secret", e.secretName);
            str(out, "key", e.secretKey);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    const Resources &r = s.resources;
    if (!r.isEmpty() || r.gpuResource != Resources().gpuResource) {
        key(out, "resources");
        out << YAML::BeginMap;
        str(out, "cpuRequest", r.cpuRequest);
        str(out, "cpuLimit", r.cpuLimit);
        str(out, "memoryRequest", r.memoryRequest);
        str(out, "memoryLimit", r.memoryLimit);
        str(out, "gpuLimit", r.gpuLimit);
        if (r.gpuResource != Resources().gpuResource)
            str(out, "gpuResource", r.gpuResource);
        out << YAML::EndMap;
    }
    const RetryPolicy &retry = s.retry;
    if (!(retry == RetryPolicy())) {
        key(out, "retry");
        out << YAML::BeginMap;
        key(out, "limit");
        out << retry.limit;
        str(out, "retryOn", retry.retryOn);
        str(out, "backoffDuration", retry.backoffDuration);
        if (retry.backoffFactor > 0) {
            key(out, "backoffFactor");
            yaml::emitJson(out, QJsonValue(retry.backoffFactor));
        }
        str(out, "backoffMaxDuration", retry.backoffMaxDuration);
        out << YAML::EndMap;
    }
    if (s.timeoutSeconds > 0) {
        key(out, "timeoutSeconds");
        out << s.timeoutSeconds;
    }
    if (!s.cachingEnabled) {
        key(out, "caching");
        out << false;
    }
    if (!s.volumes.isEmpty()) {
        key(out, "volumes");
        out << YAML::BeginSeq;
        for (const VolumeMount &v : s.volumes) {
            out << YAML::BeginMap;
            str(out, "name", v.name);
            str(out, "mountPath", v.mountPath);
            key(out, "source");
            out << volumeSourceName(v.source);
            str(out, "reference", v.reference);
            str(out, "subPath", v.subPath);
            flag(out, "readOnly", v.readOnly);
            if (!v.other.isEmpty()) {
                key(out, "definition");
                yaml::emitJson(out, v.other);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!s.nodeSelector.isEmpty()) {
        key(out, "nodeSelector");
        out << YAML::BeginMap;
        for (auto it = s.nodeSelector.cbegin(); it != s.nodeSelector.cend(); ++it) {
            out << YAML::Key;
            yaml::emitString(out, it.key());
            out << YAML::Value;
            yaml::emitString(out, *it);
        }
        out << YAML::EndMap;
    }
    if (s.condition.isSet()) {
        key(out, "condition");
        out << YAML::BeginMap;
        key(out, "dialect");
        out << (s.condition.dialect == Condition::Dialect::ArgoWhen ? "argo" : "cel");
        str(out, "text", s.condition.text);
        out << YAML::EndMap;
    }
    const Loop &loop = s.loop;
    if (loop.isSet()) {
        key(out, "loop");
        out << YAML::BeginMap;
        switch (loop.kind) {
        case Loop::Kind::Items:
            key(out, "items");
            yaml::emitJson(out, loop.items);
            break;
        case Loop::Kind::Parameter:
            key(out, "over");
            emitBinding(out, graph, loop.source);
            break;
        case Loop::Kind::Sequence:
            key(out, "sequence");
            out << YAML::BeginMap;
            str(out, "start", loop.sequenceStart);
            str(out, "end", loop.sequenceEnd);
            str(out, "count", loop.sequenceCount);
            str(out, "format", loop.sequenceFormat);
            out << YAML::EndMap;
            break;
        case Loop::Kind::None:
            break;
        }
        if (loop.parallelism > 0) {
            key(out, "parallelism");
            out << loop.parallelism;
        }
        out << YAML::EndMap;
    }
}

void NativeWriter::emitBinding(YAML::Emitter &out, const Graph &graph, const Binding &b)
{
    out << YAML::Flow << YAML::BeginMap;
    switch (b.kind) {
    case Binding::Kind::None:
        key(out, "none");
        out << true;
        break;
    case Binding::Kind::Constant:
        key(out, "value");
        yaml::emitJson(out, b.constant);
        break;
    case Binding::Kind::Parameter:
        key(out, "parameter");
        yaml::emitString(out, b.parameter);
        break;
    case Binding::Kind::TaskOutput:
        key(out, "task");
        yaml::emitString(out, taskName(graph, b.task));
        key(out, "output");
        yaml::emitString(out, b.output);
        break;
    case Binding::Kind::LoopItem:
        key(out, "item");
        yaml::emitString(out, b.itemField);
        break;
    case Binding::Kind::Expression:
        key(out, "expression");
        yaml::emitString(out, b.expression);
        break;
    }
    out << YAML::EndMap;
}

void NativeWriter::emitCommandLine(YAML::Emitter &out, const char *k, const CommandLine &line)
{
    if (line.empty())
        return;
    key(out, k);
    out << YAML::BeginSeq;
    for (const CommandArg &arg : line)
        emitCommandArg(out, arg);
    out << YAML::EndSeq;
}

void NativeWriter::emitCommandArg(YAML::Emitter &out, const CommandArg &arg)
{
    auto list = [&out](const char *k, const std::vector<CommandArg> &items) {
        key(out, k);
        out << YAML::BeginSeq;
        for (const CommandArg &a : items)
            emitCommandArg(out, a);
        out << YAML::EndSeq;
    };
    switch (arg.kind) {
    case CommandArg::Kind::Literal:
        yaml::emitString(out, arg.text);
        return;
    case CommandArg::Kind::InputValue:
    case CommandArg::Kind::InputPath:
    case CommandArg::Kind::OutputPath:
        out << YAML::Flow << YAML::BeginMap;
        key(out, arg.kind == CommandArg::Kind::InputValue  ? "inputValue"
                 : arg.kind == CommandArg::Kind::InputPath ? "inputPath"
                                                           : "outputPath");
        yaml::emitString(out, arg.text);
        out << YAML::EndMap;
        return;
    case CommandArg::Kind::Concat:
        out << YAML::BeginMap;
        list("concat", arg.parts);
        out << YAML::EndMap;
        return;
    case CommandArg::Kind::IfPresent:
        out << YAML::BeginMap;
        key(out, "ifPresent");
        yaml::emitString(out, arg.text);
        list("then", arg.parts);
        if (!arg.otherwise.empty())
            list("else", arg.otherwise);
        out << YAML::EndMap;
        return;
    }
}

void NativeWriter::emitExtras(YAML::Emitter &out, const QJsonObject &extras)
{
    if (extras.isEmpty())
        return;
    key(out, "extras");
    yaml::emitJson(out, extras);
}

} // namespace ps
