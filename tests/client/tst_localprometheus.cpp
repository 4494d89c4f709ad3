#include "futurewait.h"
#include "httpclient.h"
#include "localprometheus.h"
#include "prometheusclient.h"
#include "testhttpserver.h"
#include "testregistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ps::HttpClient;
using ps::LocalPrometheus;
using ps::PrometheusClient;
using ps::PrometheusConfig;
using pstest::resultOf;
using pstest::TestHttpServer;

// The user-level Prometheus the application starts for itself, here in a temporary home,
// scraping a metrics endpoint listed in its targets directory as the local engine will.
class LocalPrometheusTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("prometheus")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("prometheus-node-exporter")).isEmpty())
            QSKIP("needs Debian's prometheus and prometheus-node-exporter (packaging/setup.sh test installs them)");
        QVERIFY(m_home.isValid());
    }
    void cleanupTestCase()
    {
        LocalPrometheus(&m_http, m_home.path()).stop();
    }

    void startsAndBecomesReady()
    {
        LocalPrometheus local(&m_http, m_home.path());
        QSignalSpy ready(&local, &LocalPrometheus::ready);
        QSignalSpy failed(&local, &LocalPrometheus::failed);
        local.ensureRunning();
        QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 40000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        m_url = local.url();
        QCOMPARE(m_url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_url.port() > 0);
        m_pid = pid();
        QVERIFY(m_pid > 0);
    }

    void theNextStartReusesIt()
    {
        QVERIFY(m_url.isValid());
        LocalPrometheus again(&m_http, m_home.path());
        QSignalSpy ready(&again, &LocalPrometheus::ready);
        again.ensureRunning();
        QVERIFY(ready.wait(10000));
        QCOMPARE(again.url(), m_url);
        QCOMPARE(pid(), m_pid);
    }

    void scrapesWhatAnEngineLists()
    {
        TestHttpServer engine;
        QVERIFY(engine.listen());
        engine.on("GET", QStringLiteral("/metrics"),
                  TestHttpServer::reply(200, "# TYPE pstudio_task_cpu_seconds_total counter\n"
                                             "pstudio_task_cpu_seconds_total{task=\"train\"} 1.5\n",
                                        "text/plain; version=0.0.4"));
        QFile targets(LocalPrometheus(&m_http, m_home.path()).targetsDirectory() + QStringLiteral("/engine.json"));
        QVERIFY(targets.open(QIODevice::WriteOnly));
        targets.write(QStringLiteral(R"([{"targets": ["127.0.0.1:%1"], "labels": {"run": "r1"}}])")
                          .arg(engine.port())
                          .toUtf8());
        targets.close();

        HttpClient http;
        PrometheusClient prometheus(&http);
        PrometheusConfig config;
        config.url = m_url;
        prometheus.setConfig(config);
        const auto scraped = [&] {
            const auto result = resultOf(prometheus.query(QStringLiteral("pstudio_task_cpu_seconds_total{run=\"r1\"}")));
            return result.ok() && result.value.series.size() == 1 && result.value.series[0].points.value(0).y() == 1.5
                && result.value.series[0].labels.value(QStringLiteral("task")) == u"train";
        };
        QTRY_VERIFY_WITH_TIMEOUT(scraped(), 20000);
    }

    void stopEndsIt()
    {
        LocalPrometheus(&m_http, m_home.path()).stop();
        const auto answers = [this] {
            QUrl readyUrl = m_url;
            readyUrl.setPath(QStringLiteral("/-/ready"));
            std::unique_ptr<ps::HttpReply> reply(m_http.get(readyUrl));
            QSignalSpy finished(reply.get(), &ps::HttpReply::finished);
            finished.wait(3000);
            return reply->status() == 200;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!answers(), 15000);
    }

private:
    qint64 pid() const
    {
        QFile file(m_home.filePath(QStringLiteral("state.json")));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        return qint64(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("prometheusPid")).toDouble());
    }

    QTemporaryDir m_home;
    HttpClient m_http;
    QUrl m_url;
    qint64 m_pid = 0;
};

PS_TEST(LocalPrometheusTest)
#include "tst_localprometheus.moc"
