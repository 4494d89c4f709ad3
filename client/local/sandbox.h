#pragma once

#include <QString>
#include <QStringList>

namespace ps {

// The bubblewrap command line that runs a task with the host read-only, a private /tmp
// and its own directories mounted where the pipeline expects them. Paths the host does not
// have are made on bubblewrap's own root: a directory on the way to one is rebuilt from its
// entries instead of bound whole, since nothing can be created in a read-only bind.
class Sandbox
{
public:
    struct Mount {
        QString hostPath;
        QString sandboxPath;
        bool readOnly = false;
    };
    Sandbox(QString bwrap, QString privateTmp) : m_bwrap(std::move(bwrap)), m_tmp(std::move(privateTmp)) {}
    void addMount(Mount mount) { m_mounts.append(std::move(mount)); }
    // The bwrap program and its arguments, to be followed by the task's command.
    QStringList commandPrefix() const;
    // The command that tells whether bubblewrap works here at all.
    static QStringList probeArguments();

private:
    void addTree(const QString &dir, QStringList *args) const;
    bool needsCreationBelow(const QString &dir) const;

    QString m_bwrap;
    QString m_tmp;
    QList<Mount> m_mounts;
};

} // namespace ps
