#pragma once

#include "httpclient.h"
#include "httpreply.h"
#include "kubeauthenticator.h"
#include "prometheusconfig.h"
#include "prometheusparser.h"
#include "prometheusresult.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QPair>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace ps {

// The HTTP side shared by the Prometheus and Alertmanager clients: requests carrying the
// configured address and credentials, transport failures as sentences that say what to
// do, and calls as futures whose large answers are parsed on the thread pool.
class MonitoringCall
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringCall)

public:
    using Params = QList<QPair<QString, QString>>;
    static constexpr qsizetype kParseOffThreadBytes = 256 * 1024;

    // The server's address for messages: no credentials, no query.
    static QString where(const PrometheusConfig &config);
    static HttpRequest request(const PrometheusConfig &config, const QString &endpoint, const Params &params);
    // A failure before any answer (refused, unknown host, TLS, timeout…) as the user reads it.
    static PrometheusError failure(const HttpError &error, const QString &service, const PrometheusConfig &config);

    // Sends `request`; the future gets `parse` of the answer, or the failure. Cancelling the
    // future aborts the request; destroying `owner` cancels it too.
    template<class T, class ParseFn>
    static QFuture<PrometheusResult<T>> send(HttpClient *http, QObject *owner, const HttpRequest &request,
                                             const PrometheusConfig &config, const QString &service, ParseFn parse)
    {
        auto promise = std::make_shared<QPromise<PrometheusResult<T>>>();
        promise->start();
        QFuture<PrometheusResult<T>> future = promise->future();
        const auto deliver = [promise](PrometheusResult<T> result) {
            promise->addResult(std::move(result));
            promise->finish();
        };
        if (!http) {
            HttpError gone;
            gone.kind = HttpError::Kind::Cancelled;
            deliver({{}, failure(gone, service, config), {}});
            return future;
        }
        const auto received = [owner, deliver, parse, config, service, future](HttpReply *reply, const QString &why) {
            if (!reply) {
                PrometheusError refused;
                refused.kind = PrometheusError::Kind::Unauthorized;
                refused.message = why;
                deliver({{}, refused, {}});
                return;
            }
            auto *watcher = new QFutureWatcher<PrometheusResult<T>>(reply);
            QObject::connect(watcher, &QFutureWatcherBase::canceled, reply, &HttpReply::abort);
            watcher->setFuture(future);
            QObject::connect(reply, &HttpReply::finished, owner, [owner, reply, deliver, parse, config, service] {
                reply->deleteLater();
                const HttpError &error = reply->error();
                if (error.isError() && error.kind != HttpError::Kind::HttpStatus) {
                    deliver({{}, failure(error, service, config), {}});
                    return;
                }
                if (config.kube) {
                    if (const QString refused = config.kube->refusal(reply->status(), reply->body()); !refused.isEmpty()) {
                        deliver({{}, {PrometheusError::Kind::Unauthorized, {}, refused, reply->status()}, {}});
                        return;
                    }
                }
                PrometheusParser::Answer answer{reply->takeBody(), reply->status(), where(config)};
                if (answer.body.size() < kParseOffThreadBytes) {
                    deliver(parse(answer));
                    return;
                }
                QtConcurrent::run([parse, answer = std::move(answer)] { return parse(answer); })
                    .then(owner, [deliver](PrometheusResult<T> result) { deliver(std::move(result)); });
            });
        };
        if (config.kube) {
            config.kube->send(http, request, owner, received);   // the context's credentials, renewed once if refused
        } else {
            HttpReply *reply = http->send(request);
            reply->setParent(owner);
            received(reply, {});
        }
        return future;
    }
};

} // namespace ps
