#include "tasklauncher.h"

#include "processtree.h"

#include <QCoreApplication>

#include <csignal>
#include <unistd.h>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TaskLauncher)
};

} // namespace

TaskLauncher::TaskLauncher(Spec spec, QObject *parent) : QObject(parent), m_spec(std::move(spec))
{
    m_log = std::make_unique<LogWriter>(m_spec.logPath, m_spec.secrets);
    m_process.setProcessEnvironment(m_spec.environment);
    m_process.setWorkingDirectory(m_spec.workingDirectory);
    m_process.setChildProcessModifier([] { ::setsid(); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { read(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { read(QProcess::StandardError); });
    connect(&m_process, &QProcess::finished, this, &TaskLauncher::finish);
    connect(&m_process, &QProcess::errorOccurred, this, &TaskLauncher::failToStart);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        killGroup();
    });
}

TaskLauncher::~TaskLauncher()
{
    if (isRunning()) {
        m_process.disconnect(this);
        killGroup(); // QProcess reaps it as it goes
    }
}

void TaskLauncher::start()
{
    if (!m_log->isOpen()) {
        m_done = true;
        emit finished({false, false, false, -1, m_log->error(), {}});
        return;
    }
    m_process.setProgram(m_spec.command.value(0));
    m_process.setArguments(m_spec.command.mid(1));
    m_process.start();
    m_pid = m_process.processId();
    if (m_spec.timeoutSeconds > 0)
        m_timeout.start(std::chrono::seconds(m_spec.timeoutSeconds));
}

void TaskLauncher::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    killGroup();
}

void TaskLauncher::killGroup()
{
    if (m_pid <= 0)
        return;
    ::kill(pid_t(-m_pid), SIGKILL);
    // A process that left the group (setpgid) is still in the session.
    for (qint64 pid : ProcessTree::sessionMembers(m_pid))
        ::kill(pid_t(pid), SIGKILL);
}

void TaskLauncher::read(QProcess::ProcessChannel channel)
{
    m_process.setReadChannel(channel);
    QByteArray bytes = m_process.readAll();
    if (m_tooMuch)
        return; // what it wrote after its limit, while it was being stopped
    m_logged += bytes.size();
    if (m_spec.maxLogBytes > 0 && m_logged > m_spec.maxLogBytes) {
        m_tooMuch = true;
        killGroup();
        bytes.chop(m_logged - m_spec.maxLogBytes);
    }
    if (channel == QProcess::StandardOutput && m_stdout.size() < kMaxResult)
        m_stdout += bytes.first(std::min(bytes.size(), kMaxResult - m_stdout.size()));
    const bool logged = m_log->error().isEmpty();
    const LogLines lines = m_log->append(channel == QProcess::StandardOutput ? LogLine::Stream::Stdout : LogLine::Stream::Stderr, bytes);
    if (logged && !m_log->error().isEmpty())
        killGroup(); // its log cannot be kept (a full disk, a file size limit): stop it rather than lose what it says
    for (const LogLine &line : lines)
        if (line.stream == LogLine::Stream::Stderr && (line.text.contains(QLatin1String("No space left on device"))
                                                       || line.text.contains(QLatin1String("File too large"))))
            m_diskError = line.text.left(300);
    if (!lines.isEmpty())
        emit linesWritten(lines);
}

void TaskLauncher::finish(int exitCode, QProcess::ExitStatus status)
{
    if (m_done)
        return;
    read(QProcess::StandardOutput);
    read(QProcess::StandardError);
    const LogLines rest = m_log->flush();
    if (!rest.isEmpty())
        emit linesWritten(rest);
    m_done = true;
    m_timeout.stop();
    // Whatever the main process left running in its session goes with it.
    killGroup();
    Outcome o;
    o.exitCode = exitCode;
    o.timedOut = m_timedOut;
    o.cancelled = m_cancelled;
    o.stdoutText = m_stdout;
    if (m_cancelled)
        o.message = Tr::tr("cancelled");
    else if (m_timedOut)
        o.message = Tr::tr("timed out after %n second(s)", nullptr, int(m_spec.timeoutSeconds));
    else if (!m_log->error().isEmpty())
        o.message = m_log->error();
    else if (m_tooMuch)
        o.message = Tr::tr("stopped: it wrote more than %1 MB of output (the log keeps the first %1 MB)")
                        .arg(QString::number(double(m_spec.maxLogBytes) / (1 << 20), 'g', 4));
    else if (status == QProcess::CrashExit)
        o.message = Tr::tr("the process crashed");
    else if (exitCode != 0 && !m_diskError.isEmpty())
        o.message = Tr::tr("exited with code %1: a write found the disk full or the file size limit reached (%2)").arg(exitCode).arg(m_diskError);
    else if (exitCode != 0)
        o.message = Tr::tr("exited with code %1").arg(exitCode);
    else
        o.succeeded = true;
    emit finished(o);
}

void TaskLauncher::failToStart(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || m_done)
        return;
    m_done = true;
    emit finished({false, false, false, -1,
                   Tr::tr("could not start '%1': %2").arg(m_spec.command.value(0), m_process.errorString()), {}});
}

} // namespace ps
