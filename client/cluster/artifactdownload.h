#pragma once

#include "httpreply.h"
#include "httprequest.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QSaveFile;

namespace ps {

class ApiClient;

// Copies one artifact from a cluster API into a file as it arrives (never whole in memory),
// written atomically: the target appears complete or not at all. Deletes itself when done.
class ArtifactDownload : public QObject
{
    Q_OBJECT
public:
    // `decode` turns the whole body into the file's bytes (KFP's {"data": base64}); empty: as is.
    using Decode = std::function<QByteArray(const QByteArray &body, QString *error)>;
    ArtifactDownload(ApiClient *api, HttpRequest request, QString targetPath, QObject *parent = nullptr, Decode decode = {});
    ~ArtifactDownload() override;
    void start();

    static constexpr qint64 kMaxDecodedBytes = 256LL * 1024 * 1024;

signals:
    void finished(const QString &error);

private:
    void done(const QString &error);

    QPointer<ApiClient> m_api;
    HttpRequest m_request;
    QString m_target;
    Decode m_decode;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<HttpReply> m_reply;
};

} // namespace ps
