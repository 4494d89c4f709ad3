#pragma once

#include <QMainWindow>

class QLabel;
class QTableView;

namespace ps {

class PipelineDocument;
class ProblemsPanel;
class TaskTableModel;

// Composes the window: the task table in the centre, the problems dock, menus and actions.
// Decides nothing itself: opening and checking files is the model's work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens any supported file; returns false (and says why in the window) when it cannot.
    bool openFile(const QString &path);
    PipelineDocument *document() const { return m_document; }
    ProblemsPanel *problems() const { return m_problems; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void showSummary();
    void open();
    void saveAs();
    void selectTask(const QString &graph, quint32 taskId);

    PipelineDocument *m_document;
    TaskTableModel *m_taskModel;
    QTableView *m_taskView;
    QLabel *m_summary;
    ProblemsPanel *m_problems;
};

} // namespace ps
