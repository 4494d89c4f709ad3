#pragma once

#include "ids.h"

#include <QObject>
#include <QString>

#include <memory>

class QKeyEvent;

namespace ps {

class ConnectionDrag;
class PipelineView;
class TaskItem;

// Editing the canvas without a mouse. The arrow keys move the selection to the nearest
// task in that direction; Enter steps into the selected task's ports (Up/Down along a side,
// Left to the inputs, Right to the outputs); Enter on an output starts a connection whose
// loose end the arrow keys move from one input of the other tasks to the next, with the
// connection rules' verdict shown as when dragging; Enter connects, Escape steps back.
// Every step is said in the view's accessible description (screen readers) and in
// message() (the status bar). The focused port is ringed on the canvas.
class CanvasKeyboard : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Tasks, Ports, Connecting };

    explicit CanvasKeyboard(PipelineView *view);
    ~CanvasKeyboard() override;

    // Called by the view for each key press; true when the key was used.
    bool handle(QKeyEvent *event);
    Mode mode() const { return m_mode; }
    // Where the keyboard is, in words ("Input seed of train, whole number").
    QString focusDescription() const { return m_description; }
    // Leaves port and connection modes (the document changed under them).
    void reset();

signals:
    void message(const QString &text);

private:
    struct Port {
        TaskId task;
        bool input = false;
        int index = -1;
    };
    TaskItem *selectedTask() const;
    void moveSelection(int key);
    void enterPorts();
    void movePort(int key);
    void startConnection();
    void moveTarget(int step);
    void finishConnection();
    void showPort(const Port &port);
    QString portName(const Port &port) const;
    void announce(const QString &text);

    PipelineView *m_view;
    Mode m_mode = Mode::Tasks;
    Port m_port;
    Port m_from;
    QList<Port> m_targets;
    int m_target = -1;
    std::unique_ptr<ConnectionDrag> m_drag;
    QString m_description;
};

} // namespace ps
