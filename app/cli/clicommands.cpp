#include "clicommands.h"

#include "filecheck.h"
#include "filesummary.h"
#include "nativewriter.h"
#include "pipelineexporter.h"
#include "pipeline.h"
#include "prometheusquerycommand.h"
#include "runcommand.h"
#include "runscommand.h"
#include "submitcommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

void printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

void printDiagnostics(const FileCheck &check, const QString &path, bool errorsOnly = false)
{
    for (const Diagnostic &d : check.diagnostics) {
        if (errorsOnly && d.severity != Diagnostic::Severity::Error)
            continue;
        printErr(d.toString(path));
    }
}

} // namespace

int CliCommands::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(2);
    const QString command = args.front();
    const QStringList rest = args.mid(1);
    if (command == u"validate")
        return validate(rest);
    if (command == u"inspect")
        return inspect(rest);
    if (command == u"format")
        return format(rest);
    if (command == u"export")
        return exportFile(rest);
    if (command == u"run")
        return RunCommand::run(rest);
    if (command == u"submit")
        return SubmitCommand::run(rest);
    if (command == u"runs")
        return RunsCommand::run(rest);
    if (command == u"query") {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return PrometheusQueryCommand::run(rest, out, err);
    }
    if (command == u"--version" || command == u"version") {
        QTextStream(stdout) << "pstudio " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help")
        return usage(0);
    printErr(Tr::tr("pstudio: unknown command '%1'").arg(command));
    return usage(2);
}

int CliCommands::usage(int code)
{
    QTextStream out(code == 0 ? stdout : stderr);
    out << Tr::tr("usage: pstudio COMMAND FILE [options]\n"
                  "\n"
                  "commands:\n"
                  "  validate FILE         check a pipeline or component file of any supported format;\n"
                  "                        exit 0 valid, 1 invalid (diagnostics on stderr), 2 unreadable\n"
                  "  inspect FILE --json   print the file's format, kind, name, inputs, outputs and tasks as JSON\n"
                  "  format FILE [-o OUT]  rewrite a Pipeline Studio file in its canonical form\n"
                  "  export FILE --format FORMAT [-o OUT] [--schedule CRON]\n"
                  "                        write the pipeline from any readable format as native, kfp-ir,\n"
                  "                        argo-workflow, argo-cron-workflow, argo-workflow-template or\n"
                  "                        argo-cluster-workflow-template (to stdout without -o); exit 1 and\n"
                  "                        write nothing when the pipeline is invalid or cannot be expressed\n"
                  "  run FILE [--param NAME=VALUE]... [--workdir DIR] [--metrics-port PORT] [--no-cache] [--yes] [--json]\n"
                  "                        run the pipeline on this machine; exit 0 succeeded, 1 failed,\n"
                  "                        2 unreadable or invalid\n"
                  "  submit FILE --to argo|kfp (--server URL | --context NAME) [--namespace NS] [--token-file F]\n"
                  "         [--experiment NAME] [--param NAME=VALUE]... [--follow] [--json]\n"
                  "                        run the pipeline on Argo Workflows or Kubeflow Pipelines (the token\n"
                  "                        from --token-file, the kubeconfig, the keychain or ARGO_TOKEN/KFP_TOKEN);\n"
                  "                        exit 0 succeeded (without --follow: accepted), 1 failed or refused,\n"
                  "                        2 invalid file or connection settings\n"
                  "  runs list|get|logs|watch|stop|retry|delete|resubmit … [--to argo|kfp …] [--workdir DIR]\n"
                  "                        the runs of the local engine or a cluster from the terminal\n"
                  "                        (`pstudio runs --help`); exit 0 done, 1 refused or failed, 2 bad arguments\n"
                  "  query --prometheus URL [--range DURATION [--step DURATION]] [--json] EXPR\n"
                  "                        run a PromQL query; exit 0 printed, 1 refused or no answer\n"
                  "  version               print the version\n")
        << Qt::flush;
    return code;
}

