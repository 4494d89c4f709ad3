#pragma once

#include "recoverystore.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

namespace ps {

class PipelineDocument;

// Keeps a recovery copy of a document while it has unsaved changes: written a few seconds
// after an edit (on a worker thread, from a copy of the pipeline), removed when the
// document is saved, reverted to its saved state or closed normally.
class RecoveryAutosaver : public QObject
{
    Q_OBJECT

public:
    RecoveryAutosaver(PipelineDocument *document, RecoveryStore store, int intervalMs = 5000, QObject *parent = nullptr);
    ~RecoveryAutosaver() override;

    const RecoveryStore &store() const { return m_store; }

signals:
    void written(const QString &path);
    void failed(const QString &message);

private:
    void edited();
    void writeNow();

    PipelineDocument *m_document;
    RecoveryStore m_store;
    QTimer m_timer;
    QFuture<QString> m_future;
    bool m_writing = false;
    bool m_pending = false;
};

} // namespace ps
