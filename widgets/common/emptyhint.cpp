#include "emptyhint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace ps {

EmptyHint *EmptyHint::attach(QAbstractItemView *view, const QString &text)
{
    return new EmptyHint(view, text);
}

EmptyHint::EmptyHint(QAbstractItemView *view, const QString &text)
    : QLabel(text, view->viewport())
    , m_view(view)
    , m_model(view->model())
{
    setObjectName(QStringLiteral("emptyHint"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(12);
    setForegroundRole(QPalette::PlaceholderText);
    // Clicks and drops go to the view underneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &EmptyHint::refresh);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &EmptyHint::refresh);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::refresh);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::refresh);
    }
    refresh();
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void EmptyHint::refresh()
{
    setGeometry(m_view->viewport()->rect());
    setVisible(!m_model || m_model->rowCount() == 0);
}

} // namespace ps
