#pragma once

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

namespace pstest {

// A kubeconfig in a temporary directory with one context, `name`, whose user's token comes
// from an exec credential plugin: a shell script that prints a client.authentication.k8s.io/v1
// ExecCredential with the token of the file `token` (and an expirationTimestamp when one is
// set), counting its runs. Changing the token plays a rotation on the identity provider.
class KubeContextFixture
{
public:
    KubeContextFixture(const QUrl &server, const QString &name, const QString &namespaceName)
    {
        m_plugin = m_dir.filePath(QStringLiteral("get-token.sh"));
        write(m_plugin, QStringLiteral("#!/bin/sh\necho run >> \"%1/runs\"\n"
                                       "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                                       "\"status\":{\"token\":\"%s\"%s}}\\n' \"$(cat '%1/token')\" \"$(cat '%1/expiry')\"\n")
                            .arg(m_dir.path())
                            .toUtf8());
        QFile(m_plugin).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        setExpiry({});
        m_config = m_dir.filePath(QStringLiteral("config"));
        write(m_config, QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: lab\n  cluster: {server: '%1'}\n"
                                       "users:\n- name: dev\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                                       "      command: %2\n      interactiveMode: Never\n"
                                       "contexts:\n- name: %3\n  context: {cluster: lab, user: dev, namespace: %4}\n"
                                       "current-context: %3\n")
                            .arg(server.toString(), m_plugin, name, namespaceName)
                            .toUtf8());
    }

    bool isValid() const { return m_dir.isValid(); }
    QString kubeconfig() const { return m_config; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // What the plugin prints from its next run on.
    void setToken(const QString &token) { write(m_dir.filePath(QStringLiteral("token")), token.toUtf8()); }
    // The expirationTimestamp it gives (none when invalid).
    void setExpiry(const QDateTime &at)
    {
        write(m_dir.filePath(QStringLiteral("expiry")),
              at.isValid() ? QStringLiteral(",\"expirationTimestamp\":\"%1\"").arg(at.toUTC().toString(Qt::ISODate)).toUtf8() : QByteArray());
    }
    int pluginRuns() const
    {
        QFile f(m_dir.filePath(QStringLiteral("runs")));
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    }

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
    }

    QTemporaryDir m_dir;
    QString m_plugin;
    QString m_config;
};

} // namespace pstest
