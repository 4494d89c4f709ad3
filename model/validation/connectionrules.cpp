#include "connectionrules.h"

#include "graphalgorithms.h"

#include <QCoreApplication>

namespace ps {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectionRules)
};
} // namespace

QString ConnectionRules::whyNot(const Pipeline &pipeline, const QString &graphKey, TaskId from, const QString &output,
                                TaskId to, const QString &input)
{
    const Graph *graph = pipeline.graph(graphKey);
    const Task *producer = graph ? graph->task(from) : nullptr;
    const Task *consumer = graph ? graph->task(to) : nullptr;
    if (!producer || !consumer)
        return Tr::tr("the task no longer exists");
    if (from == to)
        return Tr::tr("a task cannot feed itself");
    const ComponentSpec *pc = pipeline.component(producer->component);
    const ComponentSpec *cc = pipeline.component(consumer->component);
    const PortSpec *out = pc ? pc->output(output) : nullptr;
    const PortSpec *in = cc ? cc->input(input) : nullptr;
    if (!out)
        return Tr::tr("'%1' has no output '%2'").arg(producer->name, output);
    if (!in)
        return Tr::tr("'%1' has no input '%2'").arg(consumer->name, input);
    const Binding current = consumer->inputs.value(input);
    if (current.kind == Binding::Kind::TaskOutput)
        return Tr::tr("input '%1' is already fed by another output; disconnect it first").arg(input);
    if (!TypeSpec::canConnect(out->type, in->type))
        return Tr::tr("type mismatch: %1 cannot feed %2").arg(out->type.displayName(), in->type.displayName());
    if (out->artifact != in->artifact && out->type.kind() != TypeSpec::Kind::Any && in->type.kind() != TypeSpec::Kind::Any)
        return out->artifact ? Tr::tr("a file (artifact) cannot feed a value input")
                             : Tr::tr("a value cannot feed a file (artifact) input");
    if (graphalgorithms::dependsOn(*graph, from, to))
        return Tr::tr("this would make a cycle: '%1' already waits for '%2'").arg(producer->name, consumer->name);
    return {};
}

} // namespace ps
