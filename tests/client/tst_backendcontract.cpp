#include "actionwait.h"
#include "apiclient.h"
#include "argobackend.h"
#include "argoonetask.h"
#include "enginetesting.h"
#include "fakeargoserver.h"
#include "fakekfpserver.h"
#include "fakekubeserver.h"
#include "httpclient.h"
#include "kfpbackend.h"
#include "kubeclient.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ps::BackendAction::Kind;

namespace {

// How one run of the contract's one-task pipeline should end (or not end yet).
enum class Fate { Running, Succeeded, Failed };

// One engine behind RunBackend, driven the same way for every engine: it starts runs that
// reach a fate, and (cluster engines) its server refuses what the test asks it to.
class ContractEngine
{
public:
    virtual ~ContractEngine() = default;
    virtual ps::RunBackend &backend() = 0;
    // A run that has reached `fate`; its id, or "" with a warning.
    virtual QString runTo(Fate fate) = 0;
    // Whether the engine has a server that can refuse (the local engine is its own server).
    virtual bool hasServer() const { return true; }
    // The server refuses the next request whose path contains `path`, with `message`.
    virtual void refuseNext(const QString &path, const QString &message) = 0;
    // The server cuts its watch or ends its polls' answers (once); the backend must get back.
    virtual void dropConnection() = 0;
    // The server refuses every request from now on (401).
    virtual void refuseEverything() = 0;

protected:
    bool m_ready = true;   // the backend is up (cluster engines: listed or watching)
    static bool reached(ps::RunBackend &b, const QString &id, Fate fate)
    {
        return QTest::qWaitFor([&] {
            const auto s = b.snapshot(id);
            if (!s)
                return false;
            switch (fate) {
            case Fate::Running: return s->phase == ps::RunPhase::Running;
            case Fate::Succeeded: return s->phase == ps::RunPhase::Succeeded;
            case Fate::Failed: return s->phase == ps::RunPhase::Failed || s->phase == ps::RunPhase::Error;
            }
            return false;
        }, 60000);
    }
};

class LocalEngine : public ContractEngine
{
public:
    ps::RunBackend &backend() override { return *m_engine.backend; }
    bool hasServer() const override { return false; }
    QString runTo(Fate fate) override
    {
        const QByteArray command = fate == Fate::Running ? "sleep 600" : fate == Fate::Succeeded ? "echo ok" : "exit 3";
        const QByteArray yaml = "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: contract}\nspec:\n  entrypoint: hello\n"
                                "  templates:\n  - name: hello\n    container: {image: busybox, command: [sh, -c, \"" + command + "\"]}\n";
        const QString id = m_engine.submit(pstest::pipelineFromYaml(yaml));
        return !id.isEmpty() && reached(backend(), id, fate) ? id : QString();
    }
    void refuseNext(const QString &, const QString &) override {}
    void dropConnection() override {}
    void refuseEverything() override {}
    ~LocalEngine() override
    {
        for (const ps::RunSnapshot &s : m_engine.backend->listRuns())
            if (!ps::isFinished(s.phase))
                m_engine.backend->cancel(s.id);
    }

private:
    pstest::Engine m_engine;
};

class ArgoEngine : public ContractEngine
{
public:
    ArgoEngine()
    {
        m_server.listen();
        m_api = std::make_unique<ps::ApiClient>(&m_http, m_server.url());
        ps::ArgoBackend::Settings settings;
        settings.namespaceName = u"ml"_s;
        settings.reconnectDelayMs = 200;
        m_backend = std::make_unique<ps::ArgoBackend>(m_api.get(), settings);
        m_backend->start();
        m_ready = QTest::qWaitFor([&] { return m_server.openWatches() == 1; }, 10000);
    }
    ps::RunBackend &backend() override { return *m_backend; }
    QString runTo(Fate fate) override
    {
        if (!m_ready)
            return {};
        const auto id = m_backend->submit(pstest::pipelineFromYaml(pstest::oneTaskWorkflow("contract-")), {});
        if (!id.ok() || !pstest::outcomeOf(*m_backend, {Kind::Submit, id.value}).ok())
            return {};
        const QString phase = fate == Fate::Running ? u"Running"_s : fate == Fate::Succeeded ? u"Succeeded"_s : u"Failed"_s;
        m_server.setStatus(id.value, pstest::oneTaskStatus(id.value, phase));
        return reached(backend(), id.value, fate) ? id.value : QString();
    }
    void refuseNext(const QString &path, const QString &message) override
    {
        m_server.injectFault({pstest::Fault::Kind::Forbidden, path, 1, message});
    }
    void dropConnection() override { m_server.dropWatches(); }
    void refuseEverything() override { m_server.requireToken(u"another-token"_s); }

private:
    pstest::FakeArgoServer m_server;
    ps::HttpClient m_http;
    std::unique_ptr<ps::ApiClient> m_api;
    std::unique_ptr<ps::ArgoBackend> m_backend;
};

class KfpEngine : public ContractEngine
{
public:
    KfpEngine()
    {
        m_server.listen();
        m_api = std::make_unique<ps::ApiClient>(&m_http, m_server.url());
        ps::KfpBackend::Settings settings;
        settings.pollIntervalMs = 100;
        settings.maxPollIntervalMs = 400;
        m_backend = std::make_unique<ps::KfpBackend>(m_api.get(), nullptr, settings);
        m_backend->start();
        m_ready = QTest::qWaitFor([&] { return m_backend->hasListedRuns(); }, 10000);
    }
    ps::RunBackend &backend() override { return *m_backend; }
    QString runTo(Fate fate) override
    {
        if (!m_ready)
            return {};
        const auto id = m_backend->submit(pstest::pipelineFromYaml(pstest::oneTaskWorkflow("contract-")), {});
        if (!id.ok() || !pstest::outcomeOf(*m_backend, {Kind::Submit, id.value}).ok())
            return {};
        const QString kfpId = m_backend->kfpRunId(id.value);
        m_server.setRun(kfpId, fate == Fate::Running ? u"RUNNING"_s : fate == Fate::Succeeded ? u"SUCCEEDED"_s : u"FAILED"_s);
        return reached(backend(), id.value, fate) ? id.value : QString();
    }
    void refuseNext(const QString &path, const QString &message) override
    {
        m_server.injectFault({pstest::Fault::Kind::Forbidden, path, 1, message});
    }
    void dropConnection() override { m_server.injectFault({pstest::Fault::Kind::ServerError, u"/apis/v2beta1/runs/"_s, 1, u"gateway restarting"_s}); }
    void refuseEverything() override { m_server.requireToken(u"another-token"_s); }

private:
    pstest::FakeKfpServer m_server;
    ps::HttpClient m_http;
    std::unique_ptr<ps::ApiClient> m_api;
    std::unique_ptr<ps::KfpBackend> m_backend;
};

std::unique_ptr<ContractEngine> engineNamed(const QString &name)
{
    if (name == u"local")
        return std::make_unique<LocalEngine>();
    if (name == u"argo")
        return std::make_unique<ArgoEngine>();
    return std::make_unique<KfpEngine>();
}

// The operations of the contract: what a panel or the command line asks of any engine.
enum class Operation { Cancel, Retry, Resubmit, Delete, ActUnknownRun, ServerRefusesCancel, ServerRefusesDelete };

} // namespace

