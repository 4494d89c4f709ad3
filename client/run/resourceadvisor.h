#pragma once

#include "resourcesuggestion.h"
#include "runsnapshot.h"
#include "usagestore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ps {

class RunBackend;

// Right-sizing for the pipeline being edited: the usage records of its past runs on every
// backend (its own records, or those kept in the UsageStore for cluster runs) turned into
// suggested requests and limits (RightSizer). Says changed() when a run finishes.
class ResourceAdvisor : public QObject
{
    Q_OBJECT
public:
    explicit ResourceAdvisor(UsageStore store = UsageStore(), QObject *parent = nullptr);

    void addBackend(RunBackend *backend);
    void removeBackend(RunBackend *backend);

    // The suggestions for the pipeline called `pipelineName`, by task path.
    QList<ResourceSuggestion> suggestions(const QString &pipelineName) const;
    // The finished runs of `pipelineName` on `backends`, with their usage records.
    static QList<RunSnapshot> history(const QList<RunBackend *> &backends, const UsageStore &store, const QString &pipelineName);

signals:
    void changed();

private:
    QList<QPointer<RunBackend>> m_backends;
    UsageStore m_store;
    mutable QHash<QString, QList<ResourceSuggestion>> m_cache;   // by pipeline name, until changed()
};

} // namespace ps
