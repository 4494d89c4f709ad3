#include "commandarg.h"

#include <QRegularExpression>

namespace ps {

CommandArg CommandArg::fromText(const QString &text, const QRegularExpression &pattern,
                                const std::function<std::optional<CommandArg>(const QRegularExpressionMatch &)> &toPlaceholder)
{
    std::vector<CommandArg> parts;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const std::optional<CommandArg> arg = toPlaceholder(m);
        if (!arg)
            continue;
        if (m.capturedStart() > last)
            parts.push_back(literal(text.mid(last, m.capturedStart() - last)));
        parts.push_back(*arg);
        last = m.capturedEnd();
    }
    if (parts.empty())
        return literal(text);
    if (last < text.size())
        parts.push_back(literal(text.mid(last)));
    if (parts.size() == 1)
        return parts.front();
    return {Kind::Concat, {}, std::move(parts), {}};
}

void CommandArg::collectPorts(QStringList *inputs, QStringList *outputs) const
{
    switch (kind) {
    case Kind::Literal:
        break;
    case Kind::InputValue:
    case Kind::InputPath:
        inputs->append(text);
        break;
    case Kind::OutputPath:
        outputs->append(text);
        break;
    case Kind::IfPresent:
        inputs->append(text);
        [[fallthrough]];
    case Kind::Concat:
        for (const auto &p : parts)
            p.collectPorts(inputs, outputs);
        for (const auto &p : otherwise)
            p.collectPorts(inputs, outputs);
        break;
    }
}

} // namespace ps
