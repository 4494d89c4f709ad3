#pragma once

// Helpers for driving the real editor widgets the way a user's mouse does.
#include "mainwindow.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "taskitem.h"

#include <QApplication>
#include <QMimeData>
#include <QMouseEvent>
#include <QTest>

namespace pstest {

inline const ps::Task *taskNamed(const ps::PipelineDocument *document, const QString &name)
{
    return document->pipeline().root.taskByName(name);
}

inline ps::TaskItem *itemNamed(ps::MainWindow &window, const QString &name)
{
    const ps::Task *task = taskNamed(window.document(), name);
    return task ? window.scene()->taskItem(task->id) : nullptr;
}

inline QPoint onScreen(ps::PipelineView *view, QPointF scenePos)
{
    return view->mapFromScene(scenePos);
}

// Press at one scene point, move with the button held, release at another.
inline void dragOnCanvas(ps::PipelineView *view, QPointF fromScene, QPointF toScene)
{
    QWidget *viewport = view->viewport();
    const QPoint from = onScreen(view, fromScene);
    const QPoint to = onScreen(view, toScene);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 4; ++step) {
        const QPoint at = from + (to - from) * step / 4;
        QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

// Delivers a drag-and-drop of `mime` onto the canvas at a viewport point, as the window
// system does: enter, move, drop.
inline bool dropOnCanvas(ps::PipelineView *view, QMimeData *mime, QPoint at)
{
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

} // namespace pstest
