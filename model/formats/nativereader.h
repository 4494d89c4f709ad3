#pragma once

#include "loadedfile.h"
#include "yamlreadcontext.h"

namespace ps {

// Reads the native document format written by NativeWriter. Unknown keys are kept in
// the `extras` of the object they were found on, with a warning, so nothing is lost.
class NativeReader
{
public:
    explicit NativeReader(const YamlReadContext &context) : m_ctx(context) {}

    // `document` is the file's single YAML document.
    void read(const YAML::Node &document, LoadedFile *out);

    Pipeline readPipeline(const YAML::Node &node);
    ComponentSpec readComponent(const YAML::Node &node, const QString &key);

private:
    void readComponentBody(const YAML::Node &node, ComponentSpec *component);
    QList<PortSpec> readPorts(const YAML::Node &parent, const char *key);
    void readGraph(const YAML::Node &node, Graph *graph);
    Task readTaskShell(const YAML::Node &node);
    void readTaskLinks(const YAML::Node &node, const Graph &graph, Task *task);
    void readSettings(const YAML::Node &node, const Graph &graph, TaskSettings *settings);
    Binding readBinding(const YAML::Node &node, const Graph &graph);
    CommandLine readCommandLine(const YAML::Node &parent, const char *key);
    CommandArg readCommandArg(const YAML::Node &node);
    TypeSpec readType(const YAML::Node &node);
    QJsonObject readExtras(const YAML::Node &node, const QSet<QString> &known);

    YamlReadContext m_ctx;
};

} // namespace ps
