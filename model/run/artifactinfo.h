#pragma once

#include <QString>

namespace ps {

// An artifact a task produced: enough to list it and to fetch it.
struct ArtifactInfo {
    QString name;        // the output port
    QString nodeId;      // the producing node
    QString type;        // e.g. "system.Model", or "" when untyped
    qint64 size = -1;    // bytes; -1 when unknown
    bool directory = false;
    QString uri;         // a local file path for the local engine; s3://, gs://… elsewhere
    bool operator==(const ArtifactInfo &) const = default;
};

} // namespace ps
