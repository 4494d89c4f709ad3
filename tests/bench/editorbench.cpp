// Editor benchmarks: open + first paint, frame time while panning and zooming, resident
// memory, and auto-layout, on generated layered DAGs. Each size runs in its own process so
// memory is measured cleanly; the 20-task pipeline is the baseline of every ratio.
// Prints one JSON object per line: {"bench","metric","value","unit","baseline","ratio"}.
#include "filecheck.h"
#include "graphlayout.h"
#include "mainwindow.h"
#include "nativewriter.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "pipelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <malloc.h>

namespace {

// Layers of about sqrt(n) tasks; every task past the first layer reads two outputs of the
// layer before it, so there are about two edges per task.
ps::Pipeline layeredDag(int n)
{
    ps::Pipeline p;
    p.name = QStringLiteral("bench");
    ps::ComponentSpec c;
    c.key = QStringLiteral("step");
    c.name = QStringLiteral("Step");
    const ps::TypeSpec text(ps::TypeSpec::Kind::String);
    c.inputs = {{QStringLiteral("a"), text, false, true}, {QStringLiteral("b"), text, false, true}};
    c.outputs = {{QStringLiteral("out"), text}};
    c.implementation.image = QStringLiteral("busybox");
    p.components.insert(c.key, c);
    const int width = std::max(1, int(std::sqrt(double(n))));
    QRandomGenerator random(42);
    std::vector<ps::TaskId> previous, current;
    for (int i = 0; i < n; ++i) {
        const int layer = i / width;
        const int row = i % width;
        if (row == 0) {
            previous = current;
            current.clear();
        }
        ps::Task t;
        t.name = QStringLiteral("task-%1").arg(i);
        t.component = c.key;
        t.position = QPointF(layer * 300.0, row * 120.0);
        if (!previous.empty()) {
            for (const char *input : {"a", "b"}) {
                const ps::TaskId from = previous[random.bounded(int(previous.size()))];
                t.inputs.insert(QString::fromLatin1(input), ps::Binding::taskOutput(from, QStringLiteral("out")));
            }
        }
        current.push_back(p.root.addTask(t));
    }
    return p;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Heap in use, apart from code, mapped files and memory the allocator holds but is not using.
double heapMb()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

// Heap the allocator holds (in use or free) in its arenas.
double arenaMb()
{
    return double(mallinfo2().arena) / (1024.0 * 1024.0);
}

template <typename F>
double averageMs(int frames, F &&frame)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i)
        frame(i);
    return double(timer.nsecsElapsed()) / 1e6 / frames;
}

