#include "submitcommand.h"

#include "argobackend.h"
#include "cliinputs.h"
#include "clusterconnection.h"
#include "connectionprofilestore.h"
#include "credentialstore.h"
#include "httpclient.h"
#include "kfpbackend.h"
#include "kubeconfig.h"
#include "runfollower.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QSettings>
#include <QTextStream>

#include <memory>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

constexpr qint64 kMaxTokenBytes = 64 * 1024;

struct Options {
    QString file;
    QString to;
    QString server;
    QString context;
    QString namespaceName;
    QString tokenFile;
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

Options parse(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size() && o.error.isEmpty(); ++i) {
        const QString &a = args[i];
        const auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                o.error = Tr::tr("%1 needs a value").arg(a);
                return {};
            }
            return args[++i];
        };
        if (a == u"--to")
            o.to = value();
        else if (a == u"--server")
            o.server = value();
        else if (a == u"--context")
            o.context = value();
        else if (a == u"--namespace" || a == u"-n")
            o.namespaceName = value();
        else if (a == u"--token-file")
            o.tokenFile = value();
        else if (a == u"--experiment")
            o.experiment = value();
        else if (a == u"--param" || a == u"-p") {
            if (const QString e = cliinputs::addParameter(value(), &o.parameters); !e.isEmpty())
                o.error = e;
        } else if (a == u"--follow" || a == u"-f")
            o.follow = true;
        else if (a == u"--json")
            o.json = true;
        else if (a == u"--token" || a.startsWith(u"--token="))
            o.error = Tr::tr("a token is never taken from the command line (it would show in the process list and the shell "
                             "history): use --token-file, the kubeconfig, a saved connection or ARGO_TOKEN / KFP_TOKEN");
        else if (a.startsWith(u'-') || !o.file.isEmpty())
            o.error = Tr::tr("unexpected argument '%1'").arg(a);
        else
            o.file = a;
    }
    if (!o.error.isEmpty())
        return o;
    if (o.file.isEmpty())
        o.error = usageText();
    else if (o.to != u"argo" && o.to != u"kfp")
        o.error = Tr::tr("--to takes argo or kfp");
    else if (o.server.isEmpty() == o.context.isEmpty())
        o.error = Tr::tr("give either --server URL or --context NAME");
    else if (!o.server.isEmpty() && (!QUrl(o.server).isValid() || !o.server.startsWith(u"http")))
        o.error = Tr::tr("--server takes an http:// or https:// address, not '%1'").arg(o.server);
    else if (!o.experiment.isEmpty() && o.to != u"kfp")
        o.error = Tr::tr("--experiment is for --to kfp");
    return o;
}

// A server address as compared: "https://h/" and "https://h" are the same server.
QUrl serverKey(const QUrl &url)
{
    QUrl key = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (key.path() == u"/")
        key.setPath({});
    return key;
}

// The keychain's token of a connection saved in Pipeline Studio for the same server.
QString keychainToken(const ConnectionProfile &wanted)
{
    QSettings settings(QStringLiteral("PipelineStudio"), QStringLiteral("Pipeline Studio"));
    for (const ConnectionProfile &p : ConnectionProfileStore(&settings).profiles()) {
        if (p.kind != wanted.kind || serverKey(p.url) != serverKey(wanted.url))
            continue;
        CredentialStore store(QStringLiteral("pipeline-studio"));
        QFutureWatcher<CredentialResult> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(store.read(p.credentialKey()));
        if (!watcher.isFinished())
            loop.exec();
        const CredentialResult r = watcher.result();
        return r.ok() ? r.secret : QString();
    }
    return {};
}

// The token for a server URL: --token-file, then the keychain, then the environment.
BackendResult<QString> tokenFor(const Options &o, const ConnectionProfile &profile)
{
    if (!o.tokenFile.isEmpty()) {
        QFile file(o.tokenFile);
        if (!file.open(QIODevice::ReadOnly))
            return BackendResult<QString>::failure(Tr::tr("The token file '%1' cannot be read: %2.").arg(o.tokenFile, file.errorString()));
        return {QString::fromUtf8(file.read(kMaxTokenBytes)).trimmed(), {}};
    }
    if (profile.kind == ConnectionProfile::Kind::KubeContext)
        return {QString(), {}};   // the kubeconfig's credentials
    if (const QString saved = keychainToken(profile); !saved.isEmpty())
        return {saved, {}};
    return {qEnvironmentVariable(o.to == u"argo" ? "ARGO_TOKEN" : "KFP_TOKEN").trimmed(), {}};
}

