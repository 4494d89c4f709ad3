#include "argowritersupport.h"

#include "portgroups.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <functional>

namespace ps::argowriting {

// Argo parameter and artifact names allow letters, digits, '-' and '_'.
QString argoPortName(const QString &name)
{
    QString out;
    for (QChar c : name)
        out.append((c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : QChar(u'_'));
    return out.isEmpty() ? QStringLiteral("_") : out;
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(v.toInteger()) ? QString::number(v.toInteger()) : QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString defaultPath(const PortSpec &port, bool output)
{
    if (!port.path.isEmpty())
        return port.path;
    return QStringLiteral("/tmp/%1/%2/data").arg(output ? QStringLiteral("outputs") : QStringLiteral("inputs"),
                                                argoPortName(port.name));
}

// Inputs a command line reads as files are artifacts in Argo, whatever their type.
bool readAsFile(const ComponentSpec &c, const QString &input)
{
    const PortSpec *port = c.input(input);
    if (port && port->artifact)
        return true;
    std::function<bool(const CommandArg &)> usesPath = [&](const CommandArg &a) {
        if (a.kind == CommandArg::Kind::InputPath && a.text == input)
            return true;
        for (const CommandArg &p : a.parts)
            if (usesPath(p))
                return true;
        for (const CommandArg &p : a.otherwise)
            if (usesPath(p))
                return true;
        return false;
    };
    for (const CommandLine *line : {&c.implementation.command, &c.implementation.args})
        for (const CommandArg &a : *line)
            if (usesPath(a))
                return true;
    return false;
}

QJsonObject volumeSpec(const VolumeMount &v)
{
    QJsonObject vol{{QStringLiteral("name"), v.name}};
    switch (v.source) {
    case VolumeMount::Source::EmptyDir:
        vol.insert(QStringLiteral("emptyDir"), QJsonObject());
        break;
    case VolumeMount::Source::PersistentVolumeClaim:
        vol.insert(QStringLiteral("persistentVolumeClaim"), QJsonObject{{QStringLiteral("claimName"), v.reference}});
        break;
    case VolumeMount::Source::ConfigMap:
        vol.insert(QStringLiteral("configMap"), QJsonObject{{QStringLiteral("name"), v.reference}});
        break;
    case VolumeMount::Source::Secret:
        vol.insert(QStringLiteral("secret"), QJsonObject{{QStringLiteral("secretName"), v.reference}});
        break;
    case VolumeMount::Source::HostPath:
        vol.insert(QStringLiteral("hostPath"), QJsonObject{{QStringLiteral("path"), v.reference}});
        break;
    case VolumeMount::Source::Other:
        for (auto it = v.other.begin(); it != v.other.end(); ++it)
            vol.insert(it.key(), it.value());
        break;
    }
    return vol;
}

// Fields read from an Argo file that the model does not express go back where they came
// from; what the model generated wins where both say something.
void mergeInto(QJsonObject *target, const QJsonObject &kept)
{
    for (auto it = kept.begin(); it != kept.end(); ++it) {
        if (!target->contains(it.key()))
            target->insert(it.key(), it.value());
    }
}

void mergePortFields(QJsonObject *io, const QString &direction, const QJsonObject &fields)
{
    for (const char *group : {"parameters", "artifacts"}) {
        QJsonArray list = io->value(QLatin1String(group)).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject port = list[i].toObject();
            const QString key = direction + QLatin1Char('.') + QLatin1String(group) + QLatin1Char('.') + port.value(u"name").toString();
            mergeInto(&port, fields.value(key).toObject());
            list[i] = port;
        }
        if (!list.isEmpty())
            io->insert(QLatin1String(group), list);
    }
}

// A binding kept whole from an Argo file ({"argoArtifact": {...}} / {"argoParameter": {...}}).
QJsonObject keptArgument(const Binding &b, const char *kind)
{
    if (b.kind != Binding::Kind::Expression || !b.expression.startsWith(u'{'))
        return {};
    return QJsonDocument::fromJson(b.expression.toUtf8()).object().value(QLatin1String(kind)).toObject();
}

// Argo's schema types Kubernetes int-or-string fields as strings; numbers kept as written
// in those places are written as strings (the only normalisation of kept fields).
void normaliseIntOrString(QJsonValue *value, const QString &parentKey)
{
    static const QMap<QString, QSet<QString>> fields{
        {QStringLiteral("httpGet"), {QStringLiteral("port")}},
        {QStringLiteral("tcpSocket"), {QStringLiteral("port")}},
        {QStringLiteral("podDisruptionBudget"), {QStringLiteral("minAvailable"), QStringLiteral("maxUnavailable")}},
        {QStringLiteral("retryStrategy"), {QStringLiteral("limit")}},
        {QStringLiteral("backoff"), {QStringLiteral("factor")}},
        {QStringLiteral("withSequence"), {QStringLiteral("count"), QStringLiteral("start"), QStringLiteral("end")}},
    };
    if (value->isArray()) {
        QJsonArray array = value->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array[i];
            normaliseIntOrString(&item, parentKey);
            array[i] = item;
        }
        *value = array;
    } else if (value->isObject()) {
        QJsonObject object = value->toObject();
        const QSet<QString> intOrString = fields.value(parentKey);
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue child = it.value();
            if (child.isDouble() && intOrString.contains(it.key()))
                child = jsonText(child);
            else
                normaliseIntOrString(&child, it.key());
            it.value() = child;
        }
        *value = object;
    }
}

