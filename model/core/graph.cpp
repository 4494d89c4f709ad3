#include "graph.h"

#include <QSet>

namespace ps {

const Task *Graph::task(TaskId id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_tasks[size_t(*it)];
}

Task *Graph::task(TaskId id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_tasks[size_t(*it)];
}

void Graph::reserve(qsizetype n)
{
    m_tasks.reserve(size_t(n));
    m_index.reserve(n);
}

const Task *Graph::taskByName(const QString &name) const
{
    // Readers resolve every reference by name; a linear search made that quadratic.
    auto lookup = [this, &name]() -> const Task * {
        const qsizetype i = m_names.value(name, -1);
        return i >= 0 && i < size() && m_tasks[size_t(i)].name == name ? &m_tasks[size_t(i)] : nullptr;
    };
    if (const Task *hit = lookup())
        return hit;
    m_names.clear();
    m_names.reserve(size());
    for (qsizetype i = size() - 1; i >= 0; --i)
        m_names.insert(m_tasks[size_t(i)].name, i);  // the first task of a name wins, as before
    return lookup();
}

qsizetype Graph::indexOf(TaskId id) const
{
    return m_index.value(id, -1);
}

TaskId Graph::addTask(Task task)
{
    if (!task.id.isValid() || m_index.contains(task.id))
        task.id = TaskId{m_nextId};
    m_nextId = std::max(m_nextId, task.id.value + 1);
    m_index.insert(task.id, size());
    m_tasks.push_back(std::move(task));
    return m_tasks.back().id;
}

void Graph::insertTask(qsizetype index, Task task)
{
    Q_ASSERT(task.id.isValid() && !m_index.contains(task.id));
    index = std::clamp<qsizetype>(index, 0, size());
    m_nextId = std::max(m_nextId, task.id.value + 1);
    m_tasks.insert(m_tasks.begin() + index, std::move(task));
    reindex();
}

std::optional<Task> Graph::takeTask(TaskId id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    Task t = std::move(m_tasks[size_t(i)]);
    m_tasks.erase(m_tasks.begin() + i);
    reindex();
    return t;
}

QString Graph::uniqueName(const QString &base) const
{
    const QString stem = base.isEmpty() ? QStringLiteral("task") : base;
    QSet<QString> used;
    for (const Task &t : m_tasks)
        used.insert(t.name);
    if (!used.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

QList<TaskId> Graph::upstreamOf(TaskId id) const
{
    QList<TaskId> result;
    const Task *t = task(id);
    if (!t)
        return result;
    auto add = [&result](TaskId up) {
        if (up.isValid() && !result.contains(up))
            result.append(up);
    };
    for (const Binding &b : t->inputs) {
        if (b.kind == Binding::Kind::TaskOutput)
            add(b.task);
    }
    if (t->settings.loop.kind == Loop::Kind::Parameter && t->settings.loop.source.kind == Binding::Kind::TaskOutput)
        add(t->settings.loop.source.task);
    for (TaskId d : t->dependencies)
        add(d);
    return result;
}

QList<Edge> Graph::edges() const
{
    QList<Edge> result;
    for (const Task &t : m_tasks) {
        QSet<TaskId> fed;
        for (auto it = t.inputs.cbegin(); it != t.inputs.cend(); ++it) {
            if (it->kind == Binding::Kind::TaskOutput) {
                result.append({it->task, it->output, t.id, it.key()});
                fed.insert(it->task);
            }
        }
        const Binding &loopSource = t.settings.loop.source;
        if (t.settings.loop.kind == Loop::Kind::Parameter && loopSource.kind == Binding::Kind::TaskOutput
            && !fed.contains(loopSource.task)) {
            result.append({loopSource.task, {}, t.id, {}});
            fed.insert(loopSource.task);
        }
        for (TaskId d : t.dependencies) {
            if (!fed.contains(d))
                result.append({d, {}, t.id, {}});
        }
    }
    return result;
}

void Graph::reindex()
{
    m_index.clear();
    m_names.clear();
    m_index.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        m_index.insert(m_tasks[size_t(i)].id, i);
}

} // namespace ps
