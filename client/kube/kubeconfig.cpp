#include "kubeconfig.h"

#include "yamlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KubeConfig)
};

constexpr qint64 kMaxConfigBytes = 16LL * 1024 * 1024;
constexpr qint64 kMaxPemBytes = 1024LL * 1024;

QString absoluteIn(const QString &dir, const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    if (path.startsWith(QStringLiteral("~/")))
        return QDir::homePath() + path.mid(1);
    return QDir(dir).filePath(path);
}

// A small file named by a kubeconfig (certificate, key): its bytes, or why not.
BackendResult<QByteArray> readSmallFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return BackendResult<QByteArray>::failure(
            Tr::tr("The kubeconfig names %1 '%2', which cannot be read: %3. Fix the path or use the *-data field.")
                .arg(what, path, file.errorString()));
    if (file.size() > kMaxPemBytes)
        return BackendResult<QByteArray>::failure(Tr::tr("The %1 '%2' is too large to be a certificate or key.").arg(what, path));
    return {file.readAll(), {}};
}

// A PEM given inline (base64 of the PEM text) or as a file; empty when neither is set.
BackendResult<QByteArray> pemFrom(const QJsonObject &o, const QString &field, const QString &dir, const QString &what)
{
    const QString data = o.value(field + QStringLiteral("-data")).toString();
    if (!data.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return BackendResult<QByteArray>::failure(Tr::tr("The kubeconfig's %1-data is not valid base64.").arg(field));
        return {*decoded, {}};
    }
    const QString path = o.value(field).toString();
    if (path.isEmpty())
        return {};
    return readSmallFile(absoluteIn(dir, path), what);
}

} // namespace

QStringList KubeConfig::defaultFiles()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (env.isEmpty())
        return {QDir::home().filePath(QStringLiteral(".kube/config"))};
    QStringList files;
    for (const QString &f : env.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        if (!files.contains(f))
            files.append(f);
    return files;
}

KubeConfig KubeConfig::load(const QStringList &files)
{
    KubeConfig config;
    for (const QString &file : files)
        config.merge(file);
    return config;
}

void KubeConfig::merge(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return; // kubectl skips names in the list that do not exist
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append(Tr::tr("The kubeconfig '%1' cannot be read: %2.").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxConfigBytes) {
        m_errors.append(Tr::tr("The kubeconfig '%1' is too large to be one.").arg(path));
        return;
    }
    Diagnostics diagnostics;
    const auto docs = yaml::parseDocuments(file.readAll(), path, &diagnostics);
    QJsonValue json;
    if (docs.empty() || !yaml::toJson(docs.front(), &json, path, &diagnostics) || !(json.isObject() || json.isNull())) {
        const QString why = diagnostics.isEmpty() ? Tr::tr("not a kubeconfig") : diagnostics.first().message;
        m_errors.append(Tr::tr("The kubeconfig '%1' is malformed: %2").arg(path, why));
        return;
    }
    const QJsonObject root = json.toObject();
    const QString dir = QFileInfo(path).absolutePath();
    const auto takeNamed = [&](const QString &key, QMap<QString, Entry> &into) {
        for (const QJsonValue &v : root.value(key).toArray()) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            if (!name.isEmpty() && !into.contains(name))
                into.insert(name, {v.toObject(), dir});
        }
    };
    takeNamed(QStringLiteral("clusters"), m_clusters);
    takeNamed(QStringLiteral("users"), m_users);
    takeNamed(QStringLiteral("contexts"), m_contexts);
    if (m_current.isEmpty())
        m_current = root.value(QStringLiteral("current-context")).toString();
}

