#pragma once

// Shared by the local engine tests: a backend in a temporary data directory, pipelines
// from inline YAML, and running them to the end with the event loop turning.
#include "localbackend.h"
#include "pipelinefilereader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace pstest {

// Debian's python3 (with scikit-learn) first, whatever else the user's PATH holds.
inline void preferSystemPython()
{
    const QByteArray path = qgetenv("PATH");
    if (!path.startsWith("/usr/bin:"))
        qputenv("PATH", "/usr/bin:/bin:" + path);
}

inline ps::Pipeline pipelineFromYaml(const QByteArray &yaml)
{
    const ps::LoadedFile file = ps::PipelineFileReader::readBytes(yaml, QStringLiteral("test.yaml"));
    if (!file.readable)
        qWarning("test pipeline does not read");
    for (const ps::Diagnostic &d : file.diagnostics)
        if (d.severity == ps::Diagnostic::Severity::Error)
            qWarning("%s", qPrintable(d.toString(QStringLiteral("test.yaml"))));
    return file.asPipeline();
}

// The most of `nodes` that ran at the same moment, from their start and finish times.
inline int mostAtOnce(const QList<const ps::RunNode *> &nodes)
{
    int most = 0;
    for (const ps::RunNode *a : nodes) {
        int overlapping = 0;
        for (const ps::RunNode *b : nodes)
            overlapping += (b->startedAt <= a->startedAt && b->finishedAt > a->startedAt) ? 1 : 0;
        most = std::max(most, overlapping);
    }
    return most;
}

class Engine
{
public:
    explicit Engine(ps::LocalBackend::Settings settings = {}, const QString &dataDir = {})
    {
        settings.dataDir = dataDir.isEmpty() ? m_dir.path() : dataDir;
        backend = std::make_unique<ps::LocalBackend>(settings);
    }
    QString dataDir() const { return backend->dataDir(); }
    // Submits (trusting the pipeline) and gives the run id, or "" with a test failure.
    QString submit(const ps::Pipeline &p, const ps::RunRequest &request = {})
    {
        backend->trustStore().trust(p);
        const ps::BackendResult<QString> id = backend->submit(p, request);
        if (!id.ok())
            qWarning("submit failed: %s", qPrintable(id.error));
        return id.value;
    }
    bool waitFinished(const QString &id, int ms = 60000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            const auto s = backend->snapshot(id);
            if (s && ps::isFinished(s->phase))
                return true;
            QTest::qWait(20);
        }
        return false;
    }
    ps::RunSnapshot run(const QByteArray &yaml, const ps::RunRequest &request = {}, int ms = 60000)
    {
        const QString id = submit(pipelineFromYaml(yaml), request);
        if (id.isEmpty() || !waitFinished(id, ms))
            return {};
        return *backend->snapshot(id);
    }
    static QString describe(const ps::RunSnapshot &s)
    {
        QString text = ps::toString(s.phase) + QStringLiteral(" ") + s.message;
        for (const ps::RunNode &n : s.nodes)
            text += QStringLiteral("\n  %1 %2 %3").arg(n.id, ps::toString(n.phase), n.message);
        return text;
    }
    std::unique_ptr<ps::LocalBackend> backend;

private:
    QTemporaryDir m_dir;
};

} // namespace pstest
