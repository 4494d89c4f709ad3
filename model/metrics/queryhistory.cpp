#include "queryhistory.h"

namespace ps {

void QueryHistory::add(const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return;
    m_entries.removeAll(q);
    m_entries.prepend(q);
    if (m_entries.size() > kMax)
        m_entries.resize(kMax);
}

void QueryHistory::setEntries(const QStringList &entries)
{
    m_entries.clear();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        add(*it);
}

} // namespace ps
