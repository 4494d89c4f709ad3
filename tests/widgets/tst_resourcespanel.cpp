#include "../client/enginetesting.h"
#include "../client/futurewait.h"
#include "httpclient.h"
#include "metricstargetfile.h"
#include "prometheusclient.h"
#include "prometheusfixture.h"
#include "resourcespanel.h"
#include "testregistry.h"
#include "timeserieschart.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace ps;
using namespace std::chrono_literals;

namespace {

// Two tasks that each keep a core busy for a few seconds, with 80 MB resident.
const QByteArray kBusyPipeline = R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: busy-}
spec:
  entrypoint: main
  templates:
  - name: main
    steps:
    - - {name: burn, template: burn, withItems: [a, b]}
  - name: burn
    container:
      image: python
      command: [python3, -c, "import time\nx = bytearray(80 * 1024 * 1024)\nt = time.time()\nwhile time.time() - t < 8: pass"]
)";

void sendMouse(QWidget *widget, QEvent::Type type, const QPoint &pos)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), Qt::LeftButton,
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

double maxValue(const SeriesStore &store)
{
    double top = 0;
    for (const MetricSeries &s : store.allSeries())
        for (const QPointF &p : s.points)
            top = std::max(top, p.y());
    return top;
}

} // namespace

// End to end: a local run of a CPU-busy pipeline, the engine's metrics endpoint scraped by
// the fixture's real Prometheus, and the resources panel charting what it queried back.
class ResourcesPanelTest : public QObject
{
    Q_OBJECT

    pstest::Engine m_engine;
    HttpClient m_http;
    PrometheusClient m_prometheus{&m_http};
    MetricsTargetFile m_target;
    QString m_runId;
    std::unique_ptr<ResourcesPanel> m_panel;

    bool prometheusHasTheRun()
    {
        const auto result = pstest::resultOf(m_prometheus.query(
            QStringLiteral("max_over_time(pstudio_task_cpu_seconds_total{run=\"%1\"}[10m])").arg(m_runId)));
        return result.ok() && result.value.series.size() == 2
            && std::all_of(result.value.series.cbegin(), result.value.series.cend(),
                           [](const MetricSeries &s) { return s.points.value(0).y() > 1; });
    }

    ResourcesPanel &loadedPanel()
    {
        if (!m_panel) {
            m_panel = std::make_unique<ResourcesPanel>();
            m_panel->resize(900, 640);
            m_panel->setRefreshInterval(0s);
            m_panel->show();
            m_panel->setPrometheus(&m_prometheus);
        }
        return *m_panel;
    }

    void waitLoaded(ResourcesPanel &panel)
    {
        QSignalSpy loaded(&panel, &ResourcesPanel::loaded);
        panel.refresh();
        QVERIFY(loaded.wait(20000));
    }

private slots:
    void initTestCase()
    {
        pstest::preferSystemPython();
        PrometheusConfig config;
        if (!pstest::fixtureConfig(config))
            QSKIP("needs the ctest fixture that starts Prometheus: run it through ctest");
        m_prometheus.setConfig(config);
        QVERIFY(m_engine.backend->serveMetrics(0).isEmpty());
        // As the application does: list the engine's endpoint for Prometheus' file discovery.
        const QString error = m_target.publish(QDir(pstest::fixtureDir()).filePath(QStringLiteral("targets")),
                                               m_engine.backend->metricsPort());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Prometheus discovers the endpoint within a few seconds; the run starts after that,
        // as it does in the application, where the endpoint is listed at start.
        const QString up = QStringLiteral("up{job=\"pstudio\",instance=\"127.0.0.1:%1\"} == 1").arg(m_engine.backend->metricsPort());
        QTRY_VERIFY_WITH_TIMEOUT(pstest::resultOf(m_prometheus.query(up)).value.series.size() == 1, 20000);
        m_runId = m_engine.submit(pstest::pipelineFromYaml(kBusyPipeline));
        QVERIFY(!m_runId.isEmpty());
        QVERIFY(m_engine.waitFinished(m_runId, 90000));
        QVERIFY2(m_engine.backend->snapshot(m_runId)->phase == RunPhase::Succeeded,
                 qPrintable(pstest::Engine::describe(*m_engine.backend->snapshot(m_runId))));
        QTRY_VERIFY_WITH_TIMEOUT(prometheusHasTheRun(), 20000);
    }

