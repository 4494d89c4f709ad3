#include "promqlcompletionsource.h"

#include "prometheusclient.h"

#include <QPromise>

namespace ps {

namespace {

constexpr qint64 kCacheSecs = 60;

QStringList sorted(QStringList words)
{
    words.removeDuplicates();
    words.sort();
    return words;
}

QFuture<QStringList> ready(const QStringList &words)
{
    QPromise<QStringList> promise;
    promise.start();
    promise.addResult(words);
    promise.finish();
    return promise.future();
}

} // namespace

PromQlCompletionSource::PromQlCompletionSource(QObject *parent) : QObject(parent) {}

void PromQlCompletionSource::setClient(PrometheusClient *client)
{
    m_client = client;
    m_cache.clear();
}

QFuture<QStringList> PromQlCompletionSource::cached(const QString &key, const std::function<QFuture<QStringList>()> &fetch)
{
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd() && it->fetched.secsTo(QDateTime::currentDateTimeUtc()) < kCacheSecs)
        return ready(it->words);
    if (!m_client)
        return ready({});
    return fetch().then(this, [this, key](const QStringList &words) {
        m_cache.insert(key, {words, QDateTime::currentDateTimeUtc()});
        return words;
    });
}

QFuture<QStringList> PromQlCompletionSource::candidates(const PromQlContext &context)
{
    const auto strings = [](const PrometheusResult<QStringList> &r) { return r.ok() ? sorted(r.value) : QStringList(); };
    const QStringList match = context.metric.isEmpty() ? QStringList() : QStringList{context.metric};
    switch (context.kind) {
    case PromQlContext::Kind::MetricName:
        return cached(QStringLiteral("__name__"), [this, strings] {
            return m_client->labelValues(QStringLiteral("__name__")).then(this, [strings](const PrometheusResult<QStringList> &r) {
                return sorted(strings(r) + PromQlContext::functions());
            });
        });
    case PromQlContext::Kind::LabelName:
        return cached(QStringLiteral("labels/") + context.metric, [this, match, strings] {
            return m_client->labelNames(match).then(this, [strings](const PrometheusResult<QStringList> &r) {
                QStringList names = strings(r);
                names.removeAll(QStringLiteral("__name__"));
                return names;
            });
        });
    case PromQlContext::Kind::LabelValue:
        return cached(QStringLiteral("values/%1/%2").arg(context.metric, context.label), [this, context, match, strings] {
            return m_client->labelValues(context.label, match).then(this, strings);
        });
    case PromQlContext::Kind::None:
        break;
    }
    return ready({});
}

} // namespace ps
