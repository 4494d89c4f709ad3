#include "../client/fakerunbackend.h"
#include "../model/builders.h"
#include "phasestyle.h"
#include "pipelinescene.h"
#include "resourceoverlay.h"
#include "rungraphpanel.h"
#include "testregistry.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include <QDir>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace ps;

namespace {

const QDateTime kT0 = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00.000Z"), Qt::ISODateWithMs);

RunNode node(const QString &id, const QString &name, TaskPhase phase, int pendingAt, int startAt, int endAt,
             RunNode::Kind kind = RunNode::Kind::Task, const QString &parent = {})
{
    RunNode n;
    n.id = id;
    n.name = name;
    n.kind = kind;
    n.parentId = parent;
    n.phase = phase;
    if (pendingAt >= 0)
        n.pendingSince = kT0.addSecs(pendingAt);
    if (startAt >= 0)
        n.startedAt = kT0.addSecs(startAt);
    if (endAt >= 0)
        n.finishedAt = kT0.addSecs(endAt);
    return n;
}

// a → b → c in the pipeline; d on its own, short. b is a loop of three iterations.
RunSnapshot chainRun()
{
    RunSnapshot s;
    s.id = QStringLiteral("r-1");
    s.phase = RunPhase::Running;
    s.startedAt = kT0;
    RunNode a = node(QStringLiteral("a"), QStringLiteral("a"), TaskPhase::Succeeded, 0, 20, 100);
    a.usage = UsageSummary();
    a.usage->samples = 80;
    a.usage->peakCpuCores = 1.5;
    a.usage->cpuSeconds = 90;
    a.usage->peakMemoryBytes = qint64(300) << 20;
    s.nodes = {a,
               node(QStringLiteral("b"), QStringLiteral("b"), TaskPhase::Failed, 100, 100, 200, RunNode::Kind::Loop),
               node(QStringLiteral("b(0)"), QStringLiteral("b"), TaskPhase::Succeeded, 100, 100, 150, RunNode::Kind::Iteration,
                    QStringLiteral("b")),
               node(QStringLiteral("b(1)"), QStringLiteral("b"), TaskPhase::Failed, 100, 110, 200, RunNode::Kind::Iteration,
                    QStringLiteral("b")),
               node(QStringLiteral("b(2)"), QStringLiteral("b"), TaskPhase::Succeeded, 100, 120, 140, RunNode::Kind::Iteration,
                    QStringLiteral("b")),
               node(QStringLiteral("c"), QStringLiteral("c"), TaskPhase::Running, 200, 210, -1),
               node(QStringLiteral("d"), QStringLiteral("d"), TaskPhase::Succeeded, 0, 0, 30)};
    return s;
}

Pipeline chainPipeline()
{
    Pipeline p = pstest::chainOfThree();
    p.root.addTask(pstest::task(QStringLiteral("d")));
    return p;
}

// A backend that knows the run's pipeline, as every real one does.
class PipelineBackend : public pstest::FakeRunBackend
{
public:
    explicit PipelineBackend(Pipeline p) : FakeRunBackend(QStringLiteral("Local")), m_pipeline(std::move(p)) {}
    std::optional<Pipeline> pipelineOf(const QString &) const override { return m_pipeline; }

private:
    Pipeline m_pipeline;
};

QColor pixel(const QImage &image, QPoint at) { return image.pixelColor(at * image.devicePixelRatio()); }

// The colours found along a horizontal line of `rect`'s middle.
QSet<QRgb> coloursAcross(const QImage &image, const QRect &rect)
{
    QSet<QRgb> colours;
    for (int x = rect.left() + 2; x < rect.right() - 2; ++x)
        colours.insert(pixel(image, QPoint(x, rect.center().y())).rgb());
    return colours;
}

// The README's screenshots are refreshed only when asked for (PS_UPDATE_SCREENSHOTS=1);
// otherwise the picture goes beside the test, so a test run never edits the sources.
bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariableIsSet("PS_UPDATE_SCREENSHOTS") ? QStringLiteral(PS_SOURCE_DIR "/docs/screenshots")
                                                                            : QDir::currentPath();
    QDir().mkpath(folder);
    return widget->grab().save(folder + u'/' + name);
}

} // namespace

