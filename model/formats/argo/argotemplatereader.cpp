#include "argotemplatereader.h"

#include "argoexpressions.h"

#include <QCoreApplication>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArgoTemplateReader)
};

const QStringList kOpaqueKinds{QStringLiteral("resource"), QStringLiteral("suspend"), QStringLiteral("http"),
                               QStringLiteral("plugin"), QStringLiteral("data"), QStringLiteral("containerSet")};

QString scalarText(const YAML::Node &n)
{
    return n.IsDefined() && n.IsScalar() ? yaml::toQString(n) : QString();
}

} // namespace

ComponentSpec ArgoTemplateReader::read(const QString &name, const YAML::Node &tmpl, TaskSettings *settings)
{
    ComponentSpec c;
    c.key = name;
    c.name = name;
    c.location = m_ctx.where(tmpl);
    QJsonObject rest = m_ctx.unknownKeys(tmpl, {QStringLiteral("name"), QStringLiteral("inputs"), QStringLiteral("outputs"),
                                                QStringLiteral("container"), QStringLiteral("script"), QStringLiteral("dag"),
                                                QStringLiteral("steps"), QStringLiteral("retryStrategy"),
                                                QStringLiteral("activeDeadlineSeconds"), QStringLiteral("nodeSelector")});
    const bool daemon = m_ctx.boolean(tmpl, "daemon", false);
    for (const QString &kind : kOpaqueKinds) {
        if (tmpl[kind.toStdString()].IsDefined() || daemon) {
            // Kept whole, written back as it came.
            c.implementation.kind = Implementation::Kind::Opaque;
            c.implementation.opaqueKind = daemon ? QStringLiteral("daemon") : kind;
            QJsonObject whole = m_ctx.json(tmpl).toObject();
            whole.remove(QStringLiteral("name"));
            c.implementation.opaque = whole;
            readInputs(tmpl["inputs"], &c);
            readOutputs(tmpl["outputs"], &c);
            c.extras.remove(extrasPortFieldsKey());
            return c;
        }
    }
    readInputs(tmpl["inputs"], &c);
    readOutputs(tmpl["outputs"], &c);
    readTemplateSettings(tmpl, settings, &rest);
    if (const YAML::Node body = m_ctx.map(tmpl, "container"); body.IsDefined()) {
        readBody(body, false, &c, settings);
    } else if (const YAML::Node script = m_ctx.map(tmpl, "script"); script.IsDefined()) {
        readBody(script, true, &c, settings);
    } else if (tmpl["dag"].IsDefined() || tmpl["steps"].IsDefined()) {
        c.implementation.kind = Implementation::Kind::Graph; // its tasks are read by ArgoReader
    } else {
        m_ctx.error(tmpl, Tr::tr("template '%1' has no container, script, dag, steps or other known body").arg(name));
    }
    if (!rest.isEmpty())
        c.extras.insert(extrasTemplateKey(), rest);
    return c;
}

void ArgoTemplateReader::keepPortFields(ComponentSpec *c, const QString &where, const YAML::Node &node,
                                        const QSet<QString> &modelled)
{
    const QJsonObject extra = m_ctx.unknownKeys(node, modelled);
    if (extra.isEmpty())
        return;
    QJsonObject fields = c->extras.value(extrasPortFieldsKey()).toObject();
    fields.insert(where, extra);
    c->extras.insert(extrasPortFieldsKey(), fields);
}

PortSpec ArgoTemplateReader::artifactPort(const YAML::Node &declaration) const
{
    PortSpec port;
    port.location = m_ctx.where(declaration);
    port.name = m_ctx.requiredString(declaration, "name");
    port.type = TypeSpec::artifact({});
    port.artifact = true;
    port.path = m_ctx.string(declaration, "path");
    return port;
}

