#include "removetaskscommand.h"

#include "pipelinedocument.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ps {

RemoveTasksCommand::RemoveTasksCommand(PipelineDocument *document, QString graph, QList<TaskId> ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_graph(std::move(graph))
{
    const Graph *g = document->pipeline().graph(m_graph);
    Q_ASSERT(g);
    const QSet<TaskId> gone(ids.cbegin(), ids.cend());
    for (TaskId id : ids) {
        const qsizetype index = g->indexOf(id);
        if (index >= 0)
            m_removed.append({index, *g->task(id)});
    }
    std::sort(m_removed.begin(), m_removed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    for (const Task &t : g->tasks()) {
        if (gone.contains(t.id))
            continue;
        Task after = t;
        for (auto it = after.inputs.begin(); it != after.inputs.end();) {
            if (it->kind == Binding::Kind::TaskOutput && gone.contains(it->task))
                it = after.inputs.erase(it);
            else
                ++it;
        }
        after.dependencies.removeIf([&gone](TaskId d) { return gone.contains(d); });
        Loop &loop = after.settings.loop;
        if (loop.kind == Loop::Kind::Parameter && loop.source.kind == Binding::Kind::TaskOutput && gone.contains(loop.source.task))
            loop.source = Binding();
        if (!(after == t)) {
            m_touchedBefore.append(t);
            m_touchedAfter.append(after);
        }
    }
    setText(m_removed.size() == 1
                ? QCoreApplication::translate("RemoveTasksCommand", "Delete task %1").arg(m_removed.front().second.name)
                : QCoreApplication::translate("RemoveTasksCommand", "Delete %n task(s)", nullptr, int(m_removed.size())));
}

void RemoveTasksCommand::redo()
{
    for (const Task &t : std::as_const(m_touchedAfter))
        m_document->applyReplaceTask(m_graph, t);
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_document->applyTakeTask(m_graph, it->second.id);
}

void RemoveTasksCommand::undo()
{
    for (const auto &[index, task] : std::as_const(m_removed))
        m_document->applyInsertTask(m_graph, index, task);
    for (const Task &t : std::as_const(m_touchedBefore))
        m_document->applyReplaceTask(m_graph, t);
}

} // namespace ps
