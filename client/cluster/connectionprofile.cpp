#include "connectionprofile.h"

#include <QCoreApplication>
#include <QUuid>

namespace ps {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};
QString s(const char *t) { return QString::fromLatin1(t); }
const char *kindName(ConnectionProfile::Kind k)
{
    switch (k) {
    case ConnectionProfile::Kind::ArgoUrl: return "argo";
    case ConnectionProfile::Kind::KfpUrl: return "kfp";
    case ConnectionProfile::Kind::KubeContext: return "kubeconfig";
    }
    return "argo";
}
const char *engineName(ConnectionProfile::Engine e)
{
    switch (e) {
    case ConnectionProfile::Engine::None: return "none";
    case ConnectionProfile::Engine::Argo: return "argo";
    case ConnectionProfile::Engine::Kfp: return "kfp";
    }
    return "none";
}
} // namespace

ConnectionProfile ConnectionProfile::create(Kind kind)
{
    ConnectionProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.kind = kind;
    p.engine = kind == Kind::KfpUrl ? Engine::Kfp : Engine::Argo;
    return p;
}

QString ConnectionProfile::effectiveNamespace() const
{
    if (!namespaceName.isEmpty())
        return namespaceName;
    return isKfp() ? s("kubeflow") : s("argo");
}

QString ConnectionProfile::effectiveServiceNamespace() const
{
    if (!serviceNamespace.isEmpty())
        return serviceNamespace;
    return engine == Engine::Kfp ? s("kubeflow") : s("argo");
}

QString ConnectionProfile::effectiveServiceName() const
{
    if (!serviceName.isEmpty())
        return serviceName;
    return engine == Engine::Kfp ? s("ml-pipeline") : s("argo-server");
}

int ConnectionProfile::effectiveServicePort() const
{
    if (servicePort > 0)
        return servicePort;
    return engine == Engine::Kfp ? 8888 : 2746;
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return Tr::tr("Give the connection a name.");
    if (kind != Kind::KubeContext && (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
                                      || url.host().isEmpty()))
        return Tr::tr("Enter the server's address, for example https://argo.example.com:2746.");
    return {};
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject o{{s("id"), id}, {s("name"), name}, {s("kind"), QLatin1String(kindName(kind))}};
    if (kind == Kind::KubeContext) {
        o[s("context")] = context;
        o[s("engine")] = QLatin1String(engineName(engine));
        o[s("serviceNamespace")] = serviceNamespace;
        o[s("serviceName")] = serviceName;
        o[s("servicePort")] = servicePort;
        o[s("serviceHttps")] = serviceHttps;
    } else {
        o[s("url")] = url.toString(QUrl::RemoveUserInfo); // a password in a URL never reaches the settings
        o[s("caFile")] = caFile;
        o[s("insecure")] = insecure;
    }
    o[s("namespace")] = namespaceName;
    return o;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &o)
{
    ConnectionProfile p;
    p.id = o.value(s("id")).toString();
    p.name = o.value(s("name")).toString();
    const QString kind = o.value(s("kind")).toString();
    p.kind = kind == QLatin1String("kfp") ? Kind::KfpUrl : kind == QLatin1String("kubeconfig") ? Kind::KubeContext : Kind::ArgoUrl;
    p.url = QUrl(o.value(s("url")).toString());
    p.caFile = o.value(s("caFile")).toString();
    p.insecure = o.value(s("insecure")).toBool();
    p.context = o.value(s("context")).toString();
    p.namespaceName = o.value(s("namespace")).toString();
    const QString engine = o.value(s("engine")).toString(p.kind == Kind::KfpUrl ? s("kfp") : s("argo"));
    p.engine = engine == QLatin1String("kfp") ? Engine::Kfp : engine == QLatin1String("none") ? Engine::None : Engine::Argo;
    p.serviceNamespace = o.value(s("serviceNamespace")).toString();
    p.serviceName = o.value(s("serviceName")).toString();
    p.servicePort = o.value(s("servicePort")).toInt();
    p.serviceHttps = o.value(s("serviceHttps")).toBool(true);
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return p;
}

} // namespace ps
