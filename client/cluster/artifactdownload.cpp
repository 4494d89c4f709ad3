#include "artifactdownload.h"

#include "apiclient.h"
#include "apierror.h"
#include "httpreply.h"

#include <QSaveFile>

namespace ps {

ArtifactDownload::ArtifactDownload(ApiClient *api, HttpRequest request, QString targetPath, QObject *parent, Decode decode)
    : QObject(parent), m_api(api), m_request(std::move(request)), m_target(std::move(targetPath)), m_decode(std::move(decode))
{
}

ArtifactDownload::~ArtifactDownload()
{
    delete m_reply;
}

void ArtifactDownload::start()
{
    m_file = std::make_unique<QSaveFile>(m_target);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString why = tr("Cannot write '%1': %2").arg(m_target, m_file->errorString());
        QMetaObject::invokeMethod(this, [this, why] { done(why); }, Qt::QueuedConnection);
        return;
    }
    m_request.streamed = !m_decode;
    m_request.timeout = std::chrono::milliseconds(0);
    m_request.idleTimeout = std::chrono::seconds(60);
    if (m_decode)
        m_request.maxBodyBytes = kMaxDecodedBytes * 4 / 3 + 1024;
    if (!m_api) {
        QMetaObject::invokeMethod(this, [this] { done(tr("The connection was closed.")); }, Qt::QueuedConnection);
        return;
    }
    m_api->send(m_request, this, [this](HttpReply *reply, const QString &error) {
        if (!reply) {
            done(error);
            return;
        }
        m_reply = reply;
        connect(reply, &HttpReply::dataReceived, this, [this](const QByteArray &chunk) { m_file->write(chunk); });
        connect(reply, &HttpReply::finished, this, [this] {
            const HttpError &e = m_reply->error();
            if (e.kind == HttpError::Kind::HttpStatus) {
                done(m_api ? m_api->describeError(m_reply->status(), m_reply->body()) : ApiError::describe(m_reply->status(), m_reply->body(), {}));
                return;
            }
            if (e.isError()) {
                done(e.message);
                return;
            }
            if (m_decode) {
                QString why;
                const QByteArray bytes = m_decode(m_reply->body(), &why);
                if (!why.isEmpty()) {
                    done(why);
                    return;
                }
                m_file->write(bytes);
            }
            done(m_file->commit() ? QString() : tr("Cannot write '%1': %2").arg(m_target, m_file->errorString()));
        });
    });
}

void ArtifactDownload::done(const QString &error)
{
    if (m_file && !error.isEmpty())
        m_file->cancelWriting();
    m_file.reset();
    emit finished(error);
    deleteLater();
}

} // namespace ps
