#include "submitcommand.h"

#include "cliconnection.h"
#include "cliinputs.h"
#include "runbackend.h"
#include "runfollower.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

struct Options {
    QString file;
    CliConnection::Options connection;
    QString experiment;
    QMap<QString, QString> parameters;
    bool follow = false;
    bool json = false;
    QString error;
};

QString usageText()
{
    return Tr::tr("usage: pstudio submit FILE --to argo|kfp (--server URL | --context NAME) [--namespace NS] [--token-file F] "
                  "[--experiment NAME] [--param NAME=VALUE]... [--follow] [--json]");
}

Options parse(QStringList args)
{
    Options o;
    o.error = CliConnection::take(&args, &o.connection);
    for (qsizetype i = 0; i < args.size() && o.error.isEmpty(); ++i) {
        const QString &a = args[i];
        const auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                o.error = Tr::tr("%1 needs a value").arg(a);
                return {};
            }
            return args[++i];
        };
        if (a == u"--experiment")
            o.experiment = value();
        else if (a == u"--param" || a == u"-p") {
            if (const QString e = cliinputs::addParameter(value(), &o.parameters); !e.isEmpty())
                o.error = e;
        } else if (a == u"--follow" || a == u"-f")
            o.follow = true;
        else if (a == u"--json")
            o.json = true;
        else if (a.startsWith(u'-') || !o.file.isEmpty())
            o.error = Tr::tr("unexpected argument '%1'").arg(a);
        else
            o.file = a;
    }
    if (!o.error.isEmpty())
        return o;
    if (o.file.isEmpty())
        o.error = usageText();
    else if (const QString e = CliConnection::check(o.connection, false); !e.isEmpty())
        o.error = e;
    else if (!o.experiment.isEmpty() && o.connection.to != u"kfp")
        o.error = Tr::tr("--experiment is for --to kfp");
    return o;
}

} // namespace

int SubmitCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    const Options o = parse(args);
    if (!o.error.isEmpty()) {
        err << o.error << Qt::endl;
        return 2;
    }
    const std::optional<Pipeline> read = cliinputs::readPipeline(o.file, err);
    if (!read)
        return 2;
    const Pipeline &pipeline = *read;

    CliConnection connection;
    // Argo's watch follows the run from the start; Kubeflow polls it once the server has it.
    const BackendResult<RunBackend *> opened = connection.open(o.connection, err, o.follow && o.connection.to == u"argo");
    if (!opened.ok()) {
        err << opened.error << Qt::endl;
        return 2;
    }
    RunBackend &backend = *opened.value;
    // Progress goes to stderr with --json, so that stdout holds only the JSON object.
    QTextStream progress(o.json ? stderr : stdout);
    RunRequest request;
    request.parameters = o.parameters;
    request.sourcePath = o.file;
    request.experiment = o.experiment;
    const BackendResult<QString> submitted = backend.submit(pipeline, request);
    if (!submitted.ok()) {
        err << submitted.error << Qt::endl;
        return 2;   // the file cannot become a run there
    }
    const QString runId = submitted.value;
    QEventLoop waiting;
    std::optional<ActionOutcome> answer;
    QObject::connect(&backend, &RunBackend::actionFinished, &waiting, [&](const ActionOutcome &outcome) {
        if (outcome.request == BackendAction{BackendAction::Kind::Submit, runId}) {
            answer = outcome;
            waiting.quit();
        }
    });
    waiting.exec();
    if (!answer->ok()) {
        for (const Diagnostic &d : answer->diagnostics)
            err << d.toString(o.file) << Qt::endl;
        err << Tr::tr("The run was not submitted to %1: %2").arg(backend.name(), answer->error) << Qt::endl;
        if (o.json)
            RunFollower::writeJson(runId, backend.snapshot(runId).value_or(RunSnapshot()));
        return 1;
    }
    progress << Tr::tr("submitted run %1 to %2").arg(runId, backend.name()) << Qt::endl;
    RunSnapshot s = backend.snapshot(runId).value_or(RunSnapshot());
    if (o.follow) {
        RunFollower follower(backend, progress, err);
        s = follower.follow(runId);
        follower.printOutcome(runId, s);
    }
    if (o.json)
        RunFollower::writeJson(runId, s);
    if (!o.follow)
        return 0;
    return s.phase == RunPhase::Succeeded ? 0 : 1;
}

} // namespace ps
