#pragma once

#include "tlsoptions.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ps {

// An exec credential plugin as a kubeconfig user names it (client.authentication.k8s.io).
struct ExecConfig {
    QString apiVersion;                       // client.authentication.k8s.io/v1 or /v1beta1
    QString command;
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString installHint;
    QString workingDir;                       // the directory of the kubeconfig that named it
    bool operator==(const ExecConfig &) const = default;
};

// Everything needed to talk to one kubeconfig context's API server: resolved from the
// merged files, with files named by relative paths found beside the file that named them.
// Certificates and keys are read into memory; tokens stay here and in memory only.
struct KubeContext {
    QString name;
    QString cluster;
    QString user;
    QString namespaceName = QStringLiteral("default");
    QUrl server;
    TlsOptions tls;
    QString token;                            // a static bearer token
    QString tokenFile;                        // re-read for every request (projected tokens rotate)
    QString username;                         // basic auth, rare
    QString password;
    std::optional<ExecConfig> exec;
    QString proxyUrl;
    // Set when the kubeconfig turns TLS verification off: the UI shows it on the connection.
    QString warning;
};

} // namespace ps
