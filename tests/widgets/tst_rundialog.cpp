#include "apiclient.h"
#include "argobackend.h"
#include "fakekfpserver.h"
#include "httpclient.h"
#include "kfpbackend.h"
#include "pipelinefilereader.h"
#include "rundialog.h"
#include "testregistry.h"

#include <QComboBox>
#include <QTest>

using namespace Qt::StringLiterals;

// The Run dialog's experiment: asked only where runs are grouped in experiments (Kubeflow),
// offering the server's experiments or a new name.
class RunDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void experimentOnlyForKubeflow()
    {
        pstest::FakeKfpServer kfp;
        QVERIFY(kfp.listen());
        ps::HttpClient http;
        ps::ApiClient kfpApi(&http, kfp.url());
        ps::KfpBackend::Settings settings;
        settings.experiment = u"Pipeline Studio"_s;
        ps::KfpBackend kubeflow(&kfpApi, nullptr, settings);
        ps::ApiClient argoApi(&http, QUrl(u"http://127.0.0.1:9"_s));
        ps::ArgoBackend argo(&argoApi, {});
        // An experiment someone made on the server.
        ps::RunRequest earlier;
        earlier.experiment = u"ablation"_s;
        const ps::Pipeline pipeline = ps::PipelineFileReader::readBytes(R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: demo-}
spec:
  entrypoint: hello
  templates:
  - name: hello
    container: {image: "alpine:3.19", command: [echo, hi]}
)", u"demo.yaml"_s).asPipeline();
        QVERIFY(kubeflow.submit(pipeline, earlier).ok());
        QTRY_COMPARE_WITH_TIMEOUT(kfp.experiments().size(), 1, 10000);

        ps::RunDialog dialog(pipeline, {&argo, &kubeflow});
        dialog.show();
        QVERIFY(!dialog.experimentBox()->isVisibleTo(&dialog));
        QVERIFY(dialog.request().experiment.isEmpty());
        dialog.setBackend(&kubeflow);
        QVERIFY(dialog.experimentBox()->isVisibleTo(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.experimentBox()->count(), 2, 10000);
        QCOMPARE(dialog.experimentBox()->itemText(0), u"Pipeline Studio"_s);
        QCOMPARE(dialog.experimentBox()->itemText(1), u"ablation"_s);
        QCOMPARE(dialog.request().experiment, u"Pipeline Studio"_s);
        dialog.experimentBox()->setCurrentIndex(1);
        QCOMPARE(dialog.request().experiment, u"ablation"_s);
        dialog.experimentBox()->setEditText(u"new-idea"_s);
        QCOMPARE(dialog.request().experiment, u"new-idea"_s);
        dialog.setBackend(&argo);
        QVERIFY(!dialog.experimentBox()->isVisibleTo(&dialog));
        QVERIFY(dialog.request().experiment.isEmpty());
    }
};

PS_TEST(RunDialogTest)
#include "tst_rundialog.moc"