QString renderArgs(const CommandArg &a, const ComponentSpec &c, const Task &t)
{
    switch (a.kind) {
    case CommandArg::Kind::Literal:
        return a.text;
    case CommandArg::Kind::InputValue:
        return QStringLiteral("{{inputs.parameters.%1}}").arg(argoPortName(a.text));
    case CommandArg::Kind::InputPath: {
        const PortSpec *p = c.input(a.text);
        return p ? defaultPath(*p, false) : QString();
    }
    case CommandArg::Kind::OutputPath: {
        const PortSpec *p = c.output(a.text);
        return p ? defaultPath(*p, true) : QString();
    }
    case CommandArg::Kind::Concat: {
        QString s;
        for (const CommandArg &p : a.parts)
            s += renderArgs(p, c, t);
        return s;
    }
    case CommandArg::Kind::IfPresent: {
        QString s;
        for (const CommandArg &p : t.inputs.value(a.text).isSet() ? a.parts : a.otherwise)
            s += renderArgs(p, c, t);
        return s;
    }
    }
    return {};
}

QJsonArray renderLine(const CommandLine &line, const ComponentSpec &c, const Task &t)
{
    QJsonArray out;
    for (const CommandArg &a : line) {
        if (a.kind == CommandArg::Kind::IfPresent) {
            // Decided per task: the template is this task's.
            const bool present = t.inputs.value(a.text).isSet();
            for (const CommandArg &p : present ? a.parts : a.otherwise)
                out.append(renderArgs(p, c, t));
        } else {
            out.append(renderArgs(a, c, t));
        }
    }
    return out;
}

QJsonObject ioDeclarations(const ComponentSpec &c, const Task &t, bool outputs)
{
    QJsonArray params, artifacts;
    const QList<PortSpec> &ports = outputs ? c.outputs : c.inputs;
    for (const PortSpec &p : ports) {
        const QString name = argoPortName(p.name);
        if (outputs) {
            if (p.fromStdout)
                continue; // the script's stdout is Argo's implicit `result`
            if (p.artifact)
                artifacts.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("path"), defaultPath(p, true)}});
            else
                params.append(QJsonObject{{QStringLiteral("name"), name},
                                          {QStringLiteral("valueFrom"), QJsonObject{{QStringLiteral("path"), defaultPath(p, true)}}}});
            continue;
        }
        const bool file = c.implementation.kind == Implementation::Kind::Graph ? p.artifact : readAsFile(c, p.name);
        if (file) {
            QJsonObject a{{QStringLiteral("name"), name}, {QStringLiteral("path"), defaultPath(p, false)}};
            if (p.optional)
                a.insert(QStringLiteral("optional"), true);
            artifacts.append(a);
        } else {
            QJsonObject param{{QStringLiteral("name"), name}};
            if (p.hasDefault())
                param.insert(QStringLiteral("value"), jsonText(p.defaultValue));
            else if (p.optional && !t.inputs.value(p.name).isSet())
                param.insert(QStringLiteral("value"), QString()); // Argo needs a value for every input
            params.append(param);
        }
    }
    return parametersAndArtifacts(params, artifacts);
}

} // namespace ps::argowriting
