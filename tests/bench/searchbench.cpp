// Search across the recorded logs of 100 runs, about 1 GB in all (5 tasks a run, record
// format), after indexing them (CrossRunLogSearch). Each line:
// {"bench","metric","value","unit","baseline","ratio"}; the baseline of a query is
// `grep -r -E` (-F for plain text, -i where the query ignores case) over the same files, output discarded.
// Usage: pstudio-search-bench [runs] [megabytes] [directory]   (the files are deleted at the end)
#include "benchreport.h"
#include "benchtiming.h"
#include "crossrunlogsearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

void report(const QString &metric, double value, const char *unit, double baseline)
{
    psbench::report(QStringLiteral("search"), metric, value, unit, baseline);
}

const char *const kWords[] = {"loading", "batch", "epoch", "loss=0.0312", "accuracy=0.98", "worker", "shard", "tensor",
                              "step", "checkpoint", "gradient", "optimizer", "dataset", "cache", "prefetch", "queue",
                              "Warning", "retrying", "connection", "model"};

// One task's log of about `bytes`; in run 37's train task (and nowhere else) two lines say
// the GPU ran out of memory.
void writeLog(const QString &path, qint64 bytes, int run, int task)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray block;
    qint64 written = 0;
    for (qint64 i = 0; written + block.size() < bytes; ++i) {
        const qint64 ms = i * 7;
        char time[40];
        std::snprintf(time, sizeof time, "2026-02-%02dT%02d:%02d:%02d.%03dZ", 1 + run % 28, int(ms / 3600000 % 24),
                      int(ms / 60000 % 60), int(ms / 1000 % 60), int(ms % 1000));
        block += time;
        block += i % 40 == 0 ? "\tstderr\t" : "\tstdout\t";
        block += "INFO rank-";
        block += QByteArray::number((i + task) % 8);
        for (int w = 0; w < 7; ++w) {
            block += ' ';
            block += kWords[(i * 13 + w * 7 + run) % 20];
        }
        if (run == 37 && task == 2 && (i == 1000 || i == 15000))
            block += " RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB";
        block += " id=";
        block += QByteArray::number(i);
        block += '\n';
        if (block.size() > (4 << 20)) {
            file.write(block);
            written += block.size();
            block.clear();
        }
    }
    file.write(block);
}

double grepMs(const QString &dir, const QString &pattern, bool ignoreCase, bool fixed = false)
{
    QElapsedTimer timer;
    timer.start();
    QProcess grep;
    grep.setStandardOutputFile(QProcess::nullDevice());
    QStringList args{QStringLiteral("-r"), fixed ? QStringLiteral("-F") : QStringLiteral("-E")};
    if (ignoreCase)
        args << QStringLiteral("-i");
    grep.start(QStringLiteral("grep"), args << QStringLiteral("-e") << pattern << dir);
    grep.waitForFinished(-1);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 100;
    const qint64 totalBytes = (argc > 2 ? QByteArray(argv[2]).toLongLong() : 1024) << 20;
    QTemporaryDir dir(argc > 3 ? QString::fromLocal8Bit(argv[3]) + QStringLiteral("/pstudio-search-bench-XXXXXX") : QString());
    const QString logs = dir.filePath(QStringLiteral("logs"));
    const QString index = dir.filePath(QStringLiteral("index"));
    const char *const tasks[] = {"load", "prepare", "train", "evaluate", "report"};
    // Tasks differ in size as they do in life: training writes the most.
    const double shares[] = {0.05, 0.15, 0.5, 0.2, 0.1};
    QList<ps::LogSource> sources;
    for (int r = 0; r < runs; ++r) {
        const QString runId = QStringLiteral("run-%1").arg(r, 3, 10, QLatin1Char('0'));
        QDir().mkpath(logs + u'/' + runId);
        for (int t = 0; t < 5; ++t) {
            const QString path = logs + u'/' + runId + u'/' + QLatin1String(tasks[t]) + QStringLiteral(".log");
            writeLog(path, qint64(double(totalBytes) / runs * shares[t]), r, t);
            sources.append({runId, QLatin1String(tasks[t]), path});
        }
    }
    qint64 bytes = 0;
    for (const ps::LogSource &s : sources)
        bytes += QFileInfo(s.path).size();
    report(QStringLiteral("logs-bytes"), double(bytes), "bytes", 0);

    // Indexing, once (what the application does as logs are recorded), against reading them.
    QElapsedTimer timer;
    timer.start();
    const QStringList errors = ps::CrossRunLogSearch::index(sources, index);
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;
    qint64 indexBytes = 0;
    for (const QFileInfo &f : QDir(index).entryInfoList(QDir::Files))
        indexBytes += f.size();
    report(QStringLiteral("index-ms"), indexMs, "ms", grepMs(logs, QStringLiteral("zzzzqqqq"), false));
    report(QStringLiteral("index-bytes-per-log-byte"), double(indexBytes) / double(bytes), "bytes/byte", 0);
    if (!errors.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(errors.join(u'\n')));

    struct Query {
        const char *name;
        ps::LogQuery query;
        int expected; // -1: not checked
    };
    const Query queries[] = {
        {"rare-regex", {QStringLiteral("out of memory\\. Tried to allocate [0-9.]+ GiB"), true, true}, 2},
        {"rare-text-any-case", {QStringLiteral("cuda out of memory"), false, false}, 2},
        {"alternatives", {QStringLiteral("CUDA out of memory|segmentation fault"), true, true}, 2},
        {"absent", {QStringLiteral("Traceback \\(most recent call last\\)"), true, true}, 0},
        // A word is followed by the one seven places on in kWords: "checkpoint" by "Warning".
        {"common-words-first-1000", {QStringLiteral("checkpoint warning"), false, false}, 1000},
        // In every chunk: the index rules nothing out.
        {"everywhere-regex-first-1000", {QStringLiteral("id=\\d{4}$"), true, true}, 1000},
    };
    for (const Query &q : queries) {
        ps::CrossRunLogSearch::Result result;
        const double ms = medianMs([&] { result = ps::CrossRunLogSearch::search(sources, q.query, index, 1000); });
        report(QStringLiteral("search-%1").arg(QLatin1String(q.name)), ms, "ms",
               grepMs(logs, q.query.text, !q.query.caseSensitive, !q.query.regex));
        report(QStringLiteral("search-%1-bytes-read").arg(QLatin1String(q.name)), double(result.bytesRead), "bytes", double(bytes));
        if (q.expected >= 0 && result.hits.size() != q.expected)
            std::fprintf(stderr, "%s: %lld hits, expected %d\n", q.name, qint64(result.hits.size()), q.expected);
    }
    return 0;
}
