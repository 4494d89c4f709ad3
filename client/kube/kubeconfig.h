#pragma once

#include "backendresult.h"
#include "kubecontext.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ps {

// The kubeconfig files of the KUBECONFIG list merged as kubectl merges them: the first
// file that names a cluster, user or context wins it, and current-context comes from the
// first file that sets one. Missing files in the list are skipped (as kubectl does);
// unreadable or malformed ones are reported by name.
class KubeConfig
{
public:
    // The files to read: $KUBECONFIG split on ':' (empty entries dropped), else ~/.kube/config.
    static QStringList defaultFiles();
    static KubeConfig load(const QStringList &files);
    static KubeConfig loadDefault() { return load(defaultFiles()); }

    QStringList contextNames() const { return m_contexts.keys(); }
    QString currentContext() const { return m_current; }
    // Problems met while reading (one sentence per file); the rest still loads.
    QStringList errors() const { return m_errors; }
    // The context `name` (empty: the current one) with its cluster and user resolved.
    BackendResult<KubeContext> context(const QString &name = {}) const;

private:
    struct Entry {
        QJsonObject body;
        QString dir;   // where the file that named it lives
    };
    void merge(const QString &file);

    QMap<QString, Entry> m_clusters;
    QMap<QString, Entry> m_users;
    QMap<QString, Entry> m_contexts;
    QString m_current;
    QStringList m_errors;
};

} // namespace ps
