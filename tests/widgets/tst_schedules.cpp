#include "apiclient.h"
#include "argobackend.h"
#include "clusterbackends.h"
#include "connectionprofilestore.h"
#include "credentialstore.h"
#include "fakeargoserver.h"
#include "fakekfpserver.h"
#include "httpclient.h"
#include "kfpbackend.h"
#include "mainwindow.h"
#include "pipelinefilereader.h"
#include "publishtemplatedialog.h"
#include "rundialog.h"
#include "rundocks.h"
#include "runlauncher.h"
#include "runsmodel.h"
#include "runspanel.h"
#include "schedulesmodel.h"
#include "schedulespanel.h"
#include "testdata.h"
#include "testregistry.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ps::Pipeline nightlyPipeline(bool withSchedule = true)
{
    ps::Pipeline p = ps::PipelineFileReader::readBytes(R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: nightly-train-}
spec:
  entrypoint: train
  templates:
  - name: train
    container: {image: "alpine:3.19", command: [echo, hi]}
)", u"nightly-train.yaml"_s).asPipeline();
    p.name = u"nightly-train"_s;
    if (withSchedule) {
        p.schedule = ps::Schedule{};
        p.schedule->cron = u"0 2 * * *"_s;
    }
    return p;
}

QString cell(const ps::SchedulesModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

QStringList texts(const QSignalSpy &spy)
{
    QStringList list;
    for (const QList<QVariant> &args : spy)
        list.append(args.first().toString());
    return list.join(u'\n').split(u'\n');
}

bool anyContains(const QSignalSpy &spy, const QString &text)
{
    for (const QList<QVariant> &args : spy)
        if (args.first().toString().contains(text))
            return true;
    return false;
}

// Validates a written object against Argo's JSON schema; "" when valid or python is missing.
QString schemaProblem(const QJsonObject &object)
{
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
        return {};
    QTemporaryDir dir;
    QFile out(dir.filePath(u"object.json"_s));
    if (!out.open(QIODevice::WriteOnly))
        return u"cannot write"_s;
    out.write(QJsonDocument(object).toJson());
    out.close();
    QProcess python;
    python.start(u"python3"_s, {pstest::sourcePath(u"tests/tools/validate_json_schema.py"_s),
                                pstest::sharedPath(u"api/argo/workflow.schema.json"_s), out.fileName()});
    if (!python.waitForFinished(60000))
        return u"the validator did not finish"_s;
    return python.exitCode() == 0 ? QString() : QString::fromUtf8(python.readAllStandardOutput());
}
} // namespace

// Schedules from the GUI: the Run dialog creates a CronWorkflow (Argo) or a recurring run
// (Kubeflow) from a pipeline with a schedule, the Schedules dock lists them and suspends and
// resumes them, and Run ▸ Publish as WorkflowTemplate publishes the pipeline; every server
// answer reaches the status bar.
class SchedulesTest : public QObject
{
    Q_OBJECT

private slots:
    void runOnceUnlessTheUserAsksForTheSchedule()
    {
        ps::HttpClient http;
        ps::ApiClient api(&http, QUrl(u"http://127.0.0.1:9"_s));
        ps::ArgoBackend argo(&api, {});
        ps::RunDialog scheduled(nightlyPipeline(), {&argo});
        scheduled.show();
        QVERIFY(scheduled.scheduleButton()->isVisible());
        QVERIFY(scheduled.runOnceButton()->isChecked());
        QVERIFY(!scheduled.createsSchedule());
        QVERIFY(scheduled.scheduleButton()->text().contains(u"CronWorkflow"_s));
        QVERIFY(scheduled.scheduleButton()->text().contains(u"0 2 * * *"_s));
        scheduled.scheduleButton()->setChecked(true);
        QVERIFY(scheduled.createsSchedule());
        const QString shot = qEnvironmentVariable("PS_RUNDIALOG_SCREENSHOT");
        if (!shot.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(scheduled.grab().save(shot));
        }
        // A pipeline without a schedule is only run.
        ps::RunDialog plain(nightlyPipeline(false), {&argo});
        plain.show();
        QVERIFY(!plain.scheduleButton()->isVisible());
        QVERIFY(!plain.createsSchedule());
    }

