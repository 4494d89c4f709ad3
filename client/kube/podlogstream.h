#pragma once

#include "resuminglogstream.h"

namespace ps {

// The log of one container of one pod through the Kubernetes pod log API, followed while
// it runs (follow=true, timestamps=true) and resumed with sinceTime after a drop.
class PodLogStream : public ResumingLogStream
{
    Q_OBJECT
public:
    PodLogStream(ApiClient *api, QString namespaceName, QString pod, QString container, QObject *parent = nullptr);

    static QString logPath(const QString &namespaceName, const QString &pod);

protected:
    HttpRequest requestFrom(const QDateTime &since) const override;
    QByteArrayList linesOf(const QByteArrayList &bodyLines) override { return bodyLines; }

private:
    QString m_namespace;
    QString m_pod;
    QString m_container;
};

} // namespace ps
