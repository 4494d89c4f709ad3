#include "apiclient.h"
#include "fakekfpserver.h"
#include "httpclient.h"
#include "kfpbackend.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "rungraphpanel.h"
#include "testdata.h"
#include "testregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The Run Graph of a Kubeflow run: the pipeline comes from the run's pipeline version (KFP's
// fixtures), which arrives after the run is shown; the graph then appears, coloured.
class KfpRunGraphTest : public QObject
{
    Q_OBJECT

    static QJsonObject fixture(const QString &name)
    {
        QFile f(pstest::sharedPath(u"api/kfp/rest-fixtures/generated-1791485/"_s + name));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

private slots:
    void theGraphAppearsWhenThePipelineVersionArrives()
    {
        pstest::FakeKfpServer kfp;
        QVERIFY(kfp.listen());
        kfp.addVersion(fixture(u"pipeline_version.json"_s));
        const QString runId = kfp.addRun(fixture(u"run_completed.json"_s)).value(u"run_id"_s).toString();
        kfp.setRun(runId, u"SUCCEEDED"_s,
                   QJsonArray{QJsonObject{{u"task_id"_s, u"t1"_s}, {u"display_name"_s, u"hello-world"_s}, {u"state"_s, u"SUCCEEDED"_s},
                                          {u"pod_name"_s, u"hello-pod"_s}, {u"start_time"_s, u"2024-01-01T12:00:00Z"_s},
                                          {u"end_time"_s, u"2024-01-01T12:00:04Z"_s}}});
        ps::HttpClient http;
        ps::ApiClient api(&http, kfp.url());
        ps::KfpBackend backend(&api, nullptr, {});
        ps::RunGraphPanel panel;
        panel.show();
        bool emptyAtFirst = false;
        // Shown as soon as the run is known: its pipeline version is still on its way.
        connect(&backend, &ps::KfpBackend::runAdded, this, [&](const QString &id) {
            panel.setRun(&backend, id);
            emptyAtFirst = panel.scene()->document()->pipeline().root.tasks().empty();
        });
        backend.start();
        QTRY_VERIFY_WITH_TIMEOUT(panel.runId() == runId, 10000);
        QVERIFY(emptyAtFirst);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.scene()->document()->pipeline().root.tasks().empty(), 10000);
        const ps::Task *task = panel.scene()->document()->pipeline().root.taskByName(u"hello-world"_s);
        QVERIFY(task && panel.scene()->taskItem(task->id));
        QTRY_COMPARE(ps::toString(panel.stateOf(u"hello-world"_s).phase), u"Succeeded"_s);
    }
};

PS_TEST(KfpRunGraphTest)
#include "tst_kfprungraph.moc"
