#include "commandlinerenderer.h"

#include <QCoreApplication>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineRenderer)
};

} // namespace

BackendResult<QStringList> CommandLineRenderer::render(const CommandLine &line) const
{
    QStringList out;
    QString error;
    for (const CommandArg &arg : line)
        append(arg, &out, &error);
    if (!error.isEmpty())
        return BackendResult<QStringList>::failure(error);
    return {out, {}};
}

void CommandLineRenderer::append(const CommandArg &arg, QStringList *out, QString *error) const
{
    if (arg.kind == CommandArg::Kind::IfPresent) {
        for (const CommandArg &a : inputValue(arg.text) ? arg.parts : arg.otherwise)
            append(a, out, error);
        return;
    }
    out->append(renderOne(arg, error));
}

QString CommandLineRenderer::renderOne(const CommandArg &arg, QString *error) const
{
    switch (arg.kind) {
    case CommandArg::Kind::Literal: {
        const BackendResult<QString> r = PlaceholderText::substitute(arg.text, lookup);
        if (!r.ok() && error->isEmpty())
            *error = r.error;
        return r.value;
    }
    case CommandArg::Kind::InputValue: {
        const std::optional<QString> v = inputValue(arg.text);
        if (!v && error->isEmpty())
            *error = Tr::tr("input '%1' has no value").arg(arg.text);
        return v.value_or(QString());
    }
    case CommandArg::Kind::InputPath:
        return inputPath(arg.text);
    case CommandArg::Kind::OutputPath:
        return outputPath(arg.text);
    case CommandArg::Kind::Concat: {
        QString s;
        for (const CommandArg &part : arg.parts) {
            QStringList pieces;
            append(part, &pieces, error);
            s += pieces.join(QString());
        }
        return s;
    }
    case CommandArg::Kind::IfPresent:
        break;
    }
    return {};
}

} // namespace ps
