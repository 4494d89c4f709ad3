#pragma once

#include "diagnostic.h"

#include <QWidget>

class QTreeWidget;

namespace ps {

// Lists diagnostics (severity, task, message, location). Activating one asks to show its task.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    int count() const;

signals:
    void taskActivated(const QString &graph, ps::TaskId task);

private:
    QTreeWidget *m_tree;
    Diagnostics m_diagnostics;
};

} // namespace ps
