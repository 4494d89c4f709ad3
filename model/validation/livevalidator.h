#pragma once

#include "diagnostic.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace ps {

class PipelineDocument;

// Validates a document as it is edited: a moment after the last change, on a worker
// thread with a copy of the pipeline, so typing and dragging never wait for it. What
// reading the file reported stays listed until another file is opened.
class LiveValidator : public QObject
{
    Q_OBJECT

public:
    explicit LiveValidator(PipelineDocument *document, QObject *parent = nullptr);

    void setReadDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_current; }
    // Validates now (tests and the first show of a file).
    void validateNow();

signals:
    void diagnosticsChanged(const ps::Diagnostics &diagnostics);

private:
    void start();

    PipelineDocument *m_document;
    QTimer m_timer;
    QFutureWatcher<Diagnostics> m_watcher;
    Diagnostics m_read;
    Diagnostics m_current;
    bool m_again = false;
};

} // namespace ps