BackendResult<KubeContext> KubeConfig::context(const QString &wanted) const
{
    using R = BackendResult<KubeContext>;
    const QString name = wanted.isEmpty() ? m_current : wanted;
    if (name.isEmpty())
        return R::failure(Tr::tr("The kubeconfig sets no current context; choose a context."));
    if (!m_contexts.contains(name))
        return R::failure(Tr::tr("The kubeconfig has no context '%1'.").arg(name));
    const QJsonObject ctx = m_contexts.value(name).body.value(QStringLiteral("context")).toObject();
    KubeContext out;
    out.name = name;
    out.cluster = ctx.value(QStringLiteral("cluster")).toString();
    out.user = ctx.value(QStringLiteral("user")).toString();
    if (const QString ns = ctx.value(QStringLiteral("namespace")).toString(); !ns.isEmpty())
        out.namespaceName = ns;
    if (!m_clusters.contains(out.cluster))
        return R::failure(Tr::tr("Context '%1' names the cluster '%2', which the kubeconfig does not define.").arg(name, out.cluster));

    const Entry &clusterEntry = m_clusters[out.cluster];
    const QJsonObject cluster = clusterEntry.body.value(QStringLiteral("cluster")).toObject();
    out.server = QUrl(cluster.value(QStringLiteral("server")).toString());
    if (!out.server.isValid() || out.server.scheme().isEmpty() || out.server.host().isEmpty())
        return R::failure(Tr::tr("Cluster '%1' has no valid server address.").arg(out.cluster));
    out.proxyUrl = cluster.value(QStringLiteral("proxy-url")).toString();
    const auto ca = pemFrom(cluster, QStringLiteral("certificate-authority"), clusterEntry.dir, Tr::tr("certificate authority"));
    if (!ca.ok())
        return R::failure(ca.error);
    out.tls.caPem = ca.value;
    if (cluster.value(QStringLiteral("insecure-skip-tls-verify")).toBool()) {
        if (!ca.value.isEmpty())
            return R::failure(Tr::tr("Cluster '%1' sets both a certificate authority and insecure-skip-tls-verify; "
                                     "remove one of them.").arg(out.cluster));
        out.tls.insecure = true;
        out.warning = Tr::tr("TLS verification is off for cluster '%1' (insecure-skip-tls-verify in the kubeconfig): "
                             "anyone on the network path can read and change this connection.").arg(out.cluster);
    }

    if (out.user.isEmpty())
        return {out, {}};
    if (!m_users.contains(out.user))
        return R::failure(Tr::tr("Context '%1' names the user '%2', which the kubeconfig does not define.").arg(name, out.user));
    const Entry &userEntry = m_users[out.user];
    const QJsonObject user = userEntry.body.value(QStringLiteral("user")).toObject();
    const auto cert = pemFrom(user, QStringLiteral("client-certificate"), userEntry.dir, Tr::tr("client certificate"));
    if (!cert.ok())
        return R::failure(cert.error);
    const auto key = pemFrom(user, QStringLiteral("client-key"), userEntry.dir, Tr::tr("client key"));
    if (!key.ok())
        return R::failure(key.error);
    if (cert.value.isEmpty() != key.value.isEmpty())
        return R::failure(Tr::tr("User '%1' has a client certificate without its key, or a key without its certificate.").arg(out.user));
    out.tls.clientCertPem = cert.value;
    out.tls.clientKeyPem = key.value;
    out.token = user.value(QStringLiteral("token")).toString();
    if (const QString tf = user.value(QStringLiteral("tokenFile")).toString(); !tf.isEmpty())
        out.tokenFile = absoluteIn(userEntry.dir, tf);
    out.username = user.value(QStringLiteral("username")).toString();
    out.password = user.value(QStringLiteral("password")).toString();
    if (user.contains(QStringLiteral("auth-provider")))
        return R::failure(Tr::tr("User '%1' uses an auth-provider, which kubectl itself no longer supports; "
                                 "switch it to an exec credential plugin (for example kubelogin or gke-gcloud-auth-plugin).").arg(out.user));
    const QJsonObject exec = user.value(QStringLiteral("exec")).toObject();
    if (!exec.isEmpty()) {
        ExecConfig e;
        e.apiVersion = exec.value(QStringLiteral("apiVersion")).toString();
        e.command = exec.value(QStringLiteral("command")).toString();
        for (const QJsonValue &a : exec.value(QStringLiteral("args")).toArray())
            e.args.append(a.toString());
        for (const QJsonValue &v : exec.value(QStringLiteral("env")).toArray())
            e.env.append({v.toObject().value(QStringLiteral("name")).toString(), v.toObject().value(QStringLiteral("value")).toString()});
        e.installHint = exec.value(QStringLiteral("installHint")).toString();
        e.workingDir = userEntry.dir;
        // kubectl resolves a relative command with a slash against the kubeconfig's folder
        if (e.command.contains(u'/'))
            e.command = absoluteIn(userEntry.dir, e.command);
        if (e.command.isEmpty())
            return R::failure(Tr::tr("User '%1' has an exec plugin without a command.").arg(out.user));
        if (e.apiVersion != QLatin1String("client.authentication.k8s.io/v1")
            && e.apiVersion != QLatin1String("client.authentication.k8s.io/v1beta1"))
            return R::failure(Tr::tr("User '%1' asks for exec plugin API '%2'; only client.authentication.k8s.io/v1 and "
                                     "v1beta1 are understood.").arg(out.user, e.apiVersion));
        out.exec = e;
    }
    return {out, {}};
}

} // namespace ps
