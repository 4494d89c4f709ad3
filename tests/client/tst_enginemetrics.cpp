#include "enginetesting.h"
#include "testregistry.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace ps;

namespace {

// GET PATH over a real socket, as Prometheus would scrape it. The server lives on this
// thread, so the event loop keeps turning while waiting.
QByteArray get(quint16 port, const QByteArray &path = "/metrics")
{
    QTcpSocket socket;
    QByteArray response;
    QObject::connect(&socket, &QTcpSocket::connected, &socket,
                     [&] { socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { response += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState && !response.isEmpty(); }, 5000); // the caller checks what arrived
    return response;
}

QByteArray scrape(quint16 port) { return get(port); }

double value(const QByteArray &body, const QString &metric, const QString &task)
{
    const QRegularExpression re(QStringLiteral("^%1\\{run=\"[^\"]+\",task=\"%2\"\\} ([0-9.e+]+)$")
                                    .arg(metric, QRegularExpression::escape(task)),
                                QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(body));
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

} // namespace

class EngineMetricsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pstest::preferSystemPython(); }

    void servesRunningTasksCpuAndMemory()
    {
        pstest::Engine engine;
        QVERIFY(engine.backend->serveMetrics(0).isEmpty());
        const quint16 port = engine.backend->metricsPort();
        QVERIFY(port > 0);
        // A child process does the work, so only counting the whole session sees it.
        const QString id = engine.submit(pstest::pipelineFromYaml(R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: m-}
spec:
  entrypoint: main
  templates:
  - name: main
    steps:
    - - {name: burn, template: burn, withItems: [a]}
  - name: burn
    container:
      image: python
      command: [sh, -c, "python3 -c 'import time\nx = bytearray(80 * 1024 * 1024)\nt = time.time()\nwhile time.time() - t < 4: pass'; echo done"]
)"));
        QVERIFY(!id.isEmpty());
        const QString task = QStringLiteral("burn(0)");
        QByteArray body;
        QTRY_VERIFY_WITH_TIMEOUT((body = scrape(port), value(body, QStringLiteral("pstudio_task_cpu_seconds_total"), task) > 1.0), 20000);
        QVERIFY2(body.startsWith("HTTP/1.1 200 OK"), body.constData());
        QCOMPARE(value(body, QStringLiteral("pstudio_task_running"), task), 1.0);
        QVERIFY2(value(body, QStringLiteral("pstudio_task_memory_bytes"), task) > 60e6, body.constData());
        QVERIFY(body.contains("# TYPE pstudio_task_cpu_seconds_total counter"));
        QVERIFY(engine.waitFinished(id));
        QTRY_COMPARE_WITH_TIMEOUT(value(scrape(port), QStringLiteral("pstudio_task_running"), task), 0.0, 5000);
        QCOMPARE(engine.backend->metricMatchers(id, task), QStringLiteral("{run=\"%1\",task=\"burn(0)\"}").arg(id));
    }

    void answersOtherPathsWithNotFound()
    {
        pstest::Engine engine;
        QVERIFY(engine.backend->serveMetrics(0).isEmpty());
        QVERIFY(get(engine.backend->metricsPort(), "/other").startsWith("HTTP/1.1 404"));
    }
};

PS_TEST(EngineMetricsTest)
#include "tst_enginemetrics.moc"
