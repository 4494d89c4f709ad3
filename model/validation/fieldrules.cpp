#include "fieldrules.h"

#include "names.h"
#include "pipeline.h"
#include "typespec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FieldRules)
};

} // namespace

QString FieldRules::taskName(const Pipeline &pipeline, const QString &graphKey, TaskId id, const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("A task needs a name.");
    if (const QString problem = names::argoNameProblem(name); !problem.isEmpty())
        return problem;
    const Graph *graph = pipeline.graph(graphKey);
    const Task *other = graph ? graph->taskByName(name) : nullptr;
    if (other && other->id != id)
        return Tr::tr("Another task is already called '%1'.").arg(name);
    return {};
}

QString FieldRules::pipelineName(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("A pipeline needs a name.");
    return names::dns1123Problem(name);
}

QString FieldRules::parameterName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    if (name.isEmpty())
        return Tr::tr("A parameter needs a name.");
    if (!pattern.match(name).hasMatch())
        return Tr::tr("Use letters, digits, '_' and '-', starting with a letter or '_'.");
    return {};
}

QString FieldRules::quantity(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"));
    if (text.isEmpty() || pattern.match(text).hasMatch())
        return {};
    return Tr::tr("'%1' is not a Kubernetes quantity (e.g. 500m, 2, 512Mi, 4Gi).").arg(text);
}

QString FieldRules::duration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(\\.\\d+)?|((\\d+(\\.\\d+)?)(ns|us|µs|ms|s|m|h))+)$"));
    if (text.isEmpty() || pattern.match(text).hasMatch())
        return {};
    return Tr::tr("'%1' is not a duration (e.g. 10s, 1m30s, 2h).").arg(text);
}

QString FieldRules::gpuCount(const QString &text)
{
    bool ok = false;
    const int count = text.toInt(&ok);
    if (text.isEmpty() || (ok && count >= 0))
        return {};
    return Tr::tr("A GPU count is a whole number.");
}

QString FieldRules::condition(const Pipeline &pipeline, const QString &graphKey, const Condition &condition)
{
    const QString &text = condition.text;
    if (text.count(QStringLiteral("{{")) != text.count(QStringLiteral("}}")))
        return Tr::tr("A '{{' is not closed by '}}'.");
    if (text.count(u'(') != text.count(u')'))
        return Tr::tr("The parentheses do not match.");
    const Graph *graph = pipeline.graph(graphKey);
    const QList<PortSpec> *inputs = pipeline.graphInputs(graphKey);
    static const QRegularExpression taskRef(QStringLiteral("\\{\\{\\s*(?:tasks|steps)\\.([^.}\\s]+)\\."));
    for (auto it = taskRef.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!graph || !graph->taskByName(name))
            return Tr::tr("There is no task '%1'.").arg(name);
    }
    static const QRegularExpression paramRef(
        QStringLiteral("\\{\\{\\s*(?:inputs|workflow)\\.parameters\\.([^}\\s]+)\\s*\\}\\}"));
    for (auto it = paramRef.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        bool found = false;
        for (const PortSpec &p : inputs ? *inputs : QList<PortSpec>())
            found = found || p.name == name;
        if (!found)
            return Tr::tr("There is no parameter '%1'.").arg(name);
    }
    return {};
}

QString FieldRules::loopItems(const QString &text, QJsonArray *items)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Tr::tr("Write the items as a JSON list, e.g. [1, 2, 3] or [{\"a\": 1}].");
    if (items)
        *items = doc.array();
    return {};
}

QString FieldRules::cron(const QString &text)
{
    static const QRegularExpression macro(QStringLiteral("^@(yearly|annually|monthly|weekly|daily|midnight|hourly|every \\S+)$"));
    if (text.isEmpty() || macro.match(text).hasMatch())
        return {};
    const QStringList fields = text.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5 && fields.size() != 6)
        return Tr::tr("A cron schedule has five fields: minute hour day month weekday.");
    static const QRegularExpression field(QStringLiteral("^[0-9A-Za-z*/,?LW#-]+$"));
    for (const QString &f : fields) {
        if (!field.match(f).hasMatch())
            return Tr::tr("'%1' is not a cron field.").arg(f);
    }
    return {};
}

QString FieldRules::constant(const TypeSpec &type, const QString &text, QJsonValue *value)
{
    const QString t = text.trimmed();
    switch (type.kind()) {
    case TypeSpec::Kind::Integer: {
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok)
            return Tr::tr("'%1' is not a whole number.").arg(text);
        *value = QJsonValue(n);
        return {};
    }
    case TypeSpec::Kind::Double: {
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (!ok)
            return Tr::tr("'%1' is not a number.").arg(text);
        *value = QJsonValue(d);
        return {};
    }
    case TypeSpec::Kind::Boolean:
        if (t.compare(u"true", Qt::CaseInsensitive) == 0 || t.compare(u"false", Qt::CaseInsensitive) == 0) {
            *value = QJsonValue(t.compare(u"true", Qt::CaseInsensitive) == 0);
            return {};
        }
        return Tr::tr("Write true or false.");
    case TypeSpec::Kind::List:
    case TypeSpec::Kind::Struct: {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &error);
        const bool list = type.kind() == TypeSpec::Kind::List;
        if (error.error != QJsonParseError::NoError || (list ? !doc.isArray() : !doc.isObject()))
            return list ? Tr::tr("Write a JSON list, e.g. [1, 2].") : Tr::tr("Write a JSON object, e.g. {\"a\": 1}.");
        *value = list ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        return {};
    }
    default:
        *value = QJsonValue(text);
        return {};
    }
}

QString FieldRules::constantText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    return value.toString();
}

} // namespace ps
