#include "resuminglogstream.h"

#include "apiclient.h"
#include "apierror.h"
#include "httpreply.h"

namespace ps {

ResumingLogStream::ResumingLogStream(ApiClient *api, QObject *parent) : LogStream(parent), m_api(api)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(50);
    connect(&m_flush, &QTimer::timeout, this, &ResumingLogStream::flush);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ResumingLogStream::connectNow);
}

ResumingLogStream::~ResumingLogStream()
{
    delete m_reply; // cancels the transfer
}

void ResumingLogStream::start()
{
    m_reconnect.start(0);
}

void ResumingLogStream::failLater(const QString &error)
{
    QTimer::singleShot(0, this, [this, error] { finishWith(error); });
}

bool ResumingLogStream::isNotYet(int status, const QByteArray &body) const
{
    // Kubernetes: "container \"main\" in pod \"x\" is waiting to start: ContainerCreating"
    return status == 400 && ApiError::serverMessage(body).contains(QLatin1String("waiting to start"));
}

void ResumingLogStream::connectNow()
{
    if (!m_api) {
        finishWith(tr("The connection was closed."));
        return;
    }
    if (m_connections > 0)
        m_resumer.reconnecting();
    ++m_connections;
    m_deliveredAtConnect = m_resumer.delivered();
    m_splitter = LineSplitter();
    HttpRequest request = requestFrom(m_resumer.resumeFrom());
    request.streamed = true;
    request.timeout = std::chrono::milliseconds(0);
    request.idleTimeout = std::chrono::seconds(0);
    m_api->send(request, this, [this](HttpReply *reply, const QString &error) {
        if (!reply) {
            finishWith(error);
            return;
        }
        m_reply = reply;
        connect(reply, &HttpReply::headersReceived, this, [this](int status) {
            if (status / 100 == 2 && std::exchange(m_dropped, false))
                emit resumed();
        });
        connect(reply, &HttpReply::dataReceived, this, &ResumingLogStream::onData);
        connect(reply, &HttpReply::finished, this, &ResumingLogStream::onFinished);
    });
}

void ResumingLogStream::onData(const QByteArray &chunk)
{
    QByteArrayList body = m_splitter.feed(chunk);
    if (m_splitter.pendingBytes() > kMaxLineBytes)
        body.append(m_splitter.takeRest().left(kMaxLineBytes));
    for (const QByteArray &raw : linesOf(body))
        if (std::optional<LogLine> line = m_resumer.accept(raw))
            m_batch.append(std::move(*line));
    if (!m_batch.isEmpty() && !m_flush.isActive())
        m_flush.start();
}

void ResumingLogStream::onFinished()
{
    HttpReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const HttpError &error = reply->error();
    if (m_resumer.delivered() > m_deliveredAtConnect)
        m_failures = 0; // it made progress: the next drop starts counting afresh
    if (!error.isError()) {
        const QByteArray rest = m_splitter.takeRest(); // a last line without its end
        if (!rest.isEmpty())
            for (const QByteArray &raw : linesOf({rest}))
                if (std::optional<LogLine> line = m_resumer.accept(raw))
                    m_batch.append(std::move(*line));
        if (endsWhenServerCloses()) {
            flush();
            finishWith({});
        } else {
            retryLater({}, false);
        }
        return;
    }
    if (error.kind == HttpError::Kind::HttpStatus) {
        const QByteArray body = reply->body();
        if (isNotYet(reply->status(), body)) {
            retryLater(ApiError::serverMessage(body), false);
            return;
        }
        flush();
        finishWith(m_api ? m_api->describeError(reply->status(), body) : ApiError::describe(reply->status(), body, {}));
        return;
    }
    if (error.kind == HttpError::Kind::Cancelled) {
        flush();
        finishWith(error.message);
        return;
    }
    retryLater(error.message, true);
}

void ResumingLogStream::retryLater(const QString &why, bool dropped)
{
    flush();
    if (dropped && !m_dropped && m_failures < m_maxReconnects) {
        m_dropped = true;
        emit reconnecting(why);
    }
    if (++m_failures > m_maxReconnects) {
        finishWith(tr("The log stream was lost %1 times in a row (%2); the lines so far are kept.").arg(m_failures - 1).arg(why));
        return;
    }
    m_reconnect.start(m_reconnectDelayMs * std::min(m_failures, 5));
}

void ResumingLogStream::flush()
{
    m_flush.stop();
    if (m_batch.isEmpty())
        return;
    emit linesArrived(std::exchange(m_batch, {}));
}

void ResumingLogStream::finishWith(const QString &error)
{
    if (m_finished)
        return;
    flush();
    m_finished = true;
    if (error.isEmpty())
        emit finished();
    else
        emit failed(error);
}

} // namespace ps
