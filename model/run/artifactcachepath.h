#pragma once

#include "artifactinfo.h"

#include <QString>

namespace ps {

// Where a fetched artifact is kept under a cache folder. Node ids, artifact names and the
// file name of a URI come from a server: each becomes exactly one path component, never
// "..", "." or an absolute path, so nothing is written outside the cache.
class ArtifactCachePath
{
public:
    // `name` as one safe file name: separators and control characters replaced, ".", ".."
    // and "" never returned, at most 200 bytes; a name that had to change gets a short hash
    // of the original, so two names never share a place.
    static QString component(const QString &name);
    // The file an artifact is previewed from: ROOT/preview/NODE/NAME/FILE.
    static QString preview(const QString &root, const ArtifactInfo &artifact);
    // The file an artifact is opened from: ROOT/open/NODE/FILE.
    static QString open(const QString &root, const ArtifactInfo &artifact);
    // The file name of the artifact's URI as a safe default for "Save as".
    static QString fileName(const ArtifactInfo &artifact);
};

} // namespace ps