ConnectionProfile profileOf(const Options &o)
{
    const bool argo = o.to == u"argo";
    ConnectionProfile p = ConnectionProfile::create(!o.context.isEmpty() ? ConnectionProfile::Kind::KubeContext
                                                    : argo               ? ConnectionProfile::Kind::ArgoUrl
                                                                         : ConnectionProfile::Kind::KfpUrl);
    p.name = o.context.isEmpty() ? o.server : o.context;
    p.url = QUrl(o.server);
    p.context = o.context;
    p.namespaceName = o.namespaceName;
    p.engine = argo ? ConnectionProfile::Engine::Argo : ConnectionProfile::Engine::Kfp;
    p.serviceHttps = argo;
    return p;
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

    const ConnectionProfile profile = profileOf(o);
    const BackendResult<QString> token = tokenFor(o, profile);
    if (!token.ok()) {
        err << token.error << Qt::endl;
        return 2;
    }
    HttpClient http;
    const KubeConfig kubeconfig = o.context.isEmpty() ? KubeConfig() : KubeConfig::loadDefault();
    const BackendResult<ClusterConnection *> opened = ClusterConnection::open(&http, profile, token.value, kubeconfig);
    if (!opened.ok()) {
        err << opened.error << Qt::endl;
        return 2;
    }
    std::unique_ptr<ClusterConnection> connection(opened.value);
    if (const QString warning = connection->warning(); !warning.isEmpty())
        err << warning << Qt::endl;

    // Progress goes to stderr with --json, so that stdout holds only the JSON object.
    QTextStream progress(o.json ? stderr : stdout);
    QEventLoop waiting;
    QString refused;
    bool accepted = false;
    const auto onAccepted = [&](const QString &) {
        accepted = true;
        waiting.quit();
    };
    const auto onRefused = [&](const QString &, const QString &error) {
        refused = error;
        waiting.quit();
    };
    std::unique_ptr<RunBackend> backend;
    if (o.to == u"argo") {
        ArgoBackend::Settings settings;
        settings.namespaceName = connection->namespaceName();
        auto argo = std::make_unique<ArgoBackend>(connection->engineApi(), settings);
        QObject::connect(argo.get(), &ArgoBackend::submitAccepted, &waiting, onAccepted);
        QObject::connect(argo.get(), &ArgoBackend::submitFailed, &waiting,
                         [&](const QString &id, const QString &error, const Diagnostics &diagnostics) {
                             for (const Diagnostic &d : diagnostics)
                                 err << d.toString(o.file) << Qt::endl;
                             onRefused(id, error);
                         });
        if (o.follow)
            argo->start();   // the workflow-events watch
        backend = std::move(argo);
    } else {
        KfpBackend::Settings settings;
        settings.namespaceName = o.namespaceName;
        if (!o.namespaceName.isEmpty())
            settings.podNamespace = o.namespaceName;
        auto kfp = std::make_unique<KfpBackend>(connection->engineApi(), connection->kube(), settings);
        QObject::connect(kfp.get(), &KfpBackend::submitAccepted, &waiting, onAccepted);
        QObject::connect(kfp.get(), &KfpBackend::submitFailed, &waiting, onRefused);
        backend = std::move(kfp);
    }
    RunRequest request;
    request.parameters = o.parameters;
    request.sourcePath = o.file;
    request.experiment = o.experiment;
    const BackendResult<QString> submitted = backend->submit(pipeline, request);
    if (!submitted.ok()) {
        err << submitted.error << Qt::endl;
        return 2;   // the file cannot become a run there
    }
    const QString runId = submitted.value;
    if (!accepted && refused.isEmpty())
        waiting.exec();
    if (!accepted) {
        err << Tr::tr("The run was not submitted to %1: %2").arg(backend->name(), refused) << Qt::endl;
        if (o.json)
            RunFollower::writeJson(runId, backend->snapshot(runId).value_or(RunSnapshot()));
        return 1;
    }
    progress << Tr::tr("submitted run %1 to %2").arg(runId, backend->name()) << Qt::endl;
    RunSnapshot s = backend->snapshot(runId).value_or(RunSnapshot());
    if (o.follow) {
        RunFollower follower(*backend, progress, err);
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
