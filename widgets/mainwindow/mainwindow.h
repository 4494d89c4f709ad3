#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;

namespace ps {

class CanvasActions;
class DocumentFiles;
class LiveValidator;
class MiniMapView;
class PaletteModel;
class PaletteWidget;
class PipelineDocument;
class PipelineScene;
class PipelineView;
class ProblemsPanel;
class InsightDocks;
class MonitoringDocks;
class RunDocks;
class PropertiesPanel;
class WelcomePage;

// Composes the editor window: the canvas in the centre (a welcome page until a pipeline is
// open), docks for palette, properties, problems and the overview map, menus and
// toolbars. Decides nothing itself: files, edits and validation live in their own classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens any supported file; returns false (and says why in the Problems panel) when it cannot.
    bool openFile(const QString &path);
    PipelineDocument *document() const { return m_document; }
    PipelineScene *scene() const { return m_scene; }
    PipelineView *view() const { return m_view; }
    ProblemsPanel *problems() const { return m_problems; }
    PropertiesPanel *properties() const { return m_properties; }
    PaletteWidget *palette() const { return m_palette; }
    CanvasActions *canvasActions() const { return m_canvasActions; }
    DocumentFiles *files() const { return m_files; }
    LiveValidator *validator() const { return m_validator; }
    RunDocks *runDocks() const { return m_runDocks; }
    MonitoringDocks *monitoringDocks() const { return m_monitoringDocks; }
    InsightDocks *insightDocks() const { return m_insightDocks; }
    // The Run menu, for actions the application adds (cluster connections).
    QMenu *runMenu() const { return m_runMenu; }
    bool isShowingWelcome() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void showCanvas();
    void updateTitle();
    void selectTask(const QString &graph, quint32 taskId);
    void chooseComponentFolder();

    PipelineDocument *m_document;
    PipelineScene *m_scene;
    PipelineView *m_view;
    QStackedWidget *m_centre;
    WelcomePage *m_welcome;
    PaletteModel *m_paletteModel;
    PaletteWidget *m_palette;
    PropertiesPanel *m_properties;
    ProblemsPanel *m_problems;
    MiniMapView *m_overview;
    CanvasActions *m_canvasActions;
    DocumentFiles *m_files;
    LiveValidator *m_validator;
    RunDocks *m_runDocks = nullptr;
    MonitoringDocks *m_monitoringDocks = nullptr;
    InsightDocks *m_insightDocks = nullptr;
    QMenu *m_runMenu = nullptr;
    QLabel *m_breadcrumb;
};

} // namespace ps
