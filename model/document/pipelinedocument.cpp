#include "pipelinedocument.h"

#include "formats/nativewriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QUndoStack>

namespace ps {

PipelineDocument::PipelineDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

PipelineDocument::~PipelineDocument() = default;

void PipelineDocument::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

void PipelineDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

bool PipelineDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void PipelineDocument::reset(Pipeline pipeline, const QString &filePath)
{
    m_undoStack->clear();
    m_pipeline = std::move(pipeline);
    setFilePath(filePath);
    emit documentReset();
    emit modifiedChanged(false);
}

bool PipelineDocument::save(const QString &path, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(NativeWriter::write(m_pipeline));
    if (!file.commit()) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    setFilePath(path);
    m_undoStack->setClean();
    return true;
}

void PipelineDocument::applyInsertTask(const QString &graph, qsizetype index, const Task &task)
{
    Graph *g = m_pipeline.graph(graph);
    Q_ASSERT(g);
    g->insertTask(index, task);
    emit taskAdded(graph, task.id);
}

std::optional<Task> PipelineDocument::applyTakeTask(const QString &graph, TaskId id)
{
    Graph *g = m_pipeline.graph(graph);
    std::optional<Task> taken = g ? g->takeTask(id) : std::nullopt;
    if (taken)
        emit taskRemoved(graph, id);
    return taken;
}

void PipelineDocument::applyMoveTask(const QString &graph, TaskId id, std::optional<QPointF> position)
{
    Graph *g = m_pipeline.graph(graph);
    Task *t = g ? g->task(id) : nullptr;
    if (!t)
        return;
    t->position = position;
    emit taskMoved(graph, id);
}

void PipelineDocument::applyReplaceTask(const QString &graph, const Task &task)
{
    Graph *g = m_pipeline.graph(graph);
    Task *t = g ? g->task(task.id) : nullptr;
    if (!t)
        return;
    const bool moved = t->position != task.position;
    *t = task;
    emit taskChanged(graph, task.id);
    if (moved)
        emit taskMoved(graph, task.id);
}

void PipelineDocument::applySetBinding(const QString &graph, TaskId id, const QString &input, const Binding &binding)
{
    Graph *g = m_pipeline.graph(graph);
    Task *t = g ? g->task(id) : nullptr;
    if (!t)
        return;
    if (binding.isSet())
        t->inputs.insert(input, binding);
    else
        t->inputs.remove(input);
    emit bindingChanged(graph, id, input);
}

void PipelineDocument::applySetParameters(const QList<PortSpec> &parameters)
{
    m_pipeline.parameters = parameters;
    emit parametersChanged();
}

void PipelineDocument::applySetComponent(const QString &key, const std::optional<ComponentSpec> &component)
{
    if (component)
        m_pipeline.components.insert(key, *component);
    else
        m_pipeline.components.remove(key);
    emit componentsChanged();
}

void PipelineDocument::applySetInfo(const QString &name, const QString &description, const std::optional<Schedule> &schedule)
{
    m_pipeline.name = name;
    m_pipeline.description = description;
    m_pipeline.schedule = schedule;
    emit infoChanged();
}

} // namespace ps
