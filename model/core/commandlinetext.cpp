#include "commandlinetext.h"

#include <QRegularExpression>
#include <QStringList>

namespace ps {

bool CommandLineText::isEditable(const CommandLine &line)
{
    return std::all_of(line.cbegin(), line.cend(), [](const CommandArg &arg) {
        return arg.kind != CommandArg::Kind::Concat && arg.kind != CommandArg::Kind::IfPresent
               && !arg.text.contains(u'\n');
    });
}

QString CommandLineText::toText(const CommandLine &line)
{
    QStringList lines;
    for (const CommandArg &arg : line) {
        switch (arg.kind) {
        case CommandArg::Kind::InputValue: lines.append(QStringLiteral("{{inputValue:%1}}").arg(arg.text)); break;
        case CommandArg::Kind::InputPath: lines.append(QStringLiteral("{{inputPath:%1}}").arg(arg.text)); break;
        case CommandArg::Kind::OutputPath: lines.append(QStringLiteral("{{outputPath:%1}}").arg(arg.text)); break;
        default: lines.append(arg.text); break;
        }
    }
    return lines.join(u'\n');
}

CommandLine CommandLineText::fromText(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("^\\{\\{(inputValue|inputPath|outputPath):(.+)\\}\\}$"));
    CommandLine line;
    if (text.isEmpty())
        return line;
    for (const QString &item : text.split(u'\n')) {
        const QRegularExpressionMatch m = placeholder.match(item);
        if (!m.hasMatch()) {
            line.push_back(CommandArg::literal(item));
            continue;
        }
        const QString kind = m.captured(1);
        const auto k = kind == u"inputValue"  ? CommandArg::Kind::InputValue
                       : kind == u"inputPath" ? CommandArg::Kind::InputPath
                                              : CommandArg::Kind::OutputPath;
        line.push_back(CommandArg::placeholder(k, m.captured(2)));
    }
    return line;
}

} // namespace ps
