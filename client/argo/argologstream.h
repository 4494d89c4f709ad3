#pragma once

#include "resuminglogstream.h"

namespace ps {

// The log of one pod's main container through Argo Server's workflow log stream (SSE of
// LogEntry {content, podName}), with timestamps so a drop resumes at
// logOptions.sinceTime.seconds without losing or repeating a line.
class ArgoLogStream : public ResumingLogStream
{
    Q_OBJECT
public:
    ArgoLogStream(ApiClient *api, QString namespaceName, QString workflow, QString pod, QObject *parent = nullptr);

protected:
    HttpRequest requestFrom(const QDateTime &since) const override;
    QByteArrayList linesOf(const QByteArrayList &bodyLines) override;

private:
    QString m_namespace;
    QString m_workflow;
    QString m_pod;
};

} // namespace ps
