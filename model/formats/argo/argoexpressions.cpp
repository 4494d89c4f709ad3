#include "argoexpressions.h"

#include <QRegularExpression>

namespace ps::argoexpressions {

Binding parseValue(const QString &text, const Graph &graph, bool stepsScope, bool workflowIsInputs)
{
    static const QRegularExpression whole(QStringLiteral(R"(^\{\{\s*([^{}]+?)\s*\}\}$)"));
    const auto m = whole.match(text);
    if (!m.hasMatch())
        return text.contains(QStringLiteral("{{")) ? Binding::fromExpression(text) : Binding::constantValue(text);
    const QString ref = m.captured(1);
    const QStringList parts = ref.split(u'.');
    if (parts.size() == 3 && (parts[0] == u"inputs" || (parts[0] == u"workflow" && workflowIsInputs))
        && (parts[1] == u"parameters" || parts[1] == u"artifacts"))
        return Binding::pipelineParameter(parts[2]);
    if (parts.front() == u"item")
        return Binding::loopItem(parts.mid(1).join(u'.'));
    const QString scope = stepsScope ? QStringLiteral("steps") : QStringLiteral("tasks");
    if (parts.size() >= 4 && parts[0] == scope && parts[2] == u"outputs") {
        const Task *producer = graph.taskByName(parts[1]);
        if (producer && parts.size() == 4 && parts[3] == u"result")
            return Binding::taskOutput(producer->id, QStringLiteral("result"));
        if (producer && parts.size() == 5 && (parts[3] == u"parameters" || parts[3] == u"artifacts"))
            return Binding::taskOutput(producer->id, parts[4]);
    }
    return Binding::fromExpression(text);
}

CommandArg parseCommandString(const QString &text)
{
    static const QRegularExpression ref(
        QStringLiteral(R"(\{\{\s*(inputs|outputs)\.(parameters|artifacts)\.([-A-Za-z0-9_]+)(\.path)?\s*\}\})"));
    return CommandArg::fromText(text, ref, [](const QRegularExpressionMatch &m) -> std::optional<CommandArg> {
        const bool input = m.captured(1) == u"inputs";
        const bool parameter = m.captured(2) == u"parameters";
        const bool path = !m.captured(4).isEmpty();
        if (input && parameter && !path)
            return CommandArg::placeholder(CommandArg::Kind::InputValue, m.captured(3));
        if (input && !parameter && path)
            return CommandArg::placeholder(CommandArg::Kind::InputPath, m.captured(3));
        if (!input && path)
            return CommandArg::placeholder(CommandArg::Kind::OutputPath, m.captured(3));
        return std::nullopt;
    });
}

QStringList dependsTaskNames(const QString &expression)
{
    // Task names are letters, digits and '-'; a '.' starts a result (Succeeded, Failed…).
    static const QRegularExpression name(QStringLiteral(R"((?<![.\w-])([A-Za-z0-9][-A-Za-z0-9]*)(?:\.[A-Za-z]+)?)"));
    QStringList names;
    auto it = name.globalMatch(expression);
    while (it.hasNext()) {
        const QString n = it.next().captured(1);
        if (!names.contains(n))
            names.append(n);
    }
    return names;
}

} // namespace ps::argoexpressions
