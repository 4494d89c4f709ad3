#include "recoveryautosaver.h"

#include "pipelinedocument.h"

#include <QFutureWatcher>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace ps {

RecoveryAutosaver::RecoveryAutosaver(PipelineDocument *document, RecoveryStore store, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(std::move(store))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryAutosaver::writeNow);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &RecoveryAutosaver::edited);
    connect(document, &PipelineDocument::documentReset, this, &RecoveryAutosaver::edited);
    connect(document, &PipelineDocument::modifiedChanged, this, &RecoveryAutosaver::edited);
}

RecoveryAutosaver::~RecoveryAutosaver()
{
    // A normal close (the user answered the unsaved-changes prompt) leaves nothing behind;
    // a write still in flight must not recreate the copy after it is gone.
    m_future.waitForFinished();
    m_store.discard();
}

void RecoveryAutosaver::edited()
{
    if (!m_document->isModified()) {
        m_timer.stop();
        m_pending = false;
        m_store.discard();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void RecoveryAutosaver::writeNow()
{
    if (m_writing) {
        m_pending = true;
        return;
    }
    if (!m_document->isModified())
        return;
    m_writing = true;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_writing = false;
        if (!m_document->isModified())
            m_store.discard();  // saved while we were writing
        else if (error.isEmpty())
            emit written(m_store.recoveryPath());
        else
            emit failed(error);
        if (std::exchange(m_pending, false))
            m_timer.start();
    });
    m_future = QtConcurrent::run([store = m_store, pipeline = m_document->pipeline(), path = m_document->filePath()] {
        QString error;
        store.write(pipeline, path, &error);
        return error;
    });
    watcher->setFuture(m_future);
}

} // namespace ps
