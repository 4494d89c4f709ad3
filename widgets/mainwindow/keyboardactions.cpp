#include "keyboardactions.h"

#include "palettewidget.h"
#include "pipelineview.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QIcon>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace ps {

KeyboardActions::KeyboardActions(QWidget *window, PaletteWidget *palette, QWidget *properties, PipelineView *view)
    : QObject(window)
    , m_addTask(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &Task…"), this))
    , m_editProperties(new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("Edit &Properties"), this))
    , m_canvas(new QAction(QIcon::fromTheme(QStringLiteral("format-auto-layout")), tr("Go to the &Canvas"), this))
{
    m_addTask->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_addTask->setToolTip(tr("Search the components and press Enter to add one (Ctrl+T)"));
    m_editProperties->setShortcut(QKeySequence(Qt::Key_F2));
    m_canvas->setShortcut(QKeySequence(Qt::Key_F6));
    for (QAction *a : {m_addTask, m_editProperties, m_canvas}) {
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
    }
    connect(m_addTask, &QAction::triggered, palette, [palette] {
        bringForward(palette);
        palette->focusSearch();
    });
    connect(m_editProperties, &QAction::triggered, properties, [properties] {
        bringForward(properties);
        // The first field that takes text: the task's (or pipeline's) name.
        for (QWidget *w : properties->findChildren<QWidget *>()) {
            const bool field = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w)
                               || qobject_cast<QAbstractSpinBox *>(w);
            if (field && w->isVisibleTo(properties) && w->isEnabled() && w->focusPolicy() != Qt::NoFocus) {
                w->setFocus(Qt::ShortcutFocusReason);
                if (auto *edit = qobject_cast<QLineEdit *>(w))
                    edit->selectAll();
                return;
            }
        }
    });
    connect(m_canvas, &QAction::triggered, view, [view] { view->setFocus(Qt::ShortcutFocusReason); });
}

void KeyboardActions::bringForward(QWidget *panel)
{
    for (QWidget *w = panel; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            return;
        }
    }
}

} // namespace ps
