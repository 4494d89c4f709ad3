#pragma once

#include <QStringList>
#include <QWidget>

class QTableWidget;

namespace ps {

// A small editable table (env, node selector, volumes…) with add and remove buttons.
// Emits `edited` with all rows after each change the user makes.
class KeyValueTable : public QWidget
{
    Q_OBJECT

public:
    KeyValueTable(const QStringList &headers, QWidget *parent = nullptr);

    void setRows(const QList<QStringList> &rows);
    QList<QStringList> rows() const;
    QTableWidget *table() const { return m_table; }

signals:
    void edited(const QList<QStringList> &rows);

private:
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace ps
