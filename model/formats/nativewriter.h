#pragma once

#include "componentspec.h"
#include "pipeline.h"

#include <QByteArray>

namespace YAML {
class Emitter;
}

namespace ps {

// Writes the native document format: YAML with a fixed key order, so the same pipeline
// always gives the same bytes and a change reads well in a diff.
class NativeWriter
{
public:
    static constexpr int kSchemaVersion = 1;

    static QByteArray write(const Pipeline &pipeline);
    static QByteArray writeComponent(const ComponentSpec &component);

private:
    static void emitComponentBody(YAML::Emitter &out, const ComponentSpec &component);
    static void emitPorts(YAML::Emitter &out, const char *key, const QList<PortSpec> &ports);
    static void emitGraph(YAML::Emitter &out, const Graph &graph);
    static void emitTask(YAML::Emitter &out, const Graph &graph, const Task &task);
    static void emitSettings(YAML::Emitter &out, const Graph &graph, const TaskSettings &settings);
    static void emitBinding(YAML::Emitter &out, const Graph &graph, const Binding &binding);
    static void emitCommandLine(YAML::Emitter &out, const char *key, const CommandLine &line);
    static void emitCommandArg(YAML::Emitter &out, const CommandArg &arg);
    static void emitExtras(YAML::Emitter &out, const QJsonObject &extras);
};

} // namespace ps
