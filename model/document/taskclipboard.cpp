#include "taskclipboard.h"

#include "inserttaskscommand.h"
#include "nativewriter.h"
#include "pipeline.h"
#include "pipelinedocument.h"
#include "pipelinefilereader.h"

#include <QCoreApplication>
#include <QSet>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TaskClipboard)
};

// The component keys a task needs, sub-pipelines' own components included.
void collectComponents(const Pipeline &pipeline, const QString &key, QSet<QString> &keys)
{
    if (keys.contains(key))
        return;
    const ComponentSpec *component = pipeline.component(key);
    if (!component)
        return;
    keys.insert(key);
    if (component->implementation.kind == Implementation::Kind::Graph) {
        for (const Task &inner : component->implementation.graph.tasks())
            collectComponents(pipeline, inner.component, keys);
    }
}

void dropBindingsOutside(Task &task, const QSet<TaskId> &kept)
{
    for (auto it = task.inputs.begin(); it != task.inputs.end(); ++it) {
        if (it->kind == Binding::Kind::TaskOutput && !kept.contains(it->task))
            *it = Binding();
    }
    task.dependencies.removeIf([&](TaskId id) { return !kept.contains(id); });
    if (task.settings.loop.source.kind == Binding::Kind::TaskOutput && !kept.contains(task.settings.loop.source.task))
        task.settings.loop.source = Binding();
}

void remapBindings(Task &task, const QHash<TaskId, TaskId> &ids)
{
    for (auto it = task.inputs.begin(); it != task.inputs.end(); ++it) {
        if (it->kind == Binding::Kind::TaskOutput)
            it->task = ids.value(it->task);
    }
    for (TaskId &dependency : task.dependencies)
        dependency = ids.value(dependency);
    if (task.settings.loop.source.kind == Binding::Kind::TaskOutput)
        task.settings.loop.source.task = ids.value(task.settings.loop.source.task);
}

} // namespace

QByteArray TaskClipboard::copy(const Pipeline &pipeline, const QString &graphKey, const QList<TaskId> &ids)
{
    const Graph *graph = pipeline.graph(graphKey);
    if (!graph || ids.isEmpty())
        return {};
    const QSet<TaskId> kept(ids.cbegin(), ids.cend());
    Pipeline clip;
    clip.name = QStringLiteral("clipboard");
    QSet<QString> componentKeys;
    QSet<QString> parameters;
    for (const Task &task : graph->tasks()) {
        if (!kept.contains(task.id))
            continue;
        Task copy = task;
        copy.role = Task::Role::Step;  // a pasted exit handler would be a second one
        dropBindingsOutside(copy, kept);
        for (const Binding &binding : std::as_const(copy.inputs)) {
            if (binding.kind == Binding::Kind::Parameter)
                parameters.insert(binding.parameter);
        }
        collectComponents(pipeline, copy.component, componentKeys);
        clip.root.insertTask(clip.root.size(), copy);
    }
    if (const QList<PortSpec> *inputs = pipeline.graphInputs(graphKey)) {
        for (const PortSpec &parameter : *inputs) {
            if (parameters.contains(parameter.name))
                clip.parameters.append(parameter);
        }
    }
    for (const QString &key : std::as_const(componentKeys))
        clip.components.insert(key, *pipeline.component(key));
    return NativeWriter::write(clip);
}

InsertTasksCommand *TaskClipboard::paste(PipelineDocument *document, const QString &graphKey, const QByteArray &bytes,
                                         QPointF offset, QString *error)
{
    const LoadedFile file = PipelineFileReader::readBytes(bytes, Tr::tr("clipboard"));
    const Graph *target = document->pipeline().graph(graphKey);
    if (!file.readable || file.kind != LoadedFile::Kind::Pipeline || file.pipeline.root.isEmpty() || !target) {
        if (error)
            *error = Tr::tr("The clipboard holds no tasks.");
        return nullptr;
    }
    const Pipeline &clip = file.pipeline;
    // Components: reuse an identical one, rename one whose key is taken by another.
    Pipeline scratch = document->pipeline();
    QHash<QString, QString> componentKeys;
    QList<ComponentSpec> newComponents;
    for (auto it = clip.components.cbegin(); it != clip.components.cend(); ++it) {
        const ComponentSpec *existing = scratch.component(it.key());
        if (existing && *existing == it.value()) {
            componentKeys.insert(it.key(), it.key());
            continue;
        }
        ComponentSpec component = it.value();
        component.key = existing ? scratch.uniqueComponentKey(it.key()) : it.key();
        componentKeys.insert(it.key(), component.key);
        scratch.components.insert(component.key, component);
        newComponents.append(component);
    }
    // Tasks: fresh ids and names, bindings among them remapped, positions shifted.
    Graph names = *target;
    QHash<TaskId, TaskId> ids;
    quint32 next = target->nextId().value;
    for (const Task &task : clip.root.tasks())
        ids.insert(task.id, TaskId{next++});
    QList<Task> tasks;
    for (const Task &task : clip.root.tasks()) {
        Task pasted = task;
        pasted.id = ids.value(task.id);
        pasted.name = names.uniqueName(task.name);
        pasted.component = componentKeys.value(task.component, task.component);
        remapBindings(pasted, ids);
        pasted.position = task.position.value_or(QPointF()) + offset;
        names.insertTask(names.size(), pasted);
        tasks.append(pasted);
    }
    const QString text = Tr::tr("Paste %n task(s)", nullptr, int(tasks.size()));
    return new InsertTasksCommand(document, graphKey, std::move(tasks), std::move(newComponents), text);
}

} // namespace ps
