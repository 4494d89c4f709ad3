#include "sandbox.h"

#include <QDir>
#include <QFileInfo>

namespace ps {

namespace {

bool isBelow(const QString &path, const QString &dir)
{
    return path.startsWith(dir == u"/" ? dir : dir + u'/');
}

} // namespace

QStringList Sandbox::probeArguments()
{
    return {QStringLiteral("--ro-bind"), QStringLiteral("/"), QStringLiteral("/"), QStringLiteral("--dev"), QStringLiteral("/dev"),
            QStringLiteral("--proc"),    QStringLiteral("/proc"), QStringLiteral("--tmpfs"), QStringLiteral("/tmp"),
            QStringLiteral("true")};
}

bool Sandbox::needsCreationBelow(const QString &dir) const
{
    for (const Mount &m : m_mounts)
        if (isBelow(m.sandboxPath, dir) && !QFileInfo::exists(m.sandboxPath))
            return true;
    return false;
}

void Sandbox::addTree(const QString &dir, QStringList *args) const
{
    static const QStringList own{QStringLiteral("/proc"), QStringLiteral("/dev"), QStringLiteral("/tmp")};
    const QDir d(dir);
    const QFileInfoList entries = d.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &e : entries) {
        const QString path = e.absoluteFilePath();
        if (own.contains(path))
            continue;
        if (e.isSymLink())
            *args << QStringLiteral("--symlink") << e.symLinkTarget() << path;
        else if (e.isDir() && needsCreationBelow(path)) {
            *args << QStringLiteral("--dir") << path;
            addTree(path, args);
        } else
            *args << QStringLiteral("--ro-bind-try") << path << path;
    }
}

QStringList Sandbox::commandPrefix() const
{
    QStringList args{m_bwrap, QStringLiteral("--die-with-parent")};
    addTree(QStringLiteral("/"), &args);
    args << QStringLiteral("--dev") << QStringLiteral("/dev") << QStringLiteral("--proc") << QStringLiteral("/proc")
         << QStringLiteral("--bind") << m_tmp << QStringLiteral("/tmp");
    // Shorter paths first, so a mount inside another lands on top of it.
    QList<Mount> mounts = m_mounts;
    std::sort(mounts.begin(), mounts.end(), [](const Mount &a, const Mount &b) { return a.sandboxPath.size() < b.sandboxPath.size(); });
    for (const Mount &m : mounts)
        args << (m.readOnly ? QStringLiteral("--ro-bind") : QStringLiteral("--bind")) << m.hostPath << m.sandboxPath;
    args << QStringLiteral("--chdir") << QStringLiteral("/") << QStringLiteral("--");
    return args;
}

} // namespace ps
