#include "apiclient.h"
#include "argobackend.h"
#include "argoworkflowmapper.h"
#include "fakeargoserver.h"
#include "futurewait.h"
#include "httpclient.h"
#include "metricsserver.h"
#include "prometheusclient.h"
#include "snapshotwait.h"
#include "testregistry.h"
#include "usagecollector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ps;

namespace {

// A finished Argo workflow with one pod, whose template asks for 4 cores and 2 GiB.
QJsonObject workflowWithOnePod(const QString &name, const QDateTime &start, const QDateTime &end)
{
    const auto time = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); };
    const QString podNode = name + u".train"_s;
    const QString podId = name + u'-' + ArgoWorkflowMapper::nodeHash(podNode);
    QJsonObject nodes{
        {name, QJsonObject{{u"id"_s, name}, {u"name"_s, name}, {u"displayName"_s, name}, {u"type"_s, u"DAG"_s},
                           {u"phase"_s, u"Succeeded"_s}, {u"templateName"_s, u"main"_s}, {u"children"_s, QJsonArray{podId}},
                           {u"startedAt"_s, time(start)}, {u"finishedAt"_s, time(end)}}},
        {podId, QJsonObject{{u"id"_s, podId}, {u"name"_s, podNode}, {u"displayName"_s, u"train"_s}, {u"type"_s, u"Pod"_s},
                            {u"phase"_s, u"Succeeded"_s}, {u"templateName"_s, u"train"_s}, {u"boundaryID"_s, name},
                            {u"startedAt"_s, time(start)}, {u"finishedAt"_s, time(end)}}}};
    const QJsonObject container{{u"image"_s, u"python:3.12"_s}, {u"command"_s, QJsonArray{u"python"_s, u"train.py"_s}},
                                {u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"cpu"_s, u"4"_s}, {u"memory"_s, u"2Gi"_s}}}}}};
    const QJsonObject spec{{u"entrypoint"_s, u"main"_s},
                           {u"templates"_s, QJsonArray{QJsonObject{{u"name"_s, u"main"_s},
                                                                   {u"dag"_s, QJsonObject{{u"tasks"_s, QJsonArray{QJsonObject{
                                                                                  {u"name"_s, u"train"_s}, {u"template"_s, u"train"_s}}}}}}},
                                                       QJsonObject{{u"name"_s, u"train"_s}, {u"container"_s, container}}}}};
    return QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"ml"_s},
                                                   {u"labels"_s, QJsonObject{{u"pipelinestudio.io/managed"_s, u"true"_s}}}}},
                       {u"spec"_s, spec},
                       {u"status"_s, QJsonObject{{u"phase"_s, u"Succeeded"_s}, {u"startedAt"_s, time(start)}, {u"finishedAt"_s, time(end)},
                                                 {u"nodes"_s, nodes}}}};
}

} // namespace

// A cluster run's usage read from a real Prometheus (the ctest fixture), which scrapes an
// endpoint here that speaks as cAdvisor does for the run's pod: 1.5 cores busy, 300 MiB.
class UsageCollectorTest : public QObject
{
    Q_OBJECT

    QString m_fixture;
    PrometheusConfig m_config;

private slots:
    void initTestCase()
    {
        m_fixture = qEnvironmentVariable("PS_PROMETHEUS_DIR");
        if (m_fixture.isEmpty())
            QSKIP("needs the ctest fixture that starts Prometheus: run it through ctest");
        QFile url(QDir(m_fixture).filePath(QStringLiteral("prometheus.url")));
        QVERIFY(url.open(QIODevice::ReadOnly));
        m_config.url = QUrl(QString::fromUtf8(url.readAll().trimmed()));
    }