// The Timeline dock and the run graph's resource overlay, driven as a user would.
class TimelineTest : public QObject
{
    Q_OBJECT

private slots:
    void barsShowWaitingAndRunning()
    {
        TimelineView view;
        view.resize(900, 300);
        view.show();
        const qint64 now = kT0.addSecs(250).toMSecsSinceEpoch();
        view.setRun(chainRun(), chainPipeline(), now);
        QCOMPARE(view.rows().rows().size(), 4); // a, b (collapsed), c, d
        const int a = view.rows().rowOf(QStringLiteral("a"));
        const QRect bar = view.barRect(a);
        QVERIFY(!bar.isEmpty());
        // a waited 20 s of its 100: the first fifth of its bar is hatched grey, the rest green.
        const QImage image = view.viewport()->grab().toImage();
        const int runFrom = view.xOf(kT0.addSecs(20).toMSecsSinceEpoch());
        const QSet<QRgb> waiting = coloursAcross(image, QRect(bar.left(), bar.top(), runFrom - bar.left(), bar.height()));
        QVERIFY(waiting.contains(PhaseStyle::colour(TaskPhase::Pending).rgb()));
        QVERIFY(!waiting.contains(PhaseStyle::colour(TaskPhase::Succeeded).rgb()));
        QVERIFY(saveScreenshot(&view, QStringLiteral("timeline.png")));
        QCOMPARE(pixel(image, QPoint((runFrom + bar.right()) / 2, bar.center().y())).rgb(), PhaseStyle::colour(TaskPhase::Succeeded).rgb());
        // c still runs: its bar reaches now, and grows as time passes.
        const int c = view.rows().rowOf(QStringLiteral("c"));
        QVERIFY(view.rows().rows()[c].open);
        QCOMPARE(view.barRect(c).right(), view.xOf(now) - 1);
        const int before = view.barRect(c).width();
        view.setRun(chainRun(), chainPipeline(), now + 20'000);
        QVERIFY(view.barRect(c).width() > before);
    }

    void criticalPathIsOutlined()
    {
        TimelineView view;
        view.resize(900, 300);
        view.show();
        view.setRun(chainRun(), chainPipeline(), kT0.addSecs(250).toMSecsSinceEpoch());
        const auto critical = [&](const QString &id) { return view.rows().rows()[view.rows().rowOf(id)].critical; };
        QVERIFY(critical(QStringLiteral("a")));
        QVERIFY(critical(QStringLiteral("b")));
        QVERIFY(!critical(QStringLiteral("d")));
        // c has not finished: the path ends at b, which finished last.
        QVERIFY(!critical(QStringLiteral("c")));
        // The slowest iteration is on the path too.
        view.setExpanded(QStringLiteral("b"), true);
        QVERIFY(critical(QStringLiteral("b(1)")));
        QVERIFY(!critical(QStringLiteral("b(0)")));
        // Outlined in the path's colour, d is not.
        const QImage image = view.viewport()->grab().toImage();
        const QRect a = view.barRect(view.rows().rowOf(QStringLiteral("a")));
        const QRect d = view.barRect(view.rows().rowOf(QStringLiteral("d")));
        const QRgb outline = TimelineView::criticalColour().rgb();
        const auto outlined = [&](const QRect &bar) {
            for (int y = bar.top() - 2; y <= bar.top(); ++y)
                if (pixel(image, QPoint(bar.center().x(), y)).rgb() == outline)
                    return true;
            return false;
        };
        QVERIFY(outlined(a));
        QVERIFY(!outlined(d));
    }

    void iterationsCollapseAndExpand()
    {
        TimelineView view;
        view.resize(900, 300);
        view.show();
        view.setRun(chainRun(), chainPipeline(), kT0.addSecs(250).toMSecsSinceEpoch());
        const int b = view.rows().rowOf(QStringLiteral("b"));
        QVERIFY(view.rows().rows()[b].hasChildren);
        // Click the arrow of b.
        const int y = TimelineView::kHeaderHeight + b * TimelineView::kRowHeight + TimelineView::kRowHeight / 2;
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(8, y));
        QCOMPARE(view.rows().rows().size(), 7);
        QCOMPARE(view.rows().rows()[b + 1].nodeId, QStringLiteral("b(0)"));
        QCOMPARE(view.rows().rows()[b + 1].depth, 1);
        // Left on the selected row collapses it again.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(120, y));
        QCOMPARE(view.selectedNode(), QStringLiteral("b"));
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.rows().rows().size(), 4);
        // Selecting an iteration from elsewhere expands what holds it.
        view.selectNode(QStringLiteral("b(2)"));
        QCOMPARE(view.rows().rows().size(), 7);
        QCOMPARE(view.selectedNode(), QStringLiteral("b(2)"));
    }

    void clickingABarSelectsItsTask()
    {
        TimelinePanel panel;
        panel.resize(900, 320);
        panel.show();
        panel.showRun(chainRun(), chainPipeline(), kT0.addSecs(250).toMSecsSinceEpoch());
        QSignalSpy selected(&panel, &TimelinePanel::nodeSelected);
        TimelineView *view = panel.view();
        const QRect d = view->barRect(view->rows().rowOf(QStringLiteral("d")));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, d.center());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("d"));
        // Down moves to the next row and says so.
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(selected.last().first().toString(), QStringLiteral("c"));
        // Selecting from another panel says nothing back.
        panel.selectNode(QStringLiteral("a"));
        QCOMPARE(selected.size(), 2);
        QCOMPARE(view->selectedNode(), QStringLiteral("a"));
    }

    void zoomKeepsThePointerAndPanMoves()
    {
        TimelineView view;
        view.resize(900, 300);
        view.show();
        view.setRun(chainRun(), chainPipeline(), kT0.addSecs(250).toMSecsSinceEpoch());
        const int x = 500;
        const double before = double(view.originMs()) + (x - TimelineView::kLabelWidth) * view.msPerPixel();
        const double scale = view.msPerPixel();
        QWheelEvent wheel(QPointF(x, 100), view.viewport()->mapToGlobal(QPointF(x, 100)), {}, QPoint(0, 240), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.msPerPixel() < scale / 1.4);
        const double after = double(view.originMs()) + (x - TimelineView::kLabelWidth) * view.msPerPixel();
        QVERIFY2(std::abs(after - before) < 2 * view.msPerPixel(), qPrintable(QString::number(after - before)));
        // Dragging right shows earlier times.
        const qint64 origin = view.originMs();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(600, 250));
        QMouseEvent move(QEvent::MouseMove, QPointF(700, 250), view.viewport()->mapToGlobal(QPointF(700, 250)), Qt::NoButton,
                         Qt::LeftButton, {});
        QCoreApplication::sendEvent(view.viewport(), &move);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(700, 250));
        QVERIFY(view.originMs() < origin);
        // 0 fits the whole run again.
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.msPerPixel(), scale);
    }

    void hoverTellsTimesAndUsage()
    {
        TimelineView view;
        view.resize(900, 300);
        view.show();
        view.setRun(chainRun(), chainPipeline(), kT0.addSecs(250).toMSecsSinceEpoch());
        const QRect a = view.barRect(view.rows().rowOf(QStringLiteral("a")));
        QHelpEvent help(QEvent::ToolTip, a.center(), view.viewport()->mapToGlobal(a.center()));
        QCoreApplication::sendEvent(view.viewport(), &help);
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QStringLiteral("Waited 20 s")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Ran 1 min 20 s")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("1.5 cores at peak")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("300 MiB at peak")), qPrintable(tip));
    }

    void emptyTimelineSaysWhy()
    {
        TimelinePanel panel;
        panel.resize(600, 200);
        panel.show();
        panel.clear();
        QCOMPARE(panel.view()->rows().rows().size(), 0);
        QVERIFY(!panel.view()->viewport()->grab().isNull());
    }

    void runGraphShowsResourcesOnRequest()
    {
        RunSnapshot run = chainRun();
        run.phase = RunPhase::Succeeded;
        // a asked for 4 cores and used 1.5 at peak: fine. d asked for 8 and used 1: waste.
        run.node(QStringLiteral("a"))->usage->requests.cpuCores = 4;
        UsageSummary d;
        d.samples = 10;
        d.peakCpuCores = 1;
        d.peakMemoryBytes = qint64(950) << 20;
        d.requests.cpuCores = 8;
        d.limits.memoryBytes = qint64(1) << 30;   // 950 of 1024 MiB: near its limit
        run.node(QStringLiteral("d"))->usage = d;
        PipelineBackend backend(chainPipeline());
        backend.put(run);
        RunGraphPanel panel;
        panel.resize(900, 600);
        panel.show();
        panel.setRun(&backend, run.id);
        QVERIFY(!panel.resourcesShown());
        QVERIFY(!panel.resourceOverlay() || !panel.resourceOverlay()->isVisible());
        QTest::mouseClick(panel.resourcesButton(), Qt::LeftButton);
        QVERIFY(panel.resourcesShown());
        ResourceOverlay *overlay = panel.resourceOverlay();
        QVERIFY(overlay && overlay->isVisible());
        QCOMPARE(overlay->entries().size(), 2); // the tasks with a usage record
        QMap<QString, ResourceOverlay::Entry> byTask;
        for (const ResourceOverlay::Entry &e : overlay->entries())
            byTask.insert(e.tip.section(u'\n', 0, 0), e);
        QVERIFY(byTask.value(QStringLiteral("a")).cpu.verdict == ResourceFit::Verdict::Fine);
        QVERIFY(byTask.value(QStringLiteral("d")).cpu.verdict == ResourceFit::Verdict::Waste);
        QVERIFY(byTask.value(QStringLiteral("d")).memory.verdict == ResourceFit::Verdict::Risk);
        QVERIFY(byTask.value(QStringLiteral("d")).tip.contains(QStringLiteral("requested 8")));
        // The bars sit under their task's box.
        const QRectF strip = ResourceOverlay::stripOf(byTask.value(QStringLiteral("d")).task);
        QVERIFY(panel.scene()->items(strip.center()).contains(overlay));
        QVERIFY(saveScreenshot(&panel, QStringLiteral("resource-overlay.png")));
        QTest::mouseClick(panel.resourcesButton(), Qt::LeftButton);
        QVERIFY(!overlay->isVisible());
    }

    void overlayColoursWasteAndRisk()
    {
        QGraphicsScene scene;
        auto *task = scene.addRect(QRectF(0, 0, 200, 60));
        task->setFlag(QGraphicsItem::ItemIsSelectable);
        auto *overlay = new ResourceOverlay;
        scene.addItem(overlay);
        // CPU: asked 4 cores, used 0.5 at peak (waste). Memory: limited to 1 GiB, peaked at 0.95 (risk).
        ResourceOverlay::Entry e;
        e.task = QRectF(0, 0, 200, 60);
        e.cpu = ResourceFit::of(0.5, 4.0, std::nullopt);
        e.memory = ResourceFit::of(0.95 * (1 << 30), std::nullopt, double(1 << 30));
        e.tip = QStringLiteral("train");
        overlay->setEntries({e});
        QCOMPARE(e.cpu.verdict, ResourceFit::Verdict::Waste);
        QCOMPARE(e.memory.verdict, ResourceFit::Verdict::Risk);
        QImage image(220, 100, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            scene.render(&p, QRectF(0, 0, 220, 100), QRectF(0, 0, 220, 100));
        }
        const QRectF strip = ResourceOverlay::stripOf(e.task);
        const int cpuY = int(strip.top() + 5);
        const int memoryY = int(strip.top() + 14);
        const int left = int(strip.left() + 30);
        QCOMPARE(image.pixelColor(left, cpuY).rgb(), ResourceOverlay::colourOf(ResourceFit::Verdict::Waste).rgb());
        QCOMPARE(image.pixelColor(left, memoryY).rgb(), ResourceOverlay::colourOf(ResourceFit::Verdict::Risk).rgb());
        // The CPU bar is filled to an eighth of its request, the rest is its empty track.
        QVERIFY(image.pixelColor(int(strip.right() - 10), cpuY).rgb() != ResourceOverlay::colourOf(ResourceFit::Verdict::Waste).rgb());
        // Clicks on the task go to the task; only the strip is the overlay's.
        QVERIFY(!scene.items(QPointF(100, 30)).contains(overlay));
        QVERIFY(scene.items(strip.center()).contains(overlay));
        QCOMPARE(ResourceFit::of(1.0, 1.0, 4.0).verdict, ResourceFit::Verdict::Fine);
        QCOMPARE(ResourceFit::of(0.2, std::nullopt, std::nullopt).verdict, ResourceFit::Verdict::Fine);
    }
};

PS_TEST(TimelineTest)
#include "tst_timeline.moc"
