#include "notificationsbutton.h"

#include "notificationlog.h"

#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ps {

NotificationsButton::NotificationsButton(NotificationLog *log, QWidget *parent)
    : QToolButton(parent)
    , m_log(log)
    , m_popup(new QFrame(this, Qt::Popup))
    , m_list(new QListView(m_popup))
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setToolTip(tr("Refused actions and lost connections, with the servers' reasons"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_list->setModel(log);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *title = new QLabel(tr("Notifications"), m_popup);
    auto *clear = new QPushButton(tr("Clear"), m_popup);
    auto *empty = new QLabel(tr("Nothing went wrong."), m_popup);
    auto *layout = new QVBoxLayout(m_popup);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(clear, 0, Qt::AlignRight);
    const auto showEmpty = [this, empty] {
        empty->setVisible(m_log->rowCount() == 0);
        m_list->setVisible(m_log->rowCount() > 0);
    };
    connect(log, &QAbstractItemModel::rowsInserted, m_popup, showEmpty);
    connect(log, &QAbstractItemModel::modelReset, m_popup, showEmpty);
    showEmpty();
    connect(clear, &QPushButton::clicked, log, &NotificationLog::clear);
    connect(this, &QToolButton::clicked, this, &NotificationsButton::showList);
    connect(log, &NotificationLog::unreadChanged, this, &NotificationsButton::updateText);
    updateText();
}

void NotificationsButton::showList()
{
    m_popup->resize(std::max(420, width()), 280);
    const QPoint below = mapToGlobal(QPoint(width() - m_popup->width(), -m_popup->height()));
    m_popup->move(below);
    m_popup->show();
    m_log->markRead();
}

void NotificationsButton::updateText()
{
    const int unread = m_log->unread();
    setIcon(QIcon::fromTheme(unread > 0 ? QStringLiteral("dialog-warning") : QStringLiteral("dialog-information")));
    setText(unread > 0 ? tr("%n new notification(s)", nullptr, unread) : tr("Notifications"));
}

} // namespace ps
