#pragma once

#include <QStringList>

namespace ps {

// The queries a user ran, newest first, each once; at most kMax of them.
class QueryHistory
{
public:
    static constexpr qsizetype kMax = 100;

    void add(const QString &query);
    const QStringList &entries() const { return m_entries; }
    void setEntries(const QStringList &entries);

private:
    QStringList m_entries;
};

} // namespace ps
