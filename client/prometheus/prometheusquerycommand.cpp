#include "prometheusquerycommand.h"

#include "httpclient.h"
#include "prometheusclient.h"
#include "prometheusduration.h"
#include "prometheusformatter.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QTextStream>

namespace ps {

QString PrometheusQueryCommand::usage()
{
    return tr("usage: pstudio query --prometheus URL [--range DURATION [--step DURATION]] [--json] EXPRESSION");
}

std::optional<PrometheusQueryCommand::Options> PrometheusQueryCommand::parse(const QStringList &arguments,
                                                                             QString *problem)
{
    Options options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == u"--json") {
            options.json = true;
        } else if (argument == u"--prometheus" && hasValue) {
            options.url = QUrl::fromUserInput(arguments[++i]);
            if (!options.url.isValid() || !options.url.scheme().startsWith(u"http")) {
                *problem = tr("%1 is not an http or https address.").arg(arguments[i]);
                return std::nullopt;
            }
        } else if ((argument == u"--range" || argument == u"--step") && hasValue) {
            const auto duration = PrometheusDuration::parse(arguments[++i]);
            if (!duration || duration->count() <= 0) {
                *problem = tr("%1 is not a duration such as 15s, 5m or 1h30m.").arg(arguments[i]);
                return std::nullopt;
            }
            (argument == u"--range" ? options.range : options.step) = *duration;
        } else if (argument.startsWith(u"--") || !options.expression.isEmpty()) {
            *problem = tr("Unexpected argument %1.").arg(argument);
            return std::nullopt;
        } else {
            options.expression = argument;
        }
    }
    if (options.url.isEmpty() || options.expression.isEmpty()) {
        *problem = usage();
        return std::nullopt;
    }
    if (options.step && !options.range) {
        *problem = tr("--step needs --range.");
        return std::nullopt;
    }
    return options;
}

int PrometheusQueryCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString problem;
    const auto options = parse(arguments, &problem);
    if (!options) {
        err << problem << Qt::endl;
        return 2;
    }
    HttpClient http;
    PrometheusClient prometheus(&http);
    PrometheusConfig config;
    config.url = options->url;
    config.bearerToken = qEnvironmentVariable("PSTUDIO_PROMETHEUS_TOKEN");
    prometheus.setConfig(config);

    QFuture<PrometheusResult<PrometheusQueryResult>> future;
    if (options->range) {
        // Prometheus answers at most 11,000 points a series: 250 is plenty for a terminal.
        const auto step = options->step.value_or(std::max(std::chrono::milliseconds(1000), *options->range / 250));
        const QDateTime end = QDateTime::currentDateTimeUtc();
        future = prometheus.queryRange(options->expression, end.addMSecs(-options->range->count()), end, step);
    } else {
        future = prometheus.query(options->expression);
    }
    QEventLoop loop;
    QFutureWatcher<PrometheusResult<PrometheusQueryResult>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();

    const auto result = future.result();
    for (const QString &warning : result.warnings)
        err << tr("warning: %1").arg(warning) << Qt::endl;
    if (!result.ok()) {
        err << result.error.message << Qt::endl;
        return 1;
    }
    if (options->json)
        out << QString::fromUtf8(PrometheusFormatter::json(result.value)) << Qt::endl;
    else
        out << PrometheusFormatter::table(result.value);
    out.flush();
    return 0;
}

} // namespace ps