    void cronWorkflowFromTheRunDialogIsListedSuspendedAndResumed()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        ps::ConnectionProfileStore profiles(&settings);
        ps::ConnectionProfile profile = ps::ConnectionProfile::create(ps::ConnectionProfile::Kind::ArgoUrl);
        profile.name = u"lab"_s;
        profile.url = argo.url();
        profile.namespaceName = u"ml"_s;
        profiles.put(profile);
        ps::CredentialStore credentials(u"pipeline-studio-test-"_s + QString::number(QCoreApplication::applicationPid()));
        ps::HttpClient http;
        ps::ClusterBackends clusters(&profiles, &credentials, &http);

        ps::MainWindow window;
        ps::RunDocks *docks = window.runDocks();
        QObject::connect(&clusters, &ps::ClusterBackends::backendAdded, docks->runs(), &ps::RunsModel::addBackend);
        clusters.start();
        QTRY_COMPARE_WITH_TIMEOUT(docks->schedules()->backends().size(), 1, 10000);
        ps::RunBackend *backend = docks->schedules()->backends().first();
        QSignalSpy messages(docks, &ps::RunDocks::message);

        bool offered = false;
        docks->launcher()->setDialogHook([&](ps::RunDialog *dialog) {
            dialog->setBackend(backend);
            dialog->setRunName(u"nightly"_s);
            offered = dialog->scheduleButton()->isVisible();
            dialog->scheduleButton()->setChecked(true);
            dialog->accept();
        });
        QVERIFY(docks->launcher()->run(nightlyPipeline(), {}));
        QVERIFY(offered);
        QTRY_COMPARE_WITH_TIMEOUT(argo.requestsTo(u"POST"_s, u"/api/v1/cron-workflows/ml"_s).size(), 1, 10000);
        QCOMPARE(argo.requestsTo(u"POST"_s, u"/api/v1/workflows/ml"_s).size(), 0);   // no run started
        const QJsonObject cron = QJsonDocument::fromJson(argo.requestsTo(u"POST"_s, u"/api/v1/cron-workflows/ml"_s).first().body)
                                     .object().value(u"cronWorkflow"_s).toObject();
        QCOMPARE(cron[u"spec"_s][u"schedules"_s].toArray(), QJsonArray{u"0 2 * * *"_s});
        // The runs it starts carry the run name from the dialog.
        QCOMPARE(cron[u"spec"_s][u"workflowMetadata"_s][u"annotations"_s][u"pipelinestudio.io/display-name"_s].toString(), u"nightly"_s);
        const QString name = cron[u"metadata"_s][u"name"_s].toString();
        QVERIFY(name.startsWith(u"nightly-train-"_s));
        QVERIFY2(schemaProblem(cron).isEmpty(), qPrintable(schemaProblem(cron)));
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(messages, name), 10000);

        // The dock lists it, brought forward.
        ps::SchedulesModel *model = docks->schedules();
        ps::SchedulesPanel *panel = docks->schedulesPanel();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(panel->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QCOMPARE(cell(model, 0, ps::SchedulesModel::NameColumn), name);
        QCOMPARE(cell(model, 0, ps::SchedulesModel::ScheduleColumn), u"0 2 * * *"_s);
        QCOMPARE(cell(model, 0, ps::SchedulesModel::StateColumn), u"Active"_s);
        QVERIFY(cell(model, 0, ps::SchedulesModel::BackendColumn).contains(u"lab"_s));
        QVERIFY(!panel->statusLabel()->isVisible());

        // Suspend: the server hears it and the row says so.
        panel->table()->selectRow(0);
        QVERIFY(panel->suspendAction()->isEnabled());
        QVERIFY(!panel->resumeAction()->isEnabled());
        panel->suspendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(argo.requestsTo(u"PUT"_s, u"/api/v1/cron-workflows/ml/"_s + name + u"/suspend"_s).size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, ps::SchedulesModel::StateColumn), u"Suspended"_s, 10000);
        QVERIFY(argo.cronWorkflow(name)[u"spec"_s][u"suspend"_s].toBool());
        QVERIFY(!panel->suspendAction()->isEnabled());
        QVERIFY(panel->resumeAction()->isEnabled());
        QVERIFY(anyContains(messages, u"suspended"_s));
        // It stays suspended when listed again (the server keeps it so).
        panel->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isRefreshing(), 10000);
        QCOMPARE(cell(model, 0, ps::SchedulesModel::StateColumn), u"Suspended"_s);
        QCOMPARE(cell(model, 0, ps::SchedulesModel::LastColumn), u"—"_s);   // never fired yet
        // Once the controller has fired it, the time shows (in local time).
        const QDateTime fired(QDate(2026, 12, 3), QTime(2, 0), Qt::UTC);
        argo.setCronWorkflowStatus(name, {{u"lastScheduledTime"_s, u"2026-12-03T02:00:00Z"_s}});
        panel->refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, ps::SchedulesModel::LastColumn),
                                  QLocale().toString(fired.toLocalTime(), QLocale::ShortFormat), 10000);

        QDockWidget *dock = docks->dockOf(panel);
        QVERIFY(dock);
        QCOMPARE(dock->objectName(), u"SchedulesDock"_s);
        QVERIFY(window.tabifiedDockWidgets(docks->dockOf(docks->runsPanel())).contains(dock));
        const QString shot = qEnvironmentVariable("PS_SCHEDULES_SCREENSHOT");
        if (!shot.isEmpty()) {
            window.resizeDocks({dock}, {760}, Qt::Horizontal);
            QTest::qWait(100);
            QVERIFY(window.grab().save(shot));
        }

        panel->resumeAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, ps::SchedulesModel::StateColumn), u"Active"_s, 10000);
        QCOMPARE(argo.requestsTo(u"PUT"_s, u"/api/v1/cron-workflows/ml/"_s + name + u"/resume"_s).size(), 1);
        QVERIFY(!argo.cronWorkflow(name)[u"spec"_s][u"suspend"_s].toBool());

        // A refusal shows the server's own words.
        argo.injectFault({pstest::Fault::Kind::ServerError, u"/cron-workflows/"_s, 1, u"etcd is read-only"_s});
        QVERIFY(docks->launcher()->run(nightlyPipeline(), {}));
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(messages, u"etcd is read-only"_s), 10000);
        QVERIFY2(anyContains(messages, u"did not create the schedule"_s), qPrintable(texts(messages).join(u" | "_s)));
    }

    void publishesTheOpenPipelineAsAWorkflowTemplate()
    {
        pstest::FakeArgoServer argoServer;
        QVERIFY(argoServer.listen());
        ps::HttpClient http;
        ps::ApiClient api(&http, argoServer.url());
        ps::ArgoBackend::Settings settings;
        settings.namespaceName = u"ml"_s;
        settings.label = u"lab"_s;
        ps::ArgoBackend argo(&api, settings);
        ps::MainWindow window;
        ps::RunDocks *docks = window.runDocks();
        docks->updateActions();
        QVERIFY(!docks->publishAction()->isEnabled());   // no Argo connection yet
        docks->runs()->addBackend(&argo);
        docks->updateActions();
        QVERIFY(docks->publishAction()->isEnabled());
        QSignalSpy messages(docks, &ps::RunDocks::message);

        QString offeredName;
        QString badNameProblem;
        docks->launcher()->setPublishHook([&](ps::PublishTemplateDialog *dialog) {
            offeredName = dialog->templateName();
            dialog->nameField()->setText(u"Bad Name"_s);
            badNameProblem = dialog->problem();
            dialog->nameField()->setText(u"nightly-train"_s);
            dialog->accept();
        });
        QVERIFY(docks->launcher()->publishTemplate(nightlyPipeline()));
        QCOMPARE(offeredName, u"nightly-train"_s);
        QVERIFY(!badNameProblem.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!argoServer.workflowTemplate(u"nightly-train"_s).isEmpty(), 10000);
        const auto posts = argoServer.requestsTo(u"POST"_s, u"/api/v1/workflow-templates/ml"_s);
        QCOMPARE(posts.size(), 1);
        const QJsonObject tmpl = QJsonDocument::fromJson(posts.first().body).object().value(u"template"_s).toObject();
        QCOMPARE(tmpl[u"kind"_s].toString(), u"WorkflowTemplate"_s);
        QCOMPARE(tmpl[u"metadata"_s][u"name"_s].toString(), u"nightly-train"_s);
        QVERIFY2(schemaProblem(tmpl).isEmpty(), qPrintable(schemaProblem(tmpl)));
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(messages, u"WorkflowTemplate nightly-train published"_s), 10000);

        // Publishing the same name again: the server's refusal is shown as it said it.
        QVERIFY(docks->launcher()->publishTemplate(nightlyPipeline()));
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(messages, u"already exists"_s), 10000);
        QVERIFY(anyContains(messages, u"did not publish template"_s));
    }

    void recurringRunFromTheRunDialogOnKubeflow()
    {
        pstest::FakeKfpServer kfp;
        QVERIFY(kfp.listen());
        ps::HttpClient http;
        ps::ApiClient api(&http, kfp.url());
        ps::KfpBackend backend(&api, nullptr, {});
        ps::MainWindow window;
        ps::RunDocks *docks = window.runDocks();
        // Before any cluster connection the dock says where schedules come from.
        QDockWidget *dock = docks->dockOf(docks->schedulesPanel());
        window.show();
        dock->raise();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(docks->schedulesPanel()->statusLabel()->isVisible());
        QVERIFY(docks->schedulesPanel()->statusLabel()->text().contains(u"No Argo or Kubeflow connection"_s));
        const QString shot = qEnvironmentVariable("PS_SCHEDULES_EMPTY_SCREENSHOT");
        if (!shot.isEmpty())
            QVERIFY(dock->grab().save(shot));
        docks->runs()->addBackend(&backend);
        QSignalSpy messages(docks, &ps::RunDocks::message);

        QString option;
        docks->launcher()->setDialogHook([&](ps::RunDialog *dialog) {
            dialog->setBackend(&backend);
            option = dialog->scheduleButton()->isVisible() ? dialog->scheduleButton()->text() : QString();
            dialog->scheduleButton()->setChecked(true);
            dialog->accept();
        });
        QVERIFY(docks->launcher()->run(nightlyPipeline(), {}));
        QVERIFY2(option.contains(u"recurring run"_s), qPrintable(option));
        QTRY_COMPARE_WITH_TIMEOUT(kfp.recurringRuns().size(), 1, 10000);
        const QJsonObject made = kfp.recurringRuns().first();
        QCOMPARE(made[u"trigger"_s][u"cron_schedule"_s][u"cron"_s].toString(), u"0 0 2 * * *"_s);
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(messages, made[u"recurring_run_id"_s].toString()), 10000);

        ps::SchedulesModel *model = docks->schedules();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QCOMPARE(cell(model, 0, ps::SchedulesModel::NameColumn), u"nightly-train"_s);
        QCOMPARE(cell(model, 0, ps::SchedulesModel::StateColumn), u"Active"_s);
        model->setSuspended(0, true);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, ps::SchedulesModel::StateColumn), u"Suspended"_s, 10000);
        QCOMPARE(kfp.recurringRuns().first()[u"status"_s].toString(), u"DISABLED"_s);
        QCOMPARE(kfp.requestsTo(u"POST"_s, u"/apis/v2beta1/recurringruns/.*:disable"_s).size(), 1);

        // The server refuses to list: the dock says why instead of showing nothing silently.
        kfp.injectFault({pstest::Fault::Kind::Forbidden, u"/recurringruns"_s, 1, u"user cannot list recurring runs"_s});
        model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(messages, u"user cannot list recurring runs"_s), 10000);
    }

    // The user removes or edits a Kubeflow connection while the dock lists against a server
    // that does not answer: the refresh ends (the dock refreshes again and says when there
    // are no schedules), and the next connection's schedules are listed.
    void refreshEndsWhenTheConnectionGoesAwayMidRequest()
    {
        pstest::FakeKfpServer kfp;
        QVERIFY(kfp.listen());
        ps::HttpClient http;
        auto *api = new ps::ApiClient(&http, kfp.url());
        auto *backend = new ps::KfpBackend(api, nullptr, {});
        ps::RunsModel runs;
        runs.addBackend(backend);
        ps::SchedulesModel model(&runs);
        ps::SchedulesPanel panel(&model);
        QSignalSpy refreshed(&model, &ps::SchedulesModel::refreshed);

        kfp.injectFault({pstest::Fault::Kind::Hang, u"/recurringruns"_s, 1});
        model.refresh();
        QVERIFY(model.isRefreshing());
        QTRY_COMPARE_WITH_TIMEOUT(kfp.requestsTo(u"GET"_s, u"/apis/v2beta1/recurringruns"_s).size(), 1, 10000);
        delete backend;
        delete api;
        QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshing(), 10000);
        QCOMPARE(refreshed.size(), 1);

        ps::ApiClient api2(&http, kfp.url());
        ps::KfpBackend backend2(&api2, nullptr, {});
        runs.addBackend(&backend2);
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshing(), 10000);
        QCOMPARE(refreshed.size(), 2);
        QVERIFY2(panel.statusLabel()->text().contains(u"No schedules yet"_s), qPrintable(panel.statusLabel()->text()));
        model.create(&backend2, nightlyPipeline(), ps::RunRequest{});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QCOMPARE(cell(&model, 0, ps::SchedulesModel::NameColumn), u"nightly-train"_s);
        QVERIFY(!model.isRefreshing());
    }
};

PS_TEST(SchedulesTest)
#include "tst_schedules.moc"
