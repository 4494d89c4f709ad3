#include "keyvaluetable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QIcon>
#include <QToolButton>
#include <QVBoxLayout>

namespace ps {

KeyValueTable::KeyValueTable(const QStringList &headers, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(70);
    m_table->setMaximumHeight(150);
    auto *add = new QToolButton(this);
    add->setText(tr("Add"));
    add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *remove = new QToolButton(this);
    remove->setText(tr("Remove"));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited(rows());
    });
    connect(add, &QToolButton::clicked, this, [this] {
        m_loading = true;
        m_table->insertRow(m_table->rowCount());
        m_loading = false;
        m_table->editItem(nullptr);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        emit edited(rows());
    });
}

void KeyValueTable::setRows(const QList<QStringList> &rows)
{
    m_loading = true;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows.at(r).value(c)));
    }
    m_loading = false;
}

QList<QStringList> KeyValueTable::rows() const
{
    QList<QStringList> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList row;
        bool any = false;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            row.append(item ? item->text().trimmed() : QString());
            any = any || !row.last().isEmpty();
        }
        if (any)  // a row still being filled in is not a value yet
            result.append(row);
    }
    return result;
}

} // namespace ps
