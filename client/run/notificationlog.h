#pragma once

#include "actionoutcome.h"
#include "connectionstate.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace ps {

class RunBackend;

// What went wrong that the user must be able to read again: actions a backend refused or
// that failed after it had accepted them (with the server's reason), connections that were
// lost or refused, and refusals the panels met at once. Newest first, at most kMaxEntries;
// unread() counts the entries added since the list was last looked at (markRead()).
class NotificationLog : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 200;
    enum Role { TimeRole = Qt::UserRole + 1, SourceRole, TextRole };
    struct Entry {
        QDateTime time;
        QString source;   // the backend or panel it came from
        QString text;
    };

    using QAbstractListModel::QAbstractListModel;

    // Records `backend`'s failed actions and connection troubles from now on.
    void watch(RunBackend *backend);
    void add(const QString &source, const QString &text);
    void clear();
    const Entry &entry(int row) const { return m_entries.at(row); }
    int unread() const { return m_unread; }
    void markRead();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A failed outcome as a sentence with the server's reason: "Argo (lab) refused to stop run x: …".
    static QString describe(const QString &backendName, const ActionOutcome &outcome);

signals:
    // An entry was added: for the status bar.
    void added(const QString &text);
    void unreadChanged(int count);

private:
    void connectionChanged(RunBackend *backend, const ConnectionState &state);

    QList<Entry> m_entries;
    QHash<RunBackend *, ConnectionState::Kind> m_states;
    int m_unread = 0;
};

} // namespace ps
