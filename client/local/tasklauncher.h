#pragma once

#include "logline.h"
#include "logwriter.h"

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

namespace ps {

// One attempt of one task: a process in a session (and process group) of its own, so that
// stopping it stops everything it started. Output goes line by line to the log file;
// standard output is also kept (up to kMaxResult bytes) as the task's `result`.
class TaskLauncher : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxResult = 256 * 1024;
    struct Spec {
        QStringList command;            // program and arguments, sandbox included
        QProcessEnvironment environment;
        QString workingDirectory;
        QString logPath;
        QStringList secrets;            // values masked in the log
        qint64 timeoutSeconds = 0;
        qint64 maxLogBytes = 0;         // more output than this stops the task; 0: no limit
    };
    struct Outcome {
        bool succeeded = false;
        bool timedOut = false;
        bool cancelled = false;
        int exitCode = -1;
        QString message;
        QByteArray stdoutText;
    };
    explicit TaskLauncher(Spec spec, QObject *parent = nullptr);
    ~TaskLauncher() override;
    void start();
    // Kills the whole process group; finished() follows.
    void cancel();
    // The session id shared by every process of this attempt (0 before it started).
    qint64 sessionId() const { return m_pid; }
    bool isRunning() const { return m_pid > 0 && !m_done; }

signals:
    void linesWritten(const ps::LogLines &lines);
    void finished(const ps::TaskLauncher::Outcome &outcome);

private:
    void read(QProcess::ProcessChannel channel);
    void finish(int exitCode, QProcess::ExitStatus status);
    void failToStart(QProcess::ProcessError error);
    void killGroup();

    Spec m_spec;
    QProcess m_process;
    QTimer m_timeout;
    std::unique_ptr<LogWriter> m_log;
    QByteArray m_stdout;
    QString m_diskError;
    qint64 m_logged = 0;            // bytes of output so far
    bool m_tooMuch = false;         // stopped for writing more than maxLogBytes            // the task's own complaint that a write found the disk full
    qint64 m_pid = 0;
    bool m_done = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
};

} // namespace ps
