#include "runcommand.h"

#include "filecheck.h"
#include "localbackend.h"
#include "localprometheus.h"
#include "logstream.h"
#include "metricstargetfile.h"
#include "runsnapshot.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends pstudio at once
}

struct Options {
    QString file;
    QMap<QString, QString> parameters;
    QString workdir;
    int metricsPort = -1;
    bool noCache = false;
    bool yes = false;
    bool json = false;
    QString error;
};

Options parse(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                o.error = Tr::tr("%1 needs a value").arg(a);
                return {};
            }
            return args[++i];
        };
        if (a == u"--param" || a == u"-p") {
            const QString kv = value();
            const qsizetype eq = kv.indexOf(u'=');
            if (eq <= 0)
                o.error = Tr::tr("--param takes NAME=VALUE, not '%1'").arg(kv);
            o.parameters.insert(kv.left(eq), kv.mid(eq + 1));
        } else if (a == u"--workdir") {
            o.workdir = value();
        } else if (a == u"--metrics-port") {
            bool ok = false;
            o.metricsPort = value().toInt(&ok);
            if (!ok || o.metricsPort < 0 || o.metricsPort > 65535)
                o.error = Tr::tr("--metrics-port takes a port number");
        } else if (a == u"--no-cache") {
            o.noCache = true;
        } else if (a == u"--yes" || a == u"-y") {
            o.yes = true;
        } else if (a == u"--json") {
            o.json = true;
        } else if (a.startsWith(u'-') || !o.file.isEmpty()) {
            o.error = Tr::tr("unexpected argument '%1'").arg(a);
        } else {
            o.file = a;
        }
    }
    if (o.file.isEmpty() && o.error.isEmpty())
        o.error = Tr::tr("usage: pstudio run FILE [--param NAME=VALUE]... [--workdir DIR] [--metrics-port PORT] [--no-cache] [--yes] [--json]");
    return o;
}

bool confirm(const Pipeline &pipeline, QTextStream &err)
{
    err << Tr::tr("This pipeline has never been run on this machine. It will run:") << Qt::endl;
    for (const QString &c : TrustStore::commandsOf(pipeline))
        err << "  " << c << Qt::endl;
    err << Tr::tr("Run it? [y/N] ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

} // namespace

int RunCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    const Options o = parse(args);
    if (!o.error.isEmpty()) {
        err << o.error << Qt::endl;
        return 2;
    }
    const FileCheck check = FileCheck::run(o.file);
    for (const Diagnostic &d : check.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            err << d.toString(o.file) << Qt::endl;
    if (check.exitCode != FileCheck::Valid)
        return 2;
    const Pipeline pipeline = check.file.asPipeline();

    LocalBackend::Settings settings;
    settings.dataDir = o.workdir;
    LocalBackend backend(settings);
    // Progress goes to stderr with --json, so that stdout holds only the JSON object.
    QTextStream progress(o.json ? stderr : stdout);
    QObject::connect(&backend, &LocalBackend::notice, &backend, [&](const QString &text) { err << text << Qt::endl; });
    if (!backend.trustStore().isTrusted(pipeline)) {
        if (!o.yes && !confirm(pipeline, err)) {
            err << Tr::tr("not run: not confirmed (pass --yes to run without asking)") << Qt::endl;
            return 2;
        }
        backend.trustStore().trust(pipeline);
    }
    MetricsTargetFile target;
    if (o.metricsPort >= 0) {
        if (const QString e = backend.serveMetrics(quint16(o.metricsPort)); !e.isEmpty()) {
            err << e << Qt::endl;
            return 2;
        }
        err << Tr::tr("metrics at http://127.0.0.1:%1/metrics").arg(backend.metricsPort()) << Qt::endl;
        // As in the application: listed where the user-level Prometheus discovers what to
        // scrape (its file_sd_configs folder), until the run ends and `target` goes.
        const QString published =
            target.publish(LocalPrometheus::targetsDirectory(LocalPrometheus::defaultHome()), backend.metricsPort());
        if (!published.isEmpty())
            err << published << Qt::endl;
    }
    RunRequest request;
    request.parameters = o.parameters;
    request.cachingEnabled = !o.noCache;
    request.sourcePath = o.file;
    const BackendResult<QString> submitted = backend.submit(pipeline, request);
    if (!submitted.ok()) {
        err << submitted.error << Qt::endl;
        return 2;
    }
    const QString runId = submitted.value;
    QEventLoop loop;
    QHash<QString, TaskPhase> seen;
    QObject::connect(&backend, &RunBackend::runChanged, &loop, [&](const QString &id) {
        const std::optional<RunSnapshot> s = backend.snapshot(id);
        if (!s)
            return;
        for (const RunNode &n : s->nodes) {
            if (seen.contains(n.id) && seen.value(n.id) == n.phase)
                continue;
            const bool first = !seen.contains(n.id);
            seen.insert(n.id, n.phase);
            if (first && n.phase == TaskPhase::Pending)
                continue;
            progress << QStringLiteral("%1  %2%3").arg(n.id, toString(n.phase), n.message.isEmpty() ? QString() : QStringLiteral(": ") + n.message)
                     << Qt::endl;
            if (n.phase == TaskPhase::Running && n.kind != RunNode::Kind::Loop && n.kind != RunNode::Kind::Graph) {
                LogStream *stream = backend.openLogStream(id, n.id, &loop);
                QObject::connect(stream, &LogStream::linesArrived, &loop, [&progress, nodeId = n.id](const LogLines &lines) {
                    for (const LogLine &l : lines)
                        progress << QStringLiteral("[%1] %2").arg(nodeId, l.text) << '\n';
                    progress.flush();
                });
            }
        }
        if (ps::isFinished(s->phase))
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    // Ctrl-C cancels the run, so that its tasks (each in a session of its own) stop too.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interrupts;
    QObject::connect(&interrupts, &QTimer::timeout, &loop, [&] {
        if (g_interrupted == 1) {
            g_interrupted = 2;
            err << Tr::tr("cancelling…") << Qt::endl;
            backend.cancel(runId);
        }
    });
    interrupts.start(100);
    loop.exec();
    const RunSnapshot s = *backend.snapshot(runId);
    progress << Tr::tr("run %1: %2%3").arg(runId, toString(s.phase), s.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.message))
             << Qt::endl;
    if (o.json) {
        QJsonArray tasks;
        for (const RunNode &n : s.nodes)
            tasks.append(QJsonObject{{QStringLiteral("name"), n.id}, {QStringLiteral("phase"), toString(n.phase)},
                                     {QStringLiteral("message"), n.message}});
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly))
            out.write(QJsonDocument(QJsonObject{{QStringLiteral("run"), runId}, {QStringLiteral("phase"), toString(s.phase)},
                                                {QStringLiteral("tasks"), tasks}})
                          .toJson(QJsonDocument::Compact)
                      + '\n');
    }
    return s.phase == RunPhase::Succeeded ? 0 : 1;
}

} // namespace ps
