#include "actionwait.h"
#include "apiclient.h"
#include "argobackend.h"
#include "argoonetask.h"
#include "enginetesting.h"
#include "fakeargoserver.h"
#include "futurewait.h"
#include "httpclient.h"
#include "testregistry.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Argo's schedules (CronWorkflows) and templates (WorkflowTemplates) through RunBackend, as the
// Schedules panel and Publish ask for them: each change answered by actionFinished.
class ArgoSchedulesTest : public QObject
{
    Q_OBJECT

    pstest::FakeArgoServer m_argo;
    ps::HttpClient m_http;
    std::unique_ptr<ps::ApiClient> m_api;
    std::unique_ptr<ps::ArgoBackend> m_backend;

private slots:
    void initTestCase()
    {
        QVERIFY(m_argo.listen());
        m_api = std::make_unique<ps::ApiClient>(&m_http, m_argo.url());
        ps::ArgoBackend::Settings settings;
        settings.namespaceName = u"ml"_s;
        m_backend = std::make_unique<ps::ArgoBackend>(m_api.get(), settings);
    }

    void cronWorkflowsAndTemplates()
    {
        ps::Pipeline p = pstest::pipelineFromYaml(pstest::oneTaskWorkflow("nightly-"));
        p.schedule = ps::Schedule{};
        p.schedule->cron = u"0 2 * * *"_s;
        using Kind = ps::BackendAction::Kind;
        ps::RunBackend &b = *m_backend;
        QVERIFY(b.hasSchedules() && b.hasTemplates());
        QVERIFY(b.createSchedule(p, {}).ok());
        const ps::ActionOutcome cron = pstest::outcomeOf(b, {Kind::CreateSchedule, p.name});
        QVERIFY2(cron.ok(), qPrintable(cron.error));
        QCOMPARE(m_argo.cronWorkflow(cron.result)[u"spec"_s][u"schedules"_s][0].toString(), u"0 2 * * *"_s);
        const auto list = pstest::resultOf(b.listSchedules());
        QCOMPARE(list.value.size(), 1);
        QCOMPARE(list.value.first().id, cron.result);
        QCOMPARE(list.value.first().schedule, u"0 2 * * *"_s);
        QVERIFY(b.suspendSchedule(cron.result).ok());
        QVERIFY(pstest::outcomeOf(b, {Kind::SuspendSchedule, cron.result}).ok());
        QVERIFY(m_argo.cronWorkflow(cron.result)[u"spec"_s][u"suspend"_s].toBool());
        QVERIFY(b.resumeSchedule(cron.result).ok());
        QVERIFY(pstest::outcomeOf(b, {Kind::ResumeSchedule, cron.result}).ok());
        QVERIFY(!m_argo.cronWorkflow(cron.result)[u"spec"_s][u"suspend"_s].toBool());
        QVERIFY(b.deleteSchedule(cron.result).ok());
        QVERIFY(pstest::outcomeOf(b, {Kind::DeleteSchedule, cron.result}).ok());
        QVERIFY(m_argo.cronWorkflow(cron.result).isEmpty());
        QVERIFY(b.publishTemplate(p, u"train-template"_s).ok());
        const ps::ActionOutcome published = pstest::outcomeOf(b, {Kind::PublishTemplate, u"train-template"_s});
        QVERIFY2(published.ok(), qPrintable(published.error));
        QCOMPARE(m_argo.workflowTemplate(u"train-template"_s)[u"kind"_s].toString(), u"WorkflowTemplate"_s);
        QCOMPARE(pstest::resultOf(b.listTemplates()).value, QStringList{u"train-template"_s});
        QVERIFY(b.publishTemplate(p, u"train-template"_s).ok());
        const ps::ActionOutcome again = pstest::outcomeOf(b, {Kind::PublishTemplate, u"train-template"_s});
        QVERIFY(again.error.contains(u"already exists"_s));
    }

    // The server takes the request, then refuses it: the answer carries its reason, and the
    // CronWorkflow is as it was.
    void aRefusedSuspendIsAnsweredWithTheServersReason()
    {
        ps::Pipeline p = pstest::pipelineFromYaml(pstest::oneTaskWorkflow("hourly-"));
        p.schedule = ps::Schedule{};
        p.schedule->cron = u"0 * * * *"_s;
        using Kind = ps::BackendAction::Kind;
        QVERIFY(m_backend->createSchedule(p, {}).ok());
        const ps::ActionOutcome cron = pstest::outcomeOf(*m_backend, {Kind::CreateSchedule, p.name});
        QVERIFY2(cron.ok(), qPrintable(cron.error));
        pstest::Fault refused;
        refused.kind = pstest::Fault::Kind::Forbidden;
        refused.pathContains = cron.result + u"/suspend"_s;
        refused.message = u"cronworkflows.argoproj.io is forbidden: read-only namespace"_s;
        m_argo.injectFault(refused);
        QVERIFY(m_backend->suspendSchedule(cron.result).ok());
        const ps::ActionOutcome suspended = pstest::outcomeOf(*m_backend, {Kind::SuspendSchedule, cron.result});
        QVERIFY(!suspended.ok());
        QVERIFY2(suspended.error.contains(u"read-only namespace"_s), qPrintable(suspended.error));
        QVERIFY(!m_argo.cronWorkflow(cron.result)[u"spec"_s][u"suspend"_s].toBool());
    }
};

PS_TEST(ArgoSchedulesTest)
#include "tst_argoschedules.moc"