    void clusterRunUsageComesFromPrometheusAndIsKept()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        HttpClient http;
        ApiClient api(&http, argo.url());
        ArgoBackend::Settings settings;
        settings.namespaceName = u"ml"_s;
        const QString name = u"usage-%1"_s.arg(QCoreApplication::applicationPid());
        const QString pod = ArgoWorkflowMapper::podName(workflowWithOnePod(name, {}, {}),
                                                        QJsonObject{{u"id"_s, QString(name + u'-' + ArgoWorkflowMapper::nodeHash(name + u".train"_s))},
                                                                    {u"name"_s, QString(name + u".train"_s)}, {u"templateName"_s, u"train"_s}});
        // The pod's container, as cAdvisor and kube-state-metrics report it.
        QElapsedTimer clock;
        const QString labels = uR"(namespace="ml",pod="%1",container="main")"_s.arg(pod);
        MetricsServer cadvisor([&] {
            const double cpu = clock.isValid() ? 1.5 * double(clock.elapsed()) / 1000.0 : 0;
            return QStringLiteral("container_cpu_usage_seconds_total{%1} %2\n"
                                  "container_memory_working_set_bytes{%1} 314572800\n"
                                  "kube_pod_container_resource_limits{%1,resource=\"memory\"} 4294967296\n")
                .arg(labels)
                .arg(cpu, 0, 'f', 3)
                .toUtf8();
        });
        QCOMPARE(cadvisor.listen(0), QString());
        const QString target = QDir(m_fixture).filePath(u"targets/cadvisor-%1.json"_s.arg(QCoreApplication::applicationPid()));
        QFile targetFile(target);
        QVERIFY(targetFile.open(QIODevice::WriteOnly));
        targetFile.write(QJsonDocument(QJsonArray{QJsonObject{{u"targets"_s, QJsonArray{u"127.0.0.1:%1"_s.arg(cadvisor.port())}}}})
                             .toJson());
        targetFile.close();
        const auto removeTarget = qScopeGuard([&] { QFile::remove(target); });
        clock.start();
        const QDateTime start = QDateTime::currentDateTimeUtc();
        // Running until Prometheus holds eight scrapes of it.
        PrometheusClient prometheus(&http);
        prometheus.setConfig(m_config);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto r = pstest::resultOf(prometheus.query(u"count_over_time(container_memory_working_set_bytes{pod=\"%1\"}[5m])"_s.arg(pod)));
                return r.ok() && !r.value.series.isEmpty() && r.value.series.first().points.value(0).y() >= 8;
            },
            60000));
        const QDateTime end = QDateTime::currentDateTimeUtc();
        argo.addWorkflow(workflowWithOnePod(name, start, end));

        ArgoBackend backend(&api, settings);
        QSignalSpy loaded(&backend, &ArgoBackend::runsLoaded);
        backend.start();
        QVERIFY(loaded.wait(10000));
        QTemporaryDir storeDir;
        UsageCollector collector{UsageStore(storeDir.path())};
        collector.setClient(&prometheus);
        QSignalSpy collected(&collector, &UsageCollector::collected);
        QVERIFY(collector.collect(&backend, name));
        QVERIFY(collected.wait(20000));
        QCOMPARE(collected.first().at(1).toInt(), 1);
        const QHash<QString, UsageSummary> kept = collector.store().load(backend.name(), name);
        QCOMPARE(kept.size(), 1);
        const UsageSummary u = kept.begin().value();
        QVERIFY(u.source == UsageSummary::Source::Prometheus);
        QVERIFY2(std::abs(u.peakCpuCores - 1.5) < 0.3, qPrintable(QString::number(u.peakCpuCores)));
        const double seconds = double(start.msecsTo(end)) / 1000.0;
        QVERIFY2(u.cpuSeconds > 1.5 * seconds * 0.6 && u.cpuSeconds < 1.5 * seconds * 1.2,
                 qPrintable(u"%1 CPU-s in %2 s"_s.arg(u.cpuSeconds).arg(seconds)));
        QCOMPARE(u.peakMemoryBytes, qint64(314572800));
        // Limits from kube-state-metrics; the request Prometheus does not know, from the pipeline.
        QCOMPARE(*u.limits.memoryBytes, qint64(4294967296));
        QVERIFY2(u.requests.cpuCores && *u.requests.cpuCores == 4.0, QJsonDocument(u.requests.toJson()).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(*u.requests.memoryBytes, qint64(2) << 30);
        // Kept: asked again, nothing is left to read.
        QVERIFY(!collector.collect(&backend, name));
    }
};

PS_TEST(UsageCollectorTest)
#include "tst_usagecollector.moc"