// One size, in this process.
QJsonObject measure(int n)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pstudio.yaml"));
    {
        // The generated pipeline is gone before measuring: only what the application holds counts.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(ps::NativeWriter::write(layeredDag(n)));
    }
    QJsonObject result;
    QElapsedTimer timer;
    timer.start();
    ps::MainWindow window;
    window.resize(1400, 900);
    const double created = double(timer.nsecsElapsed()) / 1e6;
    const double rssWindow = residentMb();
    const double heapWindow = heapMb();
    window.openFile(path);
    const double opened = double(timer.nsecsElapsed()) / 1e6;
    const double rssOpened = residentMb();
    const double heapOpened = heapMb();
    const double arenaOpened = arenaMb();
    window.show();
    QApplication::processEvents();
    const double shown = double(timer.nsecsElapsed()) / 1e6;
    window.view()->viewport()->repaint();  // the first paint, synchronously, whole graph in view
    result.insert(QStringLiteral("open"), double(timer.nsecsElapsed()) / 1e6);
    // Where the time goes, for the notes: window, read + scene, show, first paint.
    result.insert(QStringLiteral("steps"), QStringLiteral("window %1 ms, read+scene %2 ms, show %3 ms, paint %4 ms")
                                               .arg(created, 0, 'f', 0).arg(opened - created, 0, 'f', 0)
                                               .arg(shown - opened, 0, 'f', 0).arg(result[u"open"].toDouble() - shown, 0, 'f', 0));
    result.insert(QStringLiteral("rss"), residentMb());
    result.insert(QStringLiteral("rssSteps"), QStringLiteral("window %1 MB, opened %2 MB, painted %3 MB")
                                                  .arg(rssWindow, 0, 'f', 1).arg(rssOpened, 0, 'f', 1).arg(result[u"rss"].toDouble(), 0, 'f', 1));
    result.insert(QStringLiteral("heapSteps"), QStringLiteral("in use: window %1 MB, opened %2 MB, painted %3 MB; arenas: opened %4 MB, painted %5 MB")
                                                   .arg(heapWindow, 0, 'f', 1).arg(heapOpened, 0, 'f', 1).arg(heapMb(), 0, 'f', 1)
                                                   .arg(arenaOpened, 0, 'f', 1).arg(arenaMb(), 0, 'f', 1));

    ps::PipelineView *view = window.view();
    QWidget *viewport = view->viewport();
    view->setZoom(1.0);
    viewport->repaint();
    result.insert(QStringLiteral("pan"), averageMs(120, [&](int i) {
        QScrollBar *bar = (i / 30) % 2 ? view->verticalScrollBar() : view->horizontalScrollBar();
        bar->setValue(bar->value() + ((i / 60) % 2 ? -40 : 40));
        viewport->repaint();
    }));
    result.insert(QStringLiteral("zoom"), averageMs(60, [&](int i) {
        view->zoomBy(i % 20 < 10 ? 0.85 : 1.0 / 0.85);
        viewport->repaint();
    }));
    view->fitToView();
    result.insert(QStringLiteral("panOverview"), averageMs(60, [&](int i) {
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + (i % 2 ? -30 : 30));
        viewport->repaint();
    }));
    // Graphviz dot grows faster than linearly: past 5,000 tasks it is not measured (-1).
    if (n <= 5000) {
        const ps::GraphLayout::Input input = ps::GraphLayout::inputFor(window.document()->pipeline(), QString());
        timer.restart();
        const ps::GraphLayout::Result layout = ps::GraphLayout::run(input);
        result.insert(QStringLiteral("layout"), layout.error.isEmpty() ? double(timer.nsecsElapsed()) / 1e6 : -1.0);
    } else {
        result.insert(QStringLiteral("layout"), -1.0);
    }
    // Reading alone, last, so its temporaries do not count in the memory measured above.
    timer.restart();
    { const ps::FileCheck check = ps::FileCheck::run(path); }
    result.insert(QStringLiteral("readOnly"), double(timer.nsecsElapsed()) / 1e6);
    window.document()->reset(ps::Pipeline());
    return result;
}

void report(const QString &bench, const char *metric, double value, const char *unit, double baseline)
{
    const QJsonObject o{{QStringLiteral("bench"), bench}, {QStringLiteral("metric"), QLatin1String(metric)},
                        {QStringLiteral("value"), value}, {QStringLiteral("unit"), QLatin1String(unit)},
                        {QStringLiteral("baseline"), baseline}, {QStringLiteral("ratio"), baseline > 0 ? value / baseline : 0}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QJsonObject inChild(int n)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--tasks"), QString::number(n)});
    child.waitForFinished(600000);
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PipelineStudioBench"));
    const QStringList args = QApplication::arguments();
    if (args.size() == 3 && args.at(1) == u"--tasks") {
        std::printf("%s\n", QJsonDocument(measure(args.at(2).toInt())).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    const QJsonObject base = inChild(20);
    // 50,000: KFP ParallelFor runs reach such sizes (budget: open in 2 s, 250 MB).
    for (int n : {2000, 5000, 50000}) {
        const QJsonObject r = inChild(n);
        const QString bench = QStringLiteral("editor-%1-tasks").arg(n);
        report(bench, "open-and-first-paint", r[u"open"].toDouble(), "ms", base[u"open"].toDouble());
        report(bench, "frame-pan-at-100%", r[u"pan"].toDouble(), "ms", base[u"pan"].toDouble());
        report(bench, "frame-zoom", r[u"zoom"].toDouble(), "ms", base[u"zoom"].toDouble());
        report(bench, "frame-pan-whole-graph", r[u"panOverview"].toDouble(), "ms", base[u"panOverview"].toDouble());
        report(bench, "resident-memory", r[u"rss"].toDouble(), "MB", base[u"rss"].toDouble());
        if (r[u"layout"].toDouble() >= 0)
            report(bench, "auto-layout", r[u"layout"].toDouble(), "ms", base[u"layout"].toDouble());
    }
    return 0;
}
