#pragma once

#include "componentspec.h"
#include "diagnostic.h"
#include "pipeline.h"

namespace ps {

// The rules a pipeline must meet before any engine will take it: no cycles, types that
// fit, required inputs fed, unique names the engines accept, no dangling references.
// The editor asks the same rules (ConnectionRules) before it lets an edge exist.
class Validator
{
public:
    static Diagnostics validate(const Pipeline &pipeline);
    // A component on its own, with the components it refers to (for a sub-pipeline).
    static Diagnostics validateComponent(const ComponentSpec &component,
                                         const QMap<QString, ComponentSpec> &dependencies = {});

private:
    explicit Validator(const Pipeline &pipeline) : m_pipeline(pipeline) {}

    void checkPipeline();
    void checkParameters(const QList<PortSpec> &ports, const QString &what, const QString &graphKey);
    void checkComponent(const ComponentSpec &component);
    void checkGraph(const QString &graphKey, const Graph &graph);
    void checkTask(const QString &graphKey, const Graph &graph, const Task &task);
    void checkBinding(const QString &graphKey, const Graph &graph, const Task &task, const QString &input,
                      const Binding &binding, const PortSpec *port);
    void checkCommandLine(const ComponentSpec &component, const CommandLine &line);
    void taskError(const QString &graphKey, const Task &task, const QString &message,
                   Diagnostic::Severity severity = Diagnostic::Severity::Error);

    const Pipeline &m_pipeline;
    Diagnostics m_diagnostics;
};

} // namespace ps
