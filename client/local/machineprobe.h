#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace ps {

// What this machine offers the local engine, found out once at start: whether bubblewrap
// sandboxes here, and which container runtime (podman, docker) answers. Every probe is an
// asynchronous process with a time limit; finished() comes from the event loop, always, even
// when nothing was probed, so whoever made the probe hears it.
class MachineProbe : public QObject
{
    Q_OBJECT
public:
    struct Wanted {
        bool sandbox = true;      // try bubblewrap
        bool containers = true;   // try podman, then docker
    };
    explicit MachineProbe(Wanted wanted, QObject *parent = nullptr);
    ~MachineProbe() override;

    bool isDone() const { return m_done; }
    // Valid once done: the bubblewrap that works here, the runtime that answered (empty: none).
    QString bwrap() const { return m_bwrap; }
    QString containerRuntime() const { return m_containerRuntime; }
    // For people: "sandboxed with bubblewrap", "unsandboxed: …".
    QString description() const;
    // Neither a container runtime nor a sandbox: tasks run on the host as they are.
    bool unsandboxed() const { return m_bwrap.isEmpty() && m_containerRuntime.isEmpty(); }

signals:
    void finished();

private:
    void start(const QString &program, const QStringList &args, std::function<void(bool)> done);
    void probeFinished();

    QString m_bwrap;
    QString m_containerRuntime;
    int m_left = 0;
    bool m_done = false;
};

} // namespace ps
