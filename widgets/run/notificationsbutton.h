#pragma once

#include <QToolButton>

class QFrame;
class QListView;

namespace ps {

class NotificationLog;

// The status bar's way back to what went wrong: a button that counts the notifications not
// yet read ("⚠ 2") and opens the list of them (NotificationLog), newest first, with the
// server's reasons; reading the list marks them read, Clear empties it.
class NotificationsButton : public QToolButton
{
    Q_OBJECT
public:
    explicit NotificationsButton(NotificationLog *log, QWidget *parent = nullptr);

    // Opens the list (as a click does).
    void showList();
    QFrame *popup() const { return m_popup; }
    QListView *list() const { return m_list; }

private:
    void updateText();

    NotificationLog *m_log;
    QFrame *m_popup;
    QListView *m_list;
};

} // namespace ps