Q_DECLARE_METATYPE(Operation)
Q_DECLARE_METATYPE(Fate)

// The contract of RunBackend, one table of operations and faults run against the local
// engine, the fake Argo Server and the fake Kubeflow Pipelines: the same asks, the same
// answers. Faults of a server have no local counterpart (the local engine is its own server):
// those rows exist for the cluster engines only.
class BackendContractTest : public QObject
{
    Q_OBJECT

private slots:
    void operations_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<Fate>("fate");
        QTest::addColumn<bool>("acceptedAtOnce");
        QTest::addColumn<bool>("done");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("phaseAfter");   // int(RunPhase), -1: whatever
        QTest::addColumn<bool>("listedAfter");
        struct Row {
            const char *name;
            Operation op;
            Fate fate;
            bool accepted, done;
            QString reason;
            int phase;
            bool listed;
            bool serverFault;
        };
        const int failed = int(ps::RunPhase::Failed);
        const QList<Row> rows{
            {"cancel a running run", Operation::Cancel, Fate::Running, true, true, {}, failed, true, false},
            {"cancel a finished run", Operation::Cancel, Fate::Succeeded, false, false, u"finished"_s, int(ps::RunPhase::Succeeded), true, false},
            {"retry a failed run", Operation::Retry, Fate::Failed, true, true, {}, -1, true, false},
            {"retry a succeeded run", Operation::Retry, Fate::Succeeded, false, false, u"failed"_s, int(ps::RunPhase::Succeeded), true, false},
            {"resubmit a run", Operation::Resubmit, Fate::Succeeded, true, true, {}, -1, true, false},
            {"delete a finished run", Operation::Delete, Fate::Failed, true, true, {}, -1, false, false},
            {"delete a running run", Operation::Delete, Fate::Running, false, false, u"cancel it first"_s, int(ps::RunPhase::Running), true, false},
            {"an unknown run", Operation::ActUnknownRun, Fate::Succeeded, false, false, u"no run"_s, -1, true, false},
            {"the server refuses a cancel", Operation::ServerRefusesCancel, Fate::Running, true, false, u"not yours to cancel"_s,
             int(ps::RunPhase::Running), true, true},
            {"the server refuses a delete", Operation::ServerRefusesDelete, Fate::Failed, true, false, u"storage is read-only"_s, failed, true, true},
        };
        for (const QString &engine : {u"local"_s, u"argo"_s, u"kfp"_s})
            for (const Row &r : rows)
                if (!r.serverFault || engine != u"local")
                    QTest::newRow(qPrintable(engine + u": "_s + QString::fromLatin1(r.name)))
                        << engine << r.op << r.fate << r.accepted << r.done << r.reason << r.phase << r.listed;
    }
    void operations()
    {
        QFETCH(QString, engine);
        QFETCH(Operation, operation);
        QFETCH(Fate, fate);
        QFETCH(bool, acceptedAtOnce);
        QFETCH(bool, done);
        QFETCH(QString, reason);
        QFETCH(int, phaseAfter);
        QFETCH(bool, listedAfter);
        std::unique_ptr<ContractEngine> e = engineNamed(engine);
        ps::RunBackend &b = e->backend();
        const QString id = e->runTo(fate);
        QVERIFY2(!id.isEmpty(), "the run did not reach its fate");

        Kind kind = Kind::Cancel;
        QString target = id;
        ps::BackendResult<bool> answer;
        switch (operation) {
        case Operation::ServerRefusesCancel:
            e->refuseNext(engine == u"argo" ? id + u"/terminate"_s : u":terminate"_s, u"not yours to cancel"_s);
            [[fallthrough]];
        case Operation::Cancel: answer = b.cancel(id); break;
        case Operation::Retry: kind = Kind::Retry; answer = b.retry(id); break;
        case Operation::Resubmit: {
            kind = Kind::Resubmit;
            const ps::BackendResult<QString> r = b.resubmit(id, {});
            answer = {r.ok(), r.error};
            break;
        }
        case Operation::ServerRefusesDelete:
            e->refuseNext(engine == u"argo" ? u"/workflows/ml/"_s + id : u"/apis/v2beta1/runs/"_s, u"storage is read-only"_s);
            [[fallthrough]];
        case Operation::Delete: kind = Kind::Delete; answer = b.removeRun(id); break;
        case Operation::ActUnknownRun: target = u"no-such-run"_s; answer = b.cancel(target); break;
        }

        QCOMPARE(answer.ok(), acceptedAtOnce);
        if (!acceptedAtOnce) {
            QVERIFY2(!answer.error.isEmpty() && answer.error.contains(reason, Qt::CaseInsensitive), qPrintable(answer.error));
        } else {
            const ps::ActionOutcome outcome = pstest::outcomeOf(b, {kind, target});
            QVERIFY2(outcome.ok() == done, qPrintable(outcome.error));
            if (!done)
                QVERIFY2(outcome.error.contains(reason), qPrintable(outcome.error));
            if (kind == Kind::Resubmit) {
                QVERIFY(!outcome.result.isEmpty() && outcome.result != id);
                QTRY_VERIFY_WITH_TIMEOUT(b.snapshot(outcome.result).has_value(), 10000);
            }
        }
        if (!listedAfter) {
            QTRY_VERIFY_WITH_TIMEOUT(!b.snapshot(id).has_value(), 10000);
            return;
        }
        QVERIFY(b.snapshot(id).has_value());
        if (phaseAfter >= 0)
            QTRY_COMPARE_WITH_TIMEOUT(ps::toString(b.snapshot(id)->phase), ps::toString(ps::RunPhase(phaseAfter)), 30000);
    }

    // A server that drops its watch (Argo) or fails a poll (Kubeflow) is reconnected to: the
    // backend says so, its unfinished runs show reconnecting, and both are back once it is.
    // One that refuses everything leaves the backend refused and its unfinished runs stale.
    void connectionFaults_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("argo") << u"argo"_s;
        QTest::newRow("kfp") << u"kfp"_s;
    }
    void connectionFaults()
    {
        QFETCH(QString, engine);
        std::unique_ptr<ContractEngine> e = engineNamed(engine);
        ps::RunBackend &b = e->backend();
        const QString id = e->runTo(Fate::Running);
        QVERIFY(!id.isEmpty());
        QCOMPARE(b.connectionState().kind, ps::ConnectionState::Kind::Connected);
        QList<ps::ConnectionState::Kind> states;
        QList<ps::RunBackend::Freshness> freshness;
        connect(&b, &ps::RunBackend::connectionStateChanged, this, [&](const ps::ConnectionState &s) { states.append(s.kind); });
        connect(&b, &ps::RunBackend::freshnessChanged, this, [&](const QString &run) {
            if (run == id)
                freshness.append(b.freshness(id));
        });
        e->dropConnection();
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(ps::ConnectionState::Kind::Reconnecting), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(b.connectionState().kind, ps::ConnectionState::Kind::Connected, 15000);
        QVERIFY(freshness.contains(ps::RunBackend::Freshness::Reconnecting));
        QCOMPARE(b.freshness(id), ps::RunBackend::Freshness::Live);

        e->refuseEverything();
        e->dropConnection();
        QTRY_COMPARE_WITH_TIMEOUT(b.connectionState().kind, ps::ConnectionState::Kind::Refused, 30000);
        QVERIFY2(b.connectionState().reason.contains(u"401"_s), qPrintable(b.connectionState().reason));
        QCOMPARE(b.freshness(id), ps::RunBackend::Freshness::Stale);
    }
};

PS_TEST(BackendContractTest)
#include "tst_backendcontract.moc"
