#include "runcommand.h"

#include "cliinputs.h"
#include "localbackend.h"
#include "localprometheus.h"
#include "metricstargetfile.h"
#include "runfollower.h"
#include "runsnapshot.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

struct Options {
    QString file;
    QMap<QString, QString> parameters;
    QString workdir;
    int metricsPort = -1;
    bool noCache = false;
    bool yes = false;
    bool json = false;
    QString error;
};

Options parse(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                o.error = Tr::tr("%1 needs a value").arg(a);
                return {};
            }
            return args[++i];
        };
        if (a == u"--param" || a == u"-p") {
            if (const QString e = cliinputs::addParameter(value(), &o.parameters); !e.isEmpty())
                o.error = e;
        } else if (a == u"--workdir") {
            o.workdir = value();
        } else if (a == u"--metrics-port") {
            bool ok = false;
            o.metricsPort = value().toInt(&ok);
            if (!ok || o.metricsPort < 0 || o.metricsPort > 65535)
                o.error = Tr::tr("--metrics-port takes a port number");
        } else if (a == u"--no-cache") {
            o.noCache = true;
        } else if (a == u"--yes" || a == u"-y") {
            o.yes = true;
        } else if (a == u"--json") {
            o.json = true;
        } else if (a.startsWith(u'-') || !o.file.isEmpty()) {
            o.error = Tr::tr("unexpected argument '%1'").arg(a);
        } else {
            o.file = a;
        }
    }
    if (o.file.isEmpty() && o.error.isEmpty())
        o.error = Tr::tr("usage: pstudio run FILE [--param NAME=VALUE]... [--workdir DIR] [--metrics-port PORT] [--no-cache] [--yes] [--json]");
    return o;
}

bool confirm(const Pipeline &pipeline, QTextStream &err)
{
    err << Tr::tr("This pipeline has never been run on this machine. It will run:") << Qt::endl;
    for (const QString &c : TrustStore::commandsOf(pipeline))
        err << "  " << c << Qt::endl;
    err << Tr::tr("Run it? [y/N] ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

} // namespace

int RunCommand::run(const QStringList &args)
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

    LocalBackend::Settings settings;
    settings.dataDir = o.workdir;
    LocalBackend backend(settings);
    // Progress goes to stderr with --json, so that stdout holds only the JSON object.
    QTextStream progress(o.json ? stderr : stdout);
    QObject::connect(&backend, &LocalBackend::notice, &backend, [&](const QString &text) { err << text << Qt::endl; });
    if (!backend.trustStore().isTrusted(pipeline)) {
        if (!o.yes && !confirm(pipeline, err)) {
            err << Tr::tr("not run: not confirmed (pass --yes to run without asking)") << Qt::endl;
            return 2;
        }
        backend.trustStore().trust(pipeline);
    }
    MetricsTargetFile target;
    if (o.metricsPort >= 0) {
        if (const QString e = backend.serveMetrics(quint16(o.metricsPort)); !e.isEmpty()) {
            err << e << Qt::endl;
            return 2;
        }
        err << Tr::tr("metrics at http://127.0.0.1:%1/metrics").arg(backend.metricsPort()) << Qt::endl;
        // As in the application: listed where the user-level Prometheus discovers what to
        // scrape (its file_sd_configs folder), until the run ends and `target` goes.
        const QString published =
            target.publish(LocalPrometheus::targetsDirectory(LocalPrometheus::defaultHome()), backend.metricsPort());
        if (!published.isEmpty())
            err << published << Qt::endl;
    }
    RunRequest request;
    request.parameters = o.parameters;
    request.cachingEnabled = !o.noCache;
    request.sourcePath = o.file;
    const BackendResult<QString> submitted = backend.submit(pipeline, request);
    if (!submitted.ok()) {
        err << submitted.error << Qt::endl;
        return 2;
    }
    const QString runId = submitted.value;
    RunFollower follower(backend, progress, err);
    const RunSnapshot s = follower.follow(runId);
    follower.printOutcome(runId, s);
    if (o.json)
        RunFollower::writeJson(runId, s);
    return s.phase == RunPhase::Succeeded ? 0 : 1;
}

} // namespace ps
