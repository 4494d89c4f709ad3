#pragma once

#include "promqlcontext.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ps {

class PrometheusClient;

// The words a PromQL editor offers, from the server: metric names (with PromQL's
// functions), label names of a metric, values of a label. Answers are cached for a minute,
// so typing does not send a request per key.
class PromQlCompletionSource : public QObject
{
    Q_OBJECT

public:
    explicit PromQlCompletionSource(QObject *parent = nullptr);

    void setClient(PrometheusClient *client);
    // Every candidate for `context` (not yet filtered by its prefix), sorted.
    QFuture<QStringList> candidates(const PromQlContext &context);

private:
    struct Entry {
        QStringList words;
        QDateTime fetched;
    };
    QFuture<QStringList> cached(const QString &key, const std::function<QFuture<QStringList>()> &fetch);

    QPointer<PrometheusClient> m_client;
    QHash<QString, Entry> m_cache;
};

} // namespace ps
