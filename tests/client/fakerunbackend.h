#pragma once

// A RunBackend whose runs are whatever a test puts there: for the item models over backends.
// (Behaviour is tested on the real local engine; this only feeds snapshots and signals.)
#include "logstream.h"
#include "runbackend.h"

namespace pstest {

class FakeRunBackend : public ps::RunBackend
{
public:
    explicit FakeRunBackend(QString name) : m_name(std::move(name)) {}

    void put(const ps::RunSnapshot &s)
    {
        const bool known = m_runs.contains(s.id);
        m_runs.insert(s.id, s);
        if (known)
            emit runChanged(s.id);
        else
            emit runAdded(s.id);
    }
    void drop(const QString &id)
    {
        m_runs.remove(id);
        emit runRemoved(id);
    }

    QString name() const override { return m_name; }
    ps::BackendResult<QString> submit(const ps::Pipeline &, const ps::RunRequest &) override { return ps::BackendResult<QString>::failure(QStringLiteral("fake")); }
    QList<ps::RunSnapshot> listRuns() const override { return m_runs.values(); }
    std::optional<ps::RunSnapshot> snapshot(const QString &id) const override
    {
        return m_runs.contains(id) ? std::optional(m_runs.value(id)) : std::nullopt;
    }
    ps::BackendResult<bool> cancel(const QString &) override { return {true, {}}; }
    ps::BackendResult<bool> retry(const QString &) override { return {true, {}}; }
    ps::BackendResult<QString> resubmit(const QString &, const QMap<QString, QString> &) override { return {}; }
    ps::BackendResult<bool> removeRun(const QString &id) override
    {
        drop(id);
        return {true, {}};
    }
    ps::LogStream *openLogStream(const QString &, const QString &, QObject *) override { return nullptr; }
    QList<ps::ArtifactInfo> artifacts(const QString &, const QString &) const override { return {}; }
    int fetchArtifact(const QString &, const ps::ArtifactInfo &, const QString &) override { return 0; }
    QString metricMatchers(const QString &, const QString &) const override { return {}; }

private:
    QString m_name;
    QMap<QString, ps::RunSnapshot> m_runs;
};

inline ps::RunSnapshot runSnapshot(const QString &id, const QString &pipeline, ps::RunPhase phase, const QDateTime &created)
{
    ps::RunSnapshot s;
    s.id = id;
    s.pipelineName = pipeline;
    s.phase = phase;
    s.createdAt = created;
    s.startedAt = created;
    if (ps::isFinished(phase))
        s.finishedAt = created.addSecs(65);
    return s;
}

} // namespace pstest