    void chartsTheTasksCpuAndMemoryOverTheRunsSpan()
    {
        ResourcesPanel &panel = loadedPanel();
        panel.setRun(m_engine.backend.get(), m_runId);
        waitLoaded(panel);
        QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
        const SeriesStore &cpu = panel.chart(ResourceKind::Cpu)->store();
        QCOMPARE(cpu.size(), 2);
        QCOMPARE(cpu.name(0), QStringLiteral("burn(0)"));
        QCOMPARE(cpu.name(1), QStringLiteral("burn(1)"));
        // Each task keeps at most one core busy (less on a machine shared with other work).
        QVERIFY2(maxValue(cpu) > 0.1 && maxValue(cpu) < 1.6, qPrintable(QString::number(maxValue(cpu))));
        const SeriesStore &memory = panel.chart(ResourceKind::Memory)->store();
        QCOMPARE(memory.size(), 2);
        QVERIFY(maxValue(memory) > 60e6);
        QCOMPARE(panel.chart(ResourceKind::Memory)->unit(), MetricUnit::Bytes);
        // The local engine has no GPU metrics: no empty GPU charts.
        QVERIFY(!panel.chart(ResourceKind::GpuUtilisation)->isVisible());
        QVERIFY(!panel.chart(ResourceKind::GpuMemory)->isVisible());

        // The README's screenshot is refreshed only when asked for (PS_UPDATE_SCREENSHOTS=1);
        // otherwise the picture goes beside the test, so a test run never edits the sources.
        const QString folder = qEnvironmentVariableIsSet("PS_UPDATE_SCREENSHOTS") ? QStringLiteral(PS_SOURCE_DIR "/docs/screenshots")
                                                                                : QDir::currentPath();
        QDir().mkpath(folder);
        QVERIFY(panel.grab().save(folder + QStringLiteral("/resources-panel.png")));
    }

    void hoveringShowsValuesAtThatTime()
    {
        ResourcesPanel &panel = loadedPanel();
        TimeSeriesChart *chart = panel.chart(ResourceKind::Cpu);
        QSignalSpy hovered(&panel, &ResourcesPanel::timeHovered);
        // Past the middle of the plot the tasks are busy.
        const QPoint middle(chart->width() * 3 / 5, chart->height() / 3);
        sendMouse(chart, QEvent::MouseMove, middle);
        QCOMPARE(hovered.size(), 1);
        const QDateTime time = hovered.first().first().toDateTime();
        const auto run = *m_engine.backend->snapshot(m_runId);
        QVERIFY(time >= run.startedAt.addSecs(-6) && time <= run.finishedAt.addSecs(6));
        QVERIFY2(chart->hoverText().contains(QStringLiteral("burn(0): ")), qPrintable(chart->hoverText()));
        QVERIFY(chart->hoverText().contains(QStringLiteral(" cores")));
        // The other charts mark the same time.
        QCOMPARE(panel.chart(ResourceKind::Memory)->hoveredTime(), time);
    }

    void clickingALegendEntryHidesItsSeries()
    {
        ResourcesPanel &panel = loadedPanel();
        TimeSeriesChart *chart = panel.chart(ResourceKind::Cpu);
        const QRect entry = chart->legendItemRect(1);
        QVERIFY(entry.isValid());
        const QImage before = chart->grab().toImage();
        sendMouse(chart, QEvent::MouseButtonPress, entry.center());
        QVERIFY(!chart->store().isVisible(1));
        QVERIFY(chart->store().isVisible(0));
        QVERIFY(chart->grab().toImage() != before);
        QVERIFY(!chart->hoverText().contains(QStringLiteral("burn(1)")));
        // A refresh keeps it hidden.
        waitLoaded(panel);
        QVERIFY(!chart->store().isVisible(1));
        sendMouse(chart, QEvent::MouseButtonPress, chart->legendItemRect(1).center());
        QVERIFY(chart->store().isVisible(1));
    }

    void selectingATaskFiltersTheCharts()
    {
        ResourcesPanel &panel = loadedPanel();
        panel.setTask(QStringLiteral("burn(1)"));
        waitLoaded(panel);
        const SeriesStore &cpu = panel.chart(ResourceKind::Cpu)->store();
        QCOMPARE(cpu.size(), 1);
        QCOMPARE(cpu.name(0), QStringLiteral("burn(1)"));
        panel.setTask({});
        waitLoaded(panel);
        QCOMPARE(panel.chart(ResourceKind::Cpu)->store().size(), 2);
    }

    void aLastWindowPresetIsLive()
    {
        ResourcesPanel &panel = loadedPanel();
        panel.setTimeRange(MetricsTimeRange::Preset::Last15m);
        waitLoaded(panel);
        QCOMPARE(panel.chart(ResourceKind::Cpu)->store().size(), 2);
        panel.setTimeRange(MetricsTimeRange::Preset::RunSpan);
    }

    void noPrometheusSaysSoAndHowToConfigureOne()
    {
        HttpClient http;
        PrometheusClient nowhere(&http);
        nowhere.setConfig(pstest::unreachableConfig());
        ResourcesPanel panel;
        panel.setRefreshInterval(0s);
        panel.setPrometheus(&nowhere);
        QSignalSpy configure(&panel, &ResourcesPanel::configureRequested);
        panel.setRun(m_engine.backend.get(), m_runId);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.message().isEmpty(), 10000);
        QVERIFY2(panel.message().contains(QStringLiteral("No Prometheus answers at ")), qPrintable(panel.message()));
        QVERIFY(panel.message().contains(QStringLiteral("set the address of your Prometheus")));
        QVERIFY(panel.chart(ResourceKind::Cpu)->store().isEmpty());
    }

    void cleanupTestCase() { m_panel.reset(); }
};

PS_TEST(ResourcesPanelTest)
#include "tst_resourcespanel.moc"
