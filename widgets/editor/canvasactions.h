#pragma once

#include <QFutureWatcher>
#include <QObject>

#include "graphlayout.h"

class QAction;
class QWidget;

namespace ps {

class PipelineDocument;
class PipelineScene;
class PipelineView;

// The editing actions of the canvas: delete, cut, copy, paste (the system clipboard, as
// the native format), duplicate, select all, auto-layout (Graphviz, on a worker thread,
// one undo step), snap to grid and zoom. Each edit is an undo command on the document.
class CanvasActions : public QObject
{
    Q_OBJECT

public:
    CanvasActions(PipelineDocument *document, PipelineView *view, QWidget *window);

    QAction *deleteAction() const { return m_delete; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *layoutAction() const { return m_layout; }
    QAction *snapAction() const { return m_snap; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomFitAction() const { return m_zoomFit; }
    QAction *zoomResetAction() const { return m_zoomReset; }

    void deleteSelection();
    void copySelection();
    void paste();
    void duplicateSelection();
    // Lays out the selection, or everything when nothing is selected. With `undoable` false
    // (a file just opened without positions) the positions are set without an undo step.
    void autoLayout(bool undoable = true);
    bool isLayoutRunning() const { return m_watcher.isRunning(); }

signals:
    void message(const QString &text);
    void layoutFinished();

private:
    QAction *make(const QString &icon, const QString &text, const QKeySequence &shortcut);
    void applyLayout();

    PipelineDocument *m_document;
    PipelineScene *m_scene;
    PipelineView *m_view;
    QWidget *m_window;
    QAction *m_delete;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
    QAction *m_selectAll;
    QAction *m_layout;
    QAction *m_snap;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomFit;
    QAction *m_zoomReset;
    QFutureWatcher<GraphLayout::Result> m_watcher;
    QString m_layoutGraph;
    bool m_layoutUndoable = true;
    int m_pasteCount = 0;
};

} // namespace ps