int CliCommands::validate(const QStringList &args)
{
    if (args.size() != 1)
        return usage(2);
    const FileCheck check = FileCheck::run(args.front());
    printDiagnostics(check, args.front());
    if (check.exitCode == FileCheck::Valid) {
        const QString what = check.file.kind == LoadedFile::Kind::Component ? Tr::tr("component") : Tr::tr("pipeline");
        QTextStream(stdout) << Tr::tr("%1: valid %2 (%3)").arg(args.front(), what, fileFormatName(check.file.format))
                            << Qt::endl;
    }
    return check.exitCode;
}

int CliCommands::inspect(const QStringList &args)
{
    QStringList files = args;
    files.removeAll(QStringLiteral("--json"));
    if (files.size() != 1)
        return usage(2);
    const FileCheck check = FileCheck::run(files.front());
    if (check.exitCode == FileCheck::Unreadable) {
        printDiagnostics(check, files.front());
        return 2;
    }
    printDiagnostics(check, files.front(), true);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    out.write(QJsonDocument(FileSummary::toJson(check.file)).toJson(QJsonDocument::Compact));
    out.write("\n");
    return 0;
}

int CliCommands::format(const QStringList &args)
{
    QString output;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"-o" && i + 1 < args.size())
            output = args[++i];
        else
            files.append(args[i]);
    }
    if (files.size() != 1)
        return usage(2);
    const FileCheck check = FileCheck::run(files.front());
    if (check.exitCode == FileCheck::Unreadable || check.file.format != FileFormat::Native) {
        printDiagnostics(check, files.front());
        if (check.file.readable)
            printErr(Tr::tr("%1: only Pipeline Studio files can be formatted").arg(files.front()));
        return 2;
    }
    const QByteArray bytes = check.file.kind == LoadedFile::Kind::Component
                                 ? NativeWriter::writeComponent(check.file.component)
                                 : NativeWriter::write(check.file.pipeline);
    QSaveFile file(output.isEmpty() ? files.front() : output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printErr(Tr::tr("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
        return 2;
    }
    return 0;
}

int CliCommands::exportFile(const QStringList &args)
{
    QString output, formatName, schedule;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"-o" && i + 1 < args.size())
            output = args[++i];
        else if (args[i] == u"--format" && i + 1 < args.size())
            formatName = args[++i];
        else if (args[i] == u"--schedule" && i + 1 < args.size())
            schedule = args[++i];
        else
            files.append(args[i]);
    }
    const FileFormat target = fileFormatFromName(formatName);
    if (files.size() != 1 || !PipelineExporter::canWrite(target)) {
        if (!formatName.isEmpty() && !PipelineExporter::canWrite(target))
            printErr(Tr::tr("pstudio: cannot write format '%1'").arg(formatName));
        return usage(2);
    }
    const FileCheck check = FileCheck::run(files.front());
    printDiagnostics(check, files.front(), true);
    if (check.exitCode != FileCheck::Valid)
        return check.exitCode;
    Pipeline pipeline = check.file.asPipeline();
    if (!schedule.isEmpty()) {
        Schedule s = pipeline.schedule.value_or(Schedule());
        s.cron = schedule;
        pipeline.schedule = s;
    } else if (target == FileFormat::ArgoCronWorkflow && !pipeline.schedule) {
        printErr(Tr::tr("%1: the pipeline has no schedule; give one with --schedule \"CRON\" (e.g. --schedule \"0 2 * * *\")")
                     .arg(files.front()));
        return 1;
    }
    const PipelineExporter::Result result = PipelineExporter::write(pipeline, target);
    for (const Diagnostic &d : result.diagnostics)
        printErr(d.toString(files.front()));
    if (!result.ok())
        return 1;
    if (output.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return 2;
        out.write(result.bytes);
        return 0;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.bytes) != result.bytes.size() || !file.commit()) {
        printErr(Tr::tr("%1: cannot write: %2").arg(output, file.errorString()));
        return 2;
    }
    return 0;
}

} // namespace ps
