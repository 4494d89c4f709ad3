#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace ps {

// Rows of text in aligned columns, as `pstudio runs list` and `get` print them.
class RunsTable
{
public:
    explicit RunsTable(QStringList header) { m_rows.append(std::move(header)); }
    void add(QStringList row) { m_rows.append(std::move(row)); }
    // Every column as wide as its widest cell, two spaces apart; the last is not padded.
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows;
};

} // namespace ps
