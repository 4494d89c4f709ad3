#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QWidget;

namespace ps {

class PaletteWidget;
class PipelineView;

// The actions that make the editor reachable from the keyboard alone: Add Task… (Ctrl+T,
// the palette's search; Enter adds the first match and returns to the canvas), Edit
// Properties (F2, the first field of the selected task's properties) and Go to Canvas (F6).
class KeyboardActions : public QObject
{
    Q_OBJECT
public:
    KeyboardActions(QWidget *window, PaletteWidget *palette, QWidget *properties, PipelineView *view);

    QAction *addTaskAction() const { return m_addTask; }
    QAction *editPropertiesAction() const { return m_editProperties; }
    QAction *canvasAction() const { return m_canvas; }

private:
    static void bringForward(QWidget *panel);

    QAction *m_addTask;
    QAction *m_editProperties;
    QAction *m_canvas;
};

} // namespace ps
