#include "cliconnection.h"

#include "argobackend.h"
#include "clusterconnection.h"
#include "connectionprofilestore.h"
#include "credentialstore.h"
#include "httpclient.h"
#include "kfpbackend.h"
#include "kubeconfig.h"
#include "localbackend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QSettings>
#include <QTextStream>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

constexpr qint64 kMaxTokenBytes = 64 * 1024;

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

// The token for a server: --token-file, then the keychain, then the environment.
BackendResult<QString> tokenFor(const CliConnection::Options &o, const ConnectionProfile &profile)
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

ConnectionProfile profileOf(const CliConnection::Options &o)
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

struct CliConnection::Parts {
    HttpClient http;
    std::unique_ptr<ClusterConnection> connection;
    std::unique_ptr<RunBackend> backend;
};

CliConnection::CliConnection() : m_parts(std::make_unique<Parts>()) {}

CliConnection::~CliConnection()
{
    m_parts->backend.reset();   // before the clients it talks through
}

QString CliConnection::take(QStringList *args, Options *o)
{
    QStringList rest;
    for (qsizetype i = 0; i < args->size(); ++i) {
        const QString &a = args->at(i);
        QString *target = a == u"--to"                            ? &o->to
                          : a == u"--server"                      ? &o->server
                          : a == u"--context"                     ? &o->context
                          : a == u"--namespace" || a == u"-n"     ? &o->namespaceName
                          : a == u"--token-file"                  ? &o->tokenFile
                          : a == u"--workdir"                     ? &o->workdir
                                                                  : nullptr;
        if (a == u"--token" || a.startsWith(u"--token="))
            return Tr::tr("a token is never taken from the command line (it would show in the process list and the shell "
                          "history): use --token-file, the kubeconfig, a saved connection or ARGO_TOKEN / KFP_TOKEN");
        if (!target) {
            rest.append(a);
            continue;
        }
        if (i + 1 >= args->size())
            return Tr::tr("%1 needs a value").arg(a);
        *target = args->at(++i);
    }
    *args = rest;
    return {};
}

QString CliConnection::check(const Options &o, bool localAllowed)
{
    if (o.local()) {
        if (!localAllowed)
            return Tr::tr("--to takes argo or kfp");
        if (!o.server.isEmpty() || !o.context.isEmpty() || !o.tokenFile.isEmpty() || !o.namespaceName.isEmpty())
            return Tr::tr("--server, --context, --namespace and --token-file need --to argo or --to kfp");
        return {};
    }
    if (o.to != u"argo" && o.to != u"kfp")
        return Tr::tr("--to takes argo or kfp");
    if (!o.workdir.isEmpty())
        return Tr::tr("--workdir is for the local engine (without --to)");
    if (o.server.isEmpty() == o.context.isEmpty())
        return Tr::tr("give either --server URL or --context NAME");
    if (!o.server.isEmpty() && (!QUrl(o.server).isValid() || !o.server.startsWith(u"http")))
        return Tr::tr("--server takes an http:// or https:// address, not '%1'").arg(o.server);
    return {};
}

QString CliConnection::usage(bool localAllowed)
{
    const QString cluster = QStringLiteral("--to argo|kfp (--server URL | --context NAME) [--namespace NS] [--token-file F]");
    return localAllowed ? QStringLiteral("[--workdir DIR | %1]").arg(cluster) : cluster;
}

BackendResult<RunBackend *> CliConnection::open(const Options &o, QTextStream &err, bool follow)
{
    using R = BackendResult<RunBackend *>;
    if (o.local()) {
        LocalBackend::Settings settings;
        settings.dataDir = o.workdir;
        auto local = std::make_unique<LocalBackend>(settings);
        QObject::connect(local.get(), &LocalBackend::notice, local.get(), [&err](const QString &text) { err << text << Qt::endl; });
        m_parts->backend = std::move(local);
        return {m_parts->backend.get(), {}};
    }
    const ConnectionProfile profile = profileOf(o);
    const BackendResult<QString> token = tokenFor(o, profile);
    if (!token.ok())
        return R::failure(token.error);
    const KubeConfig kubeconfig = o.context.isEmpty() ? KubeConfig() : KubeConfig::loadDefault();
    const BackendResult<ClusterConnection *> opened = ClusterConnection::open(&m_parts->http, profile, token.value, kubeconfig);
    if (!opened.ok())
        return R::failure(opened.error);
    m_parts->connection.reset(opened.value);
    ClusterConnection *c = opened.value;
    if (const QString warning = c->warning(); !warning.isEmpty())
        err << warning << Qt::endl;
    if (o.to == u"argo") {
        ArgoBackend::Settings settings;
        settings.namespaceName = c->namespaceName();
        auto argo = std::make_unique<ArgoBackend>(c->engineApi(), settings);
        if (follow)
            argo->start();   // lists the runs, then the workflow-events watch
        m_parts->backend = std::move(argo);
    } else {
        KfpBackend::Settings settings;
        settings.namespaceName = o.namespaceName;
        if (!o.namespaceName.isEmpty())
            settings.podNamespace = o.namespaceName;
        auto kfp = std::make_unique<KfpBackend>(c->engineApi(), c->kube(), settings);
        if (follow)
            kfp->start();
        m_parts->backend = std::move(kfp);
    }
    return {m_parts->backend.get(), {}};
}

RunBackend *CliConnection::backend() const { return m_parts->backend.get(); }

} // namespace ps
