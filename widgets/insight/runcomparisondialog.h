#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace ps {

class RunBackend;
class RunComparisonLoader;
class RunComparisonView;
class RunsModel;

// Compare Runs: tick two or more runs of any backends (the runs of the pipeline being looked
// at come ticked), Compare, and see them side by side (RunComparisonView).
class RunComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    RunComparisonDialog(RunsModel *runs, QWidget *parent = nullptr);

    // Ticks these runs (the others unticked).
    void tick(const QList<QPair<RunBackend *, QString>> &runs);
    // Ticks the newest `count` runs of the pipeline called `pipelineName`.
    void tickNewest(const QString &pipelineName, int count = 2);
    void compare();
    QListWidget *runList() const { return m_list; }
    RunComparisonView *view() const { return m_view; }
    bool isLoading() const { return m_loading; }

signals:
    void compared();

private:
    void fill();
    void updateButton();

    RunsModel *m_runs;
    QListWidget *m_list;
    QPushButton *m_compare;
    QLabel *m_hint;
    RunComparisonView *m_view;
    RunComparisonLoader *m_loader;
    QStringList m_titles;
    bool m_loading = false;
};

} // namespace ps