void ArgoTemplateReader::readInputs(const YAML::Node &inputs, ComponentSpec *c)
{
    if (!inputs.IsDefined() || !inputs.IsMap())
        return;
    for (const auto &p : m_ctx.sequence(inputs, "parameters")) {
        PortSpec port;
        port.location = m_ctx.where(p);
        port.name = m_ctx.requiredString(p, "name");
        port.type = TypeSpec(TypeSpec::Kind::String);
        // `value` and, without it, `default` are what the input takes when no argument is given.
        const YAML::Node v = p["value"].IsDefined() ? p["value"] : p["default"];
        if (v.IsDefined())
            port.defaultValue = v.IsScalar() ? QJsonValue(yaml::toQString(v)) : m_ctx.json(v); // Argo values are text
        port.optional = p["valueFrom"].IsDefined(); // from a config map and the like
        port.description = m_ctx.string(p, "description");
        c->inputs.append(port);
        QSet<QString> modelled{QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("description")};
        if (!p["value"].IsDefined())
            modelled.insert(QStringLiteral("default"));
        keepPortFields(c, QStringLiteral("inputs.parameters.") + port.name, p, modelled);
    }
    for (const auto &a : m_ctx.sequence(inputs, "artifacts")) {
        PortSpec port = artifactPort(a);
        // An artifact with a source of its own (s3, git, http, raw…) needs no argument.
        static const QSet<QString> notSources{QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("optional"),
                                              QStringLiteral("mode"), QStringLiteral("archive"), QStringLiteral("recurseMode"),
                                              QStringLiteral("subPath"), QStringLiteral("globalName"), QStringLiteral("archiveLogs")};
        const bool hasSource = !m_ctx.unknownKeys(a, notSources).isEmpty();
        port.optional = m_ctx.boolean(a, "optional", false) || hasSource;
        c->inputs.append(port);
        keepPortFields(c, QStringLiteral("inputs.artifacts.") + port.name, a,
                       {QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("optional")});
    }
}

void ArgoTemplateReader::readOutputs(const YAML::Node &outputs, ComponentSpec *c)
{
    if (!outputs.IsDefined() || !outputs.IsMap())
        return;
    for (const auto &p : m_ctx.sequence(outputs, "parameters")) {
        PortSpec port;
        port.location = m_ctx.where(p);
        port.name = m_ctx.requiredString(p, "name");
        port.type = TypeSpec(TypeSpec::Kind::String);
        const YAML::Node from = p["valueFrom"];
        if (from.IsDefined() && from.IsMap() && from["path"].IsDefined())
            port.path = m_ctx.string(from, "path");
        c->outputs.append(port);
        // valueFrom.parameter of a DAG's outputs is a graph output binding, read by ArgoReader.
        QSet<QString> modelled{QStringLiteral("name")};
        if (from.IsDefined() && from.IsMap() && from.size() == 1 && (from["path"].IsDefined() || from["parameter"].IsDefined()))
            modelled.insert(QStringLiteral("valueFrom"));
        keepPortFields(c, QStringLiteral("outputs.parameters.") + port.name, p, modelled);
    }
    for (const auto &a : m_ctx.sequence(outputs, "artifacts")) {
        const PortSpec port = artifactPort(a);
        c->outputs.append(port);
        keepPortFields(c, QStringLiteral("outputs.artifacts.") + port.name, a,
                       {QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("from")});
    }
}

