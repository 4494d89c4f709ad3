#include "scopeusage.h"

#include "runcomparison.h"

namespace ps {

QHash<QString, UsageSummary> ScopeUsage::ofScope(const RunSnapshot &run, const QString &scopeNodeId)
{
    QHash<QString, const RunNode *> byId;
    byId.reserve(run.nodes.size());
    for (const RunNode &n : run.nodes)
        byId.insert(n.id, &n);
    // Each usage record goes to the scope's child it lies under.
    QHash<QString, QList<const UsageSummary *>> records;
    for (const RunNode &n : run.nodes) {
        if (!n.usage)
            continue;
        const RunNode *at = &n;
        int guard = 0;
        while (at && at->parentId != scopeNodeId && guard++ < 1000)
            at = byId.value(at->parentId, nullptr);
        if (at && at->parentId == scopeNodeId)
            records[at->name].append(&*n.usage);
    }
    QHash<QString, UsageSummary> result;
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        if (const std::optional<UsageSummary> u = RunComparison::combined(it.value()))
            result.insert(it.key(), *u);
    return result;
}

} // namespace ps
