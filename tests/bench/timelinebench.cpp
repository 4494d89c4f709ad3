// The Timeline and the live run graph with a 5,000-task run while 1,000 task states change a
// second: frame times (ms) of a state update with its repaint, and of a repaint alone, over
// five seconds of 60 frames a second. Baseline: the 16 ms a frame may take at 60 frames a
// second. Each line: {"bench","metric","value","unit","baseline","ratio"}.
// Usage: pstudio-timeline-bench [tasks]
#include "../client/fakerunbackend.h"
#include "benchpipelines.h"
#include "benchreport.h"
#include "pipelineview.h"
#include "rungraphpanel.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

void report(const QString &metric, double value, const char *unit, double baseline)
{
    psbench::report(QStringLiteral("timeline"), metric, value, unit, baseline);
}

void reportFrames(const QString &what, std::vector<double> frames)
{
    std::sort(frames.begin(), frames.end());
    report(what + QStringLiteral("-median"), frames[frames.size() / 2], "ms", 16);
    report(what + QStringLiteral("-p95"), frames[frames.size() * 95 / 100], "ms", 16);
    report(what + QStringLiteral("-max"), frames.back(), "ms", 16);
}

// A backend that knows the run's pipeline, as the local engine does.
class Backend : public pstest::FakeRunBackend
{
public:
    explicit Backend(ps::Pipeline pipeline) : FakeRunBackend(QStringLiteral("bench")), m_pipeline(std::move(pipeline)) {}
    std::optional<ps::Pipeline> pipelineOf(const QString &) const override { return m_pipeline; }

private:
    ps::Pipeline m_pipeline;
};

// A run moving on: each change starts a waiting task or ends a running one, in order, with
// about a hundred tasks running at a time.
class LiveRun
{
public:
    LiveRun(const ps::Pipeline &pipeline, const QDateTime &start)
    {
        m_run.id = QStringLiteral("bench-run");
        m_run.phase = ps::RunPhase::Running;
        m_run.startedAt = start;
        for (const ps::Task &t : pipeline.root.tasks()) {
            ps::RunNode n;
            n.id = n.name = n.displayName = t.name;
            n.component = t.component;
            n.phase = ps::TaskPhase::Pending;
            n.pendingSince = start;
            m_run.nodes.append(n);
        }
    }
    void change(const QDateTime &now)
    {
        if (m_started - m_finished < 100 && m_started < m_run.nodes.size()) {
            ps::RunNode &n = m_run.nodes[m_started++];
            n.phase = ps::TaskPhase::Running;
            n.startedAt = now;
        } else if (m_finished < m_started) {
            ps::RunNode &n = m_run.nodes[m_finished++];
            n.phase = m_finished % 97 == 0 ? ps::TaskPhase::Failed : ps::TaskPhase::Succeeded;
            n.finishedAt = now;
        }
    }
    const ps::RunSnapshot &run() const { return m_run; }

private:
    ps::RunSnapshot m_run;
    qsizetype m_started = 0;
    qsizetype m_finished = 0;
};

// Five seconds at 60 frames a second, 1,000 changes a second spread over the frames; the
// frame's work is timed. Between frames the thread sleeps, so timers (the run graph's
// coalescing) fire inside a timed frame, as they would in the application.
void runFrames(LiveRun &live, const QDateTime &start, const std::function<void(const QDateTime &)> &update,
               const std::function<void()> &paint, std::vector<double> &updateFrames, std::vector<double> &paintFrames)
{
    int changes = 0;
    QElapsedTimer clock;
    clock.start();
    for (int frame = 0; frame < 300; ++frame) {
        const qint64 due = qint64(frame) * 1000 / 60;
        if (clock.elapsed() < due)
            QThread::msleep(unsigned(due - clock.elapsed()));
        const QDateTime now = start.addMSecs(qint64(frame) * 1000 / 60);
        const int dueChanges = (frame + 1) * 1000 / 60;
        for (; changes < dueChanges; ++changes)
            live.change(now);
        QElapsedTimer timer;
        timer.start();
        update(now);
        paint();
        updateFrames.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        paint();
        paintFrames.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tasks = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 5000;
    const ps::Pipeline pipeline = psbench::layeredDag(tasks);
    const QDateTime start = QDateTime::currentDateTimeUtc();

    {
        LiveRun live(pipeline, start);
        ps::TimelinePanel panel;
        panel.resize(1400, 800);
        panel.show();
        panel.showRun(live.run(), pipeline, start.toMSecsSinceEpoch());
        QCoreApplication::processEvents(); // shown on the screen: a repaint paints
        std::vector<double> updates;
        std::vector<double> paints;
        runFrames(
            live, start, [&](const QDateTime &now) { panel.showRun(live.run(), pipeline, now.toMSecsSinceEpoch()); },
            [&] { panel.view()->viewport()->repaint(); }, updates, paints);
        reportFrames(QStringLiteral("timeline-update-frame-%1-tasks").arg(tasks), updates);
        reportFrames(QStringLiteral("timeline-paint-frame-%1-tasks").arg(tasks), paints);
    }
    {
        LiveRun live(pipeline, start);
        Backend backend(pipeline);
        backend.put(live.run());
        ps::RunGraphPanel graph;
        graph.resize(1400, 800);
        graph.show();
        graph.setRun(&backend, live.run().id);
        QCoreApplication::processEvents();
        std::vector<double> updates;
        std::vector<double> paints;
        // The backend says every change; the panel repaints its states every 100 ms.
        runFrames(
            live, start,
            [&](const QDateTime &) {
                backend.put(live.run());
                QCoreApplication::processEvents();
            },
            [&] { graph.view()->viewport()->repaint(); }, updates, paints);
        reportFrames(QStringLiteral("run-graph-update-frame-%1-tasks").arg(tasks), updates);
        reportFrames(QStringLiteral("run-graph-paint-frame-%1-tasks").arg(tasks), paints);
    }
    return 0;
}
