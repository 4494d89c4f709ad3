#include "machineprobe.h"

#include "sandbox.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalBackend)
};

constexpr int kProbeLimitMs = 5000;

} // namespace

MachineProbe::MachineProbe(Wanted wanted, QObject *parent) : QObject(parent)
{
    ++m_left; // held until every probe has been started
    if (wanted.sandbox)
        start(QStringLiteral("bwrap"), Sandbox::probeArguments(), [this](bool ok) {
            if (ok)
                m_bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
        });
    if (wanted.containers)
        for (const QString &runtime : {QStringLiteral("podman"), QStringLiteral("docker")})
            start(runtime, {QStringLiteral("info")}, [this, runtime](bool ok) {
                if (ok && m_containerRuntime.isEmpty())
                    m_containerRuntime = runtime;
            });
    QTimer::singleShot(0, this, &MachineProbe::probeFinished);
}

MachineProbe::~MachineProbe()
{
    // A probe still going (the engine is gone before the machine answered, e.g. `pstudio runs
    // list`): killed, and deleted once it has ended, without waiting for it here.
    for (QProcess *p : findChildren<QProcess *>(Qt::FindDirectChildrenOnly)) {
        p->disconnect(this);
        p->setParent(nullptr);
        connect(p, &QProcess::finished, p, &QObject::deleteLater);
        p->kill();
    }
}

void MachineProbe::start(const QString &program, const QStringList &args, std::function<void(bool)> done)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        done(false);
        return;
    }
    ++m_left;
    auto *p = new QProcess(this);
    p->setProgram(path);
    p->setArguments(args);
    auto *limit = new QTimer(p);
    limit->setSingleShot(true);
    connect(limit, &QTimer::timeout, p, &QProcess::kill);
    connect(p, &QProcess::finished, this, [this, p, done](int code, QProcess::ExitStatus status) {
        done(status == QProcess::NormalExit && code == 0);
        p->deleteLater();
        probeFinished();
    });
    connect(p, &QProcess::errorOccurred, this, [this, p, done](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        done(false);
        p->deleteLater();
        probeFinished();
    });
    p->start();
    limit->start(kProbeLimitMs);
}

void MachineProbe::probeFinished()
{
    if (--m_left > 0)
        return;
    m_done = true;
    emit finished();
}

QString MachineProbe::description() const
{
    if (!m_containerRuntime.isEmpty())
        return Tr::tr("container steps run with %1").arg(m_containerRuntime);
    if (!m_bwrap.isEmpty())
        return Tr::tr("tasks run on this machine, sandboxed with bubblewrap");
    return Tr::tr("tasks run on this machine unsandboxed: bubblewrap is not installed or does not work here");
}

} // namespace ps
