#include "apiclient.h"
#include "argobackend.h"
#include "fakekfpserver.h"
#include "httpclient.h"
#include "kfpbackend.h"
#include "pipelinefilereader.h"
#include "rundialog.h"
#include "testregistry.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ps::Pipeline demoPipeline()
{
    return ps::PipelineFileReader::readBytes(R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: demo-}
spec:
  entrypoint: hello
  templates:
  - name: hello
    container: {image: "alpine:3.19", command: [echo, hi]}
)", u"demo.yaml"_s).asPipeline();
}

// An experiment someone made on the server (a run submitted into it).
bool experimentOnServer(ps::KfpBackend &kubeflow, const pstest::FakeKfpServer &kfp, const QString &name)
{
    ps::RunRequest earlier;
    earlier.experiment = name;
    return kubeflow.submit(demoPipeline(), earlier).ok() && QTest::qWaitFor([&kfp] { return kfp.experiments().size() == 1; }, 10000);
}
} // namespace

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
        QVERIFY(experimentOnServer(kubeflow, kfp, u"ablation"_s));
        const ps::Pipeline pipeline = demoPipeline();

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

    // No default experiment: no blank first item; a server that fails to list: the dialog says so.
    void experimentsWithoutADefaultOrUnreadable()
    {
        pstest::FakeKfpServer kfp;
        QVERIFY(kfp.listen());
        ps::HttpClient http;
        ps::ApiClient kfpApi(&http, kfp.url());
        ps::KfpBackend::Settings settings;
        settings.experiment.clear();   // none configured
        ps::KfpBackend kubeflow(&kfpApi, nullptr, settings);
        ps::ArgoBackend argo(&kfpApi, {});
        QVERIFY(experimentOnServer(kubeflow, kfp, u"ablation"_s));
        const ps::Pipeline pipeline = demoPipeline();

        ps::RunDialog dialog(pipeline, {&argo, &kubeflow});
        dialog.show();
        dialog.setBackend(&kubeflow);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.experimentBox()->count(), 1, 10000);
        QCOMPARE(dialog.experimentBox()->itemText(0), u"ablation"_s);

        dialog.setBackend(&argo);
        kfp.injectFault({pstest::Fault::Kind::ServerError, u"/experiments"_s, 1, u"database is locked"_s});
        dialog.setBackend(&kubeflow);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.experimentBox()->lineEdit()->placeholderText().contains(u"could not be read"_s), 10000);
        QVERIFY(dialog.experimentBox()->lineEdit()->placeholderText().contains(u"database is locked"_s));
        QCOMPARE(dialog.experimentBox()->count(), 0);
    }
};

PS_TEST(RunDialogTest)
#include "tst_rundialog.moc"
