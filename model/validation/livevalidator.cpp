#include "livevalidator.h"

#include "pipelinedocument.h"
#include "validator.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ps {

LiveValidator::LiveValidator(PipelineDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &LiveValidator::start);
    auto changed = [this] { m_timer.start(); };
    connect(document, &PipelineDocument::taskAdded, this, changed);
    connect(document, &PipelineDocument::taskRemoved, this, changed);
    connect(document, &PipelineDocument::taskChanged, this, changed);
    connect(document, &PipelineDocument::bindingChanged, this, changed);
    connect(document, &PipelineDocument::parametersChanged, this, changed);
    connect(document, &PipelineDocument::componentsChanged, this, changed);
    connect(document, &PipelineDocument::infoChanged, this, changed);
    connect(&m_watcher, &QFutureWatcher<Diagnostics>::finished, this, [this] {
        m_current = m_read + m_watcher.result();
        emit diagnosticsChanged(m_current);
        if (std::exchange(m_again, false))
            start();
    });
}

void LiveValidator::setReadDiagnostics(const Diagnostics &diagnostics)
{
    m_read = diagnostics;
}

void LiveValidator::validateNow()
{
    m_timer.stop();
    m_current = m_read + Validator::validate(m_document->pipeline());
    emit diagnosticsChanged(m_current);
}

void LiveValidator::start()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([pipeline = m_document->pipeline()] { return Validator::validate(pipeline); }));
}

} // namespace ps
