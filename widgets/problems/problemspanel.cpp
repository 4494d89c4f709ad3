#include "problemspanel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ps {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Problem"), tr("Task"), tr("Where")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_diagnostics.size() && m_diagnostics[i].task.isValid())
            emit taskActivated(m_diagnostics[i].graph, m_diagnostics[i].task);
    });
    setDiagnostics({});
}

void ProblemsPanel::setDiagnostics(const Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    m_tree->clear();
    if (diagnostics.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_tree, {tr("No problems found. The pipeline is checked as you edit; errors and warnings appear here, a click shows the task.")});
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setData(0, Qt::UserRole, -1);
        return;
    }
    for (int i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic &d = diagnostics[i];
        QString where;
        if (d.location.line > 0)
            where = QStringLiteral("%1:%2").arg(QFileInfo(d.location.file).fileName()).arg(d.location.line);
        auto *item = new QTreeWidgetItem(m_tree, {d.message, d.taskName, where});
        item->setIcon(0, style()->standardIcon(d.severity == Diagnostic::Severity::Error ? QStyle::SP_MessageBoxCritical
                                               : d.severity == Diagnostic::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                            : QStyle::SP_MessageBoxInformation));
        item->setToolTip(0, d.toString());
        item->setData(0, Qt::UserRole, i);
    }
}

int ProblemsPanel::count() const
{
    return int(m_diagnostics.size());
}

} // namespace ps
