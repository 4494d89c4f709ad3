#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ps {

struct Pipeline;

// Recovery copies of unsaved documents, one per open document, in a folder of the user's.
// Each copy has a small JSON sidecar naming the file it belongs to and the process that
// wrote it, so the next start can tell a crashed session's copy from a running one's.
class RecoveryStore
{
public:
    struct Entry {
        QString recoveryPath;    // the native-format copy
        QString originalPath;    // the document's own file; empty when it had none yet
        QString title;           // the pipeline's name, for the prompt
        QDateTime savedAt;
    };

    // `directory` defaults to <app data>/recovery.
    explicit RecoveryStore(QString directory = {});

    QString directory() const { return m_directory; }
    // The path of this document's copy (stable for the store's lifetime).
    QString recoveryPath() const;

    // Writes the copy atomically. Safe to call from a worker thread with a copied pipeline.
    bool write(const Pipeline &pipeline, const QString &originalPath, QString *error = nullptr) const;
    // Removes this document's copy (after a save or a deliberate close).
    void discard() const;

    // Copies left behind by sessions that are no longer running, newest first.
    QList<Entry> orphans() const;
    // Removes a copy the user restored or declined.
    static void remove(const Entry &entry);

private:
    QString m_directory;
    QString m_id;
};

} // namespace ps
