#include "pipeline.h"

namespace ps {

const Graph *Pipeline::graph(const QString &graphKey) const
{
    if (graphKey.isEmpty())
        return &root;
    const auto it = components.constFind(graphKey);
    if (it == components.cend() || it->implementation.kind != Implementation::Kind::Graph)
        return nullptr;
    return &it->implementation.graph;
}

Graph *Pipeline::graph(const QString &graphKey)
{
    if (graphKey.isEmpty())
        return &root;
    const auto it = components.find(graphKey);
    if (it == components.end() || it->implementation.kind != Implementation::Kind::Graph)
        return nullptr;
    return &it->implementation.graph;
}

const QList<PortSpec> *Pipeline::graphInputs(const QString &graphKey) const
{
    if (graphKey.isEmpty())
        return &parameters;
    const auto it = components.constFind(graphKey);
    return it == components.cend() ? nullptr : &it->inputs;
}

const QList<PortSpec> *Pipeline::graphOutputs(const QString &graphKey) const
{
    if (graphKey.isEmpty())
        return &outputs;
    const auto it = components.constFind(graphKey);
    return it == components.cend() ? nullptr : &it->outputs;
}

const ComponentSpec *Pipeline::component(const QString &key) const
{
    const auto it = components.constFind(key);
    return it == components.cend() ? nullptr : &*it;
}

const PortSpec *Pipeline::parameter(const QString &name) const
{
    for (const PortSpec &p : parameters) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const Task *Pipeline::exitHandler() const
{
    for (const Task &t : root.tasks()) {
        if (t.role == Task::Role::ExitHandler)
            return &t;
    }
    return nullptr;
}

QString Pipeline::uniqueComponentKey(const QString &base) const
{
    const QString stem = base.isEmpty() ? QStringLiteral("component") : base;
    if (!components.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!components.contains(candidate))
            return candidate;
    }
}

} // namespace ps
