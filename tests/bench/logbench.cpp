// The log store and panel on a generated 10-million-line (about 1 GB) log. Each line:
// {"bench","metric","value","unit","baseline","ratio"}. Baselines are measured in the same
// run: GNU `wc -l` on the same file for indexing; the 50 ms budget for the GUI stall.
// Usage: pstudio-log-bench [--busy] [lines] [directory]   (the generated file is deleted at the end)
// --busy keeps every core busy with spinning threads while indexing is measured (both ours
// and wc's), to see the ratio on a loaded machine too; CPU seconds are printed beside wall time.
#include "logsearch.h"
#include "logspanel.h"
#include "logstore.h"
#include "logview.h"
#include "runbackend.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

void report(const char *metric, double value, const char *unit, double baseline)
{
    const QJsonObject o{{QStringLiteral("bench"), QStringLiteral("log")}, {QStringLiteral("metric"), QLatin1String(metric)},
                        {QStringLiteral("value"), value}, {QStringLiteral("unit"), QLatin1String(unit)},
                        {QStringLiteral("baseline"), baseline}, {QStringLiteral("ratio"), baseline > 0 ? value / baseline : 0}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong() * 1024;
    return 0;
}

const char *const kWords[] = {"loading", "batch", "epoch", "loss=0.0312", "accuracy=0.98", "worker", "shard", "tensor", "step",
                              "checkpoint", "gradient", "optimizer", "dataset", "cache", "prefetch", "queue"};

// A record line of about 100 bytes; one line near the end holds the needle.
void appendLine(QByteArray &out, qint64 i, qint64 needle)
{
    const qint64 ms = i / 10; // ten lines a millisecond from 2026-01-02T00:00:00Z
    char time[40];
    std::snprintf(time, sizeof time, "2026-01-02T%02d:%02d:%02d.%03dZ", int(ms / 3600000 % 24), int(ms / 60000 % 60),
                  int(ms / 1000 % 60), int(ms % 1000));
    out += time;
    out += i % 50 == 0 ? "\tstderr\t" : "\tstdout\t";
    out += "INFO worker-";
    out += QByteArray::number(i % 16);
    for (int w = 0; w < 6; ++w) {
        out += ' ';
        out += kWords[(i * 7 + w * 3) % 16];
    }
    out += i == needle ? " needle-4242 reached" : " id=";
    out += QByteArray::number(i);
    out += '\n';
}

void generate(const QString &path, qint64 lines, qint64 needle)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray block;
    for (qint64 i = 0; i < lines; ++i) {
        appendLine(block, i, needle);
        if (block.size() > (8 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
}

double cpuSeconds(int who)
{
    rusage r{};
    getrusage(who, &r);
    return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

struct Timing {
    double wall = 0;
    double cpu = 0;
};

Timing wcSeconds(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds(RUSAGE_CHILDREN);
    QProcess wc;
    wc.start(QStringLiteral("wc"), {QStringLiteral("-l"), path});
    wc.waitForFinished(-1);
    return {double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpu};
}

// Threads that spin on every core while `busy` holds, as other programs would.
class Load
{
public:
    explicit Load(bool on)
    {
        for (unsigned i = 0; on && i < std::max(1u, std::thread::hardware_concurrency()); ++i)
            m_threads.emplace_back([this] {
                volatile std::uint64_t x = 0;
                while (m_on)
                    x = x + 1;
            });
    }
    ~Load()
    {
        m_on = false;
        for (std::thread &t : m_threads)
            t.join();
    }

private:
    std::atomic_bool m_on = true;
    std::vector<std::thread> m_threads;
};

// A backend with one running task whose log is a file of ours, as the local engine has.
class FileBackend : public ps::RunBackend
{
public:
    explicit FileBackend(QString path) : m_path(std::move(path)) {}
    QString name() const override { return QStringLiteral("bench"); }
    ps::BackendResult<QString> submit(const ps::Pipeline &, const ps::RunRequest &) override { return {}; }
    QList<ps::RunSnapshot> listRuns() const override { return {}; }
    std::optional<ps::RunSnapshot> snapshot(const QString &) const override
    {
        ps::RunSnapshot s;
        s.id = QStringLiteral("run");
        s.phase = ps::RunPhase::Running;
        ps::RunNode node;
        node.id = QStringLiteral("stream");
        node.phase = ps::TaskPhase::Running;
        s.nodes.append(node);
        return s;
    }
    ps::BackendResult<bool> cancel(const QString &) override { return {}; }
    ps::BackendResult<bool> retry(const QString &) override { return {}; }
    ps::BackendResult<QString> resubmit(const QString &, const QMap<QString, QString> &) override { return {}; }
    ps::BackendResult<bool> removeRun(const QString &) override { return {}; }
    ps::LogStream *openLogStream(const QString &, const QString &, QObject *) override { return nullptr; }
    QString recordedLogPath(const QString &, const QString &) const override { return m_path; }
    QList<ps::ArtifactInfo> artifacts(const QString &, const QString &) const override { return {}; }
    int fetchArtifact(const QString &, const ps::ArtifactInfo &, const QString &) override { return 0; }
    QString metricMatchers(const QString &, const QString &) const override { return {}; }

private:
    QString m_path;
};

// The longest gap between ticks of a 1 ms timer while `busy` is true, in ms.
double longestStall(const std::function<bool()> &busy)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 longest = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    while (busy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(longest) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool busy = args.removeAll(QStringLiteral("--busy")) > 0;
    const qint64 lines = !args.isEmpty() ? args[0].toLongLong() : 10'000'000;
    QTemporaryDir dir(args.size() > 1 ? args[1] + QStringLiteral("/pstudio-log-bench-XXXXXX") : QString());
    const QString path = dir.filePath(QStringLiteral("big.log"));
    const qint64 needle = lines - lines / 200; // 99.5 % of the way down
    generate(path, lines, needle);
    const double bytes = double(QFileInfo(path).size());

    // Indexing against wc -l, both on a warm page cache, median of five; with --busy while
    // every core is kept busy.
    wcSeconds(path);
    std::vector<Timing> wc;
    std::vector<Timing> ours;
    const qint64 rssBefore = residentBytes();
    auto store = std::make_unique<ps::LogStore>();
    {
        const Load load(busy);
        for (int round = 0; round < 5; ++round) {
            wc.push_back(wcSeconds(path));
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuSeconds(RUSAGE_SELF);
            store->open(path);
            while (store->isIndexing() || store->lineCount() < lines)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            // (with --busy the spinning threads count too: the CPU figure is for idle runs)
            ours.push_back({double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_SELF) - cpu});
        }
    }
    const auto median = [](std::vector<Timing> t, double Timing::*field) {
        std::sort(t.begin(), t.end(), [field](const Timing &a, const Timing &b) { return a.*field < b.*field; });
        return t[t.size() / 2].*field;
    };
    const char *linesMetric = busy ? "index-lines-per-second-busy" : "index-lines-per-second";
    report(linesMetric, double(lines) / median(ours, &Timing::wall), "lines/s", double(lines) / median(wc, &Timing::wall));
    report(busy ? "index-seconds-busy" : "index-seconds", median(ours, &Timing::wall), "s", median(wc, &Timing::wall));
    if (!busy)
        report("index-cpu-seconds", median(ours, &Timing::cpu), "s", median(wc, &Timing::cpu));
    const double wcWall = median(wc, &Timing::wall);

    // Memory held: index, plus a full cache of decoded lines from reading all over the log.
    for (qint64 i = 0; i < 200000; ++i)
        store->line((i * 7919) % lines);
    const qint64 rssAfter = residentBytes();
    report("memory-per-byte-of-log", double(rssAfter - rssBefore) / bytes, "bytes/byte", 0.15);
    report("store-accounted-per-byte-of-log", double(store->memoryBytes()) / bytes, "bytes/byte", 0.15);

    // Jump to the first match of a regular expression near the end: from the following view
    // (searching backwards from the end), and from the top (through 99.5 % of the log).
    {
        ps::LogSearch search(store.get());
        for (const auto direction : {ps::LogSearch::Direction::Backward, ps::LogSearch::Direction::Forward}) {
            qint64 found = -1;
            QObject::connect(&search, &ps::LogSearch::firstMatchFound, &search, [&](qint64 line) { found = line; });
            QElapsedTimer timer;
            timer.start();
            const bool backward = direction == ps::LogSearch::Direction::Backward;
            search.setQuery({QStringLiteral("needle-\\d+ reached"), true, false}, backward ? lines - 1 : 0, direction);
            while (found < 0 && search.isSearching())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const double firstMs = double(timer.nsecsElapsed()) / 1e6;
            while (search.isSearching())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const double allMs = double(timer.nsecsElapsed()) / 1e6;
            if (found != needle)
                std::fprintf(stderr, "search found line %lld, expected %lld\n", found, needle);
            report(backward ? "jump-to-regex-match-near-end-from-following-view" : "jump-to-regex-match-near-end-from-top", firstMs,
                   "ms", wcWall * 1000);
            report(backward ? "regex-count-whole-log" : "regex-count-whole-log-from-top", allMs, "ms", wcWall * 1000);
            QObject::disconnect(&search, &ps::LogSearch::firstMatchFound, nullptr, nullptr);
        }
    }
    store.reset();

    // The panel following the log while 100,000 lines a second are appended to it.
    {
        FileBackend backend(path);
        ps::LogsPanel panel;
        panel.resize(1200, 700);
        panel.show();
        panel.setRun(&backend, QStringLiteral("run"));
        panel.setTask(QStringLiteral("stream"));
        const double openStall = longestStall([&] { return panel.store()->lineCount() < lines; });
        report("gui-stall-while-opening-following-view", openStall, "ms", 50);
        std::atomic_bool writing = true;
        std::atomic<qint64> written = 0;
        std::thread writer([&] {
            QFile file(path);
            if (!file.open(QIODevice::Append))
                return;
            QElapsedTimer clock;
            clock.start();
            qint64 i = lines;
            while (clock.elapsed() < 5000) {
                const qint64 due = lines + clock.elapsed() * 100; // 100 lines a ms
                QByteArray block;
                for (; i < due; ++i)
                    appendLine(block, i, -1);
                file.write(block);
                file.flush();
                written = i - lines;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            writing = false;
        });
        const double stall = longestStall([&] { return writing.load(); });
        writer.join();
        while (panel.store()->lineCount() < lines + written)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const bool followed = panel.view()->isFollowing();
        report("gui-stall-while-streaming-100k-lines-per-second", stall, "ms", 50);
        report("streamed-lines-per-second", double(written) / 5.0, "lines/s", 100000);
        if (!followed)
            std::fprintf(stderr, "the view stopped following\n");
    }
    QFile::remove(path);
    return 0;
}
