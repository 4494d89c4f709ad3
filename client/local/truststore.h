#pragma once

#include "pipeline.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace ps {

// Which pipelines the user has agreed to run on this machine, by content hash: a file never
// run here shows its commands and asks first; any change to it asks again.
class TrustStore
{
public:
    explicit TrustStore(QString file);
    static QString contentHash(const Pipeline &pipeline);
    // What the pipeline will run, one line per component: for people to confirm.
    static QStringList commandsOf(const Pipeline &pipeline);
    bool isTrusted(const Pipeline &pipeline) const;
    void trust(const Pipeline &pipeline);

private:
    QString m_file;
    QSet<QString> m_hashes;
};

} // namespace ps
