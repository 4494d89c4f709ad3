#include "kfpexecutor.h"

#include "kfpplaceholders.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ps {

namespace {

// The command item in IR spelling, knowing whether an output is a parameter or an artifact.
QString render(const CommandArg &a, const ComponentSpec &c)
{
    if (a.kind == CommandArg::Kind::OutputPath) {
        const PortSpec *out = c.output(a.text);
        if (out && !out->artifact)
            return QStringLiteral("{{$.outputs.parameters['%1'].output_file}}").arg(a.text);
    }
    if (a.kind == CommandArg::Kind::InputPath) {
        const PortSpec *in = c.input(a.text);
        if (in && !in->artifact)
            return QStringLiteral("{{$.inputs.parameters['%1']}}").arg(a.text);
    }
    return kfpplaceholders::format(a);
}

} // namespace

QJsonObject kfpExecutor(const ComponentSpec &c)
{
    const Implementation &impl = c.implementation;
    if (impl.kind == Implementation::Kind::Opaque)
        return impl.opaque; // importer / resolver as read
    QJsonObject container{{QStringLiteral("image"), impl.image}};
    QJsonArray command, args;
    if (impl.kind == Implementation::Kind::Container) {
        for (const CommandArg &a : impl.command)
            command.append(render(a, c));
        for (const CommandArg &a : impl.args)
            args.append(render(a, c));
    } else {
        // A script: write the source to a file, link inputs where it expects them, run it,
        // then hand outputs at their expected paths over to KFP.
        static const QRegularExpression argoParam(QStringLiteral(R"(\{\{\s*inputs\.parameters\.([-A-Za-z0-9_]+)\s*\}\})"));
        QString source = impl.source;
        source.replace(argoParam, QStringLiteral("{{$.inputs.parameters['\\1']}}"));
        QStringList lines{QStringLiteral("set -e")};
        args.append(source);
        int n = 1;
        for (const PortSpec &in : c.inputs) {
            if (!in.artifact || in.path.isEmpty())
                continue;
            lines.append(QStringLiteral("mkdir -p \"$(dirname '%1')\" && ln -sf \"$%2\" '%1'").arg(in.path).arg(n++));
            args.append(QStringLiteral("{{$.inputs.artifacts['%1'].path}}").arg(in.name));
        }
        const QString interpreter = impl.interpreter.isEmpty() ? QStringLiteral("sh") : impl.interpreter.join(u' ');
        const QString stdoutFile = QStringLiteral("/tmp/pstudio-stdout");
        lines.append(QStringLiteral("printf '%s' \"$0\" > /tmp/pstudio-step-source"));
        lines.append(QStringLiteral("%1 /tmp/pstudio-step-source | tee %2").arg(interpreter, stdoutFile));
        for (const PortSpec &out : c.outputs) {
            const QString from = out.fromStdout ? stdoutFile : out.path;
            if (from.isEmpty())
                continue;
            lines.append(QStringLiteral("mkdir -p \"$(dirname \"$%1\")\" && cp -r '%2' \"$%1\"").arg(n++).arg(from));
            args.append(out.artifact ? QStringLiteral("{{$.outputs.artifacts['%1'].path}}").arg(out.name)
                                     : QStringLiteral("{{$.outputs.parameters['%1'].output_file}}").arg(out.name));
        }
        command = {QStringLiteral("sh"), QStringLiteral("-c"), lines.join(u'\n')};
    }
    if (!command.isEmpty())
        container.insert(QStringLiteral("command"), command);
    if (!args.isEmpty())
        container.insert(QStringLiteral("args"), args);
    QJsonArray env;
    for (const EnvVar &e : impl.env)
        env.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("value"), e.value}});
    if (!env.isEmpty())
        container.insert(QStringLiteral("env"), env);
    const QJsonObject kept = c.extras.value(u"container").toObject();
    for (auto it = kept.begin(); it != kept.end(); ++it)
        container.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("container"), container}};
}

} // namespace ps
