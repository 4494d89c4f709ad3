#include "kfpplaceholders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ps::kfpplaceholders {

namespace {

constexpr int kMaxDepth = 32;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(\{\{\$\.(inputs|outputs)\.(parameters|artifacts)\['([^']+)'\](\.(path|output_file))?\}\})"));
    return re;
}

std::optional<CommandArg> single(const QRegularExpressionMatch &m)
{
    const bool input = m.captured(1) == u"inputs";
    const bool parameter = m.captured(2) == u"parameters";
    const QString name = m.captured(3);
    const QString suffix = m.captured(5);
    if (input && parameter && suffix.isEmpty())
        return CommandArg::placeholder(CommandArg::Kind::InputValue, name);
    if (input && !parameter && suffix == u"path")
        return CommandArg::placeholder(CommandArg::Kind::InputPath, name);
    if (!input && parameter && suffix == u"output_file")
        return CommandArg::placeholder(CommandArg::Kind::OutputPath, name);
    if (!input && !parameter && suffix == u"path")
        return CommandArg::placeholder(CommandArg::Kind::OutputPath, name);
    return std::nullopt;
}

CommandArg parseText(const QString &text)
{
    return CommandArg::fromText(text, placeholderPattern(), single);
}

CommandArg fromJson(const QJsonValue &v, int depth);

std::vector<CommandArg> listFromJson(const QJsonValue &v, int depth)
{
    std::vector<CommandArg> items;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            items.push_back(fromJson(item, depth + 1));
    } else if (!v.isUndefined() && !v.isNull()) {
        items.push_back(fromJson(v, depth + 1));
    }
    return items;
}

CommandArg fromJson(const QJsonValue &v, int depth)
{
    if (depth > kMaxDepth)
        return CommandArg::literal(QString());
    if (v.isString())
        return parse(v.toString());
    const QJsonObject o = v.toObject();
    if (o.contains(u"Concat"))
        return {CommandArg::Kind::Concat, {}, listFromJson(o.value(u"Concat"), depth), {}};
    if (o.contains(u"IfPresent")) {
        const QJsonObject body = o.value(u"IfPresent").toObject();
        return {CommandArg::Kind::IfPresent, body.value(u"InputName").toString(),
                listFromJson(body.value(u"Then"), depth), listFromJson(body.value(u"Else"), depth)};
    }
    return CommandArg::literal(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QJsonValue toJson(const CommandArg &arg)
{
    auto list = [](const std::vector<CommandArg> &items) {
        QJsonArray a;
        for (const CommandArg &i : items)
            a.append(toJson(i));
        return a;
    };
    switch (arg.kind) {
    case CommandArg::Kind::Concat:
        return QJsonObject{{QStringLiteral("Concat"), list(arg.parts)}};
    case CommandArg::Kind::IfPresent: {
        QJsonObject body{{QStringLiteral("InputName"), arg.text}, {QStringLiteral("Then"), list(arg.parts)}};
        if (!arg.otherwise.empty())
            body.insert(QStringLiteral("Else"), list(arg.otherwise));
        return QJsonObject{{QStringLiteral("IfPresent"), body}};
    }
    default:
        return format(arg);
    }
}

} // namespace

CommandArg parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"{\"Concat\"") || trimmed.startsWith(u"{\"IfPresent\"")) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            return fromJson(doc.object(), 0);
    }
    return parseText(text);
}

QString format(const CommandArg &arg)
{
    switch (arg.kind) {
    case CommandArg::Kind::Literal:
        return arg.text;
    case CommandArg::Kind::InputValue:
        return QStringLiteral("{{$.inputs.parameters['%1']}}").arg(arg.text);
    case CommandArg::Kind::InputPath:
        return QStringLiteral("{{$.inputs.artifacts['%1'].path}}").arg(arg.text);
    case CommandArg::Kind::OutputPath:
        // Whether the output is a parameter or an artifact is the writer's to decide;
        // this is the artifact spelling.
        return QStringLiteral("{{$.outputs.artifacts['%1'].path}}").arg(arg.text);
    case CommandArg::Kind::Concat: {
        bool flat = true;
        for (const CommandArg &p : arg.parts)
            flat = flat && p.kind != CommandArg::Kind::IfPresent && p.kind != CommandArg::Kind::Concat;
        if (flat) {
            QString s;
            for (const CommandArg &p : arg.parts)
                s += format(p);
            return s;
        }
        return QString::fromUtf8(QJsonDocument(toJson(arg).toObject()).toJson(QJsonDocument::Compact));
    }
    case CommandArg::Kind::IfPresent:
        return QString::fromUtf8(QJsonDocument(toJson(arg).toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace ps::kfpplaceholders