void ArgoTemplateReader::readBody(const YAML::Node &body, bool script, ComponentSpec *c, TaskSettings *settings)
{
    Implementation &impl = c->implementation;
    impl.kind = script ? Implementation::Kind::Script : Implementation::Kind::Container;
    impl.image = m_ctx.string(body, "image");
    if (script) {
        impl.interpreter = m_ctx.stringList(body, "command");
        impl.source = m_ctx.string(body, "source");
    } else {
        for (const QString &s : m_ctx.stringList(body, "command"))
            impl.command.push_back(argoexpressions::parseCommandString(s));
        for (const QString &s : m_ctx.stringList(body, "args"))
            impl.args.push_back(argoexpressions::parseCommandString(s));
    }
    QJsonArray otherEnv;
    for (const auto &e : m_ctx.sequence(body, "env")) {
        const YAML::Node from = e["valueFrom"];
        const YAML::Node secret = from.IsDefined() && from.IsMap() ? from["secretKeyRef"] : YAML::Node();
        if (secret.IsDefined() && secret.IsMap() && from.size() == 1)
            settings->secretEnv.append({m_ctx.string(e, "name"), m_ctx.string(secret, "name"), m_ctx.string(secret, "key")});
        else if (!from.IsDefined())
            impl.env.append({m_ctx.string(e, "name"), m_ctx.string(e, "value")});
        else
            otherEnv.append(m_ctx.json(e)); // fieldRef, configMapKeyRef…: kept
    }
    if (const YAML::Node r = m_ctx.map(body, "resources"); r.IsDefined()) {
        Resources &res = settings->resources;
        QJsonObject restResources = m_ctx.json(r).toObject();
        auto take = [&](const char *group, const char *key, QString *into) {
            const YAML::Node g = r[group];
            if (g.IsDefined() && g.IsMap() && g[key].IsDefined()) {
                *into = scalarText(g[key]);
                QJsonObject obj = restResources.value(QLatin1String(group)).toObject();
                obj.remove(QLatin1String(key));
                if (obj.isEmpty())
                    restResources.remove(QLatin1String(group));
                else
                    restResources.insert(QLatin1String(group), obj);
            }
        };
        take("requests", "cpu", &res.cpuRequest);
        take("requests", "memory", &res.memoryRequest);
        take("limits", "cpu", &res.cpuLimit);
        take("limits", "memory", &res.memoryLimit);
        const YAML::Node limits = r["limits"];
        if (limits.IsDefined() && limits.IsMap()) {
            for (const auto &kv : limits) {
                const QString key = yaml::toQString(kv.first);
                if (key.contains(QStringLiteral("gpu"))) {
                    res.gpuResource = key;
                    take("limits", key.toUtf8().constData(), &res.gpuLimit);
                }
            }
        }
        if (!restResources.isEmpty())
            c->extras.insert(QStringLiteral("argoResources"), restResources);
    }
    for (const auto &m : m_ctx.sequence(body, "volumeMounts")) {
        VolumeMount mount = m_volumes.value(m_ctx.string(m, "name"));
        if (mount.name.isEmpty()) {
            // From volumeClaimTemplates or the template's own volumes: the mount alone is ours.
            mount.name = m_ctx.string(m, "name");
            mount.source = VolumeMount::Source::Other;
        }
        mount.mountPath = m_ctx.string(m, "mountPath");
        mount.subPath = m_ctx.string(m, "subPath");
        mount.readOnly = m_ctx.boolean(m, "readOnly", false);
        settings->volumes.append(mount);
    }
    QJsonObject rest = m_ctx.unknownKeys(body, {QStringLiteral("image"), QStringLiteral("command"), QStringLiteral("args"),
                                                QStringLiteral("source"), QStringLiteral("env"), QStringLiteral("resources"),
                                                QStringLiteral("volumeMounts")});
    if (!otherEnv.isEmpty())
        rest.insert(QStringLiteral("env"), otherEnv);
    if (!rest.isEmpty())
        c->extras.insert(extrasContainerKey(), rest);
}

void ArgoTemplateReader::readTemplateSettings(const YAML::Node &tmpl, TaskSettings *settings, QJsonObject *rest)
{
    if (const YAML::Node retry = m_ctx.map(tmpl, "retryStrategy"); retry.IsDefined()) {
        RetryPolicy &r = settings->retry;
        bool ok = false;
        r.limit = scalarText(retry["limit"]).toInt(&ok);
        r.retryOn = m_ctx.string(retry, "retryPolicy");
        if (const YAML::Node b = m_ctx.map(retry, "backoff"); b.IsDefined()) {
            r.backoffDuration = scalarText(b["duration"]);
            r.backoffFactor = scalarText(b["factor"]).toDouble();
            r.backoffMaxDuration = scalarText(b["maxDuration"]);
        }
        const QJsonObject extra = m_ctx.unknownKeys(retry, {QStringLiteral("limit"), QStringLiteral("retryPolicy"), QStringLiteral("backoff")});
        if (!ok || !extra.isEmpty() || r.limit <= 0)
            rest->insert(QStringLiteral("retryStrategy"), m_ctx.json(retry)); // expressions, affinity: kept whole
        if (!ok || r.limit <= 0)
            r = RetryPolicy();
    }
    if (tmpl["activeDeadlineSeconds"].IsDefined()) {
        bool ok = false;
        const qint64 seconds = scalarText(tmpl["activeDeadlineSeconds"]).toLongLong(&ok);
        if (ok && seconds > 0)
            settings->timeoutSeconds = seconds;
        else
            rest->insert(QStringLiteral("activeDeadlineSeconds"), m_ctx.json(tmpl["activeDeadlineSeconds"]));
    }
    if (const YAML::Node sel = m_ctx.map(tmpl, "nodeSelector"); sel.IsDefined()) {
        for (const auto &kv : sel)
            settings->nodeSelector.insert(yaml::toQString(kv.first), yaml::toQString(kv.second));
    }
    // Argo reuses a template's outputs only when it is memoized; `memoize` itself (key,
    // maxAge, cache) stays in the extras for the engine and for writing back.
    settings->cachingEnabled = tmpl["memoize"].IsDefined();
}

} // namespace ps
