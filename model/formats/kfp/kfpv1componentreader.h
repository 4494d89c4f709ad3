#pragma once

#include "loadedfile.h"
#include "yamlreadcontext.h"

namespace ps {

// Reads a KFP v1 `component.yaml`: inputs, outputs, and either a container implementation
// (with inputValue/inputPath/outputPath/concat/if placeholders) or a graph implementation,
// which becomes a sub-pipeline. Components a graph names by URL become Reference components,
// kept in LoadedFile::pipeline.components.
class KfpV1ComponentReader
{
public:
    explicit KfpV1ComponentReader(const YamlReadContext &context) : m_ctx(context) {}

    void read(const YAML::Node &document, LoadedFile *out);

private:
    ComponentSpec readComponent(const YAML::Node &node, int depth);
    void readContainer(const YAML::Node &node, ComponentSpec *component);
    void readGraph(const YAML::Node &node, ComponentSpec *component, int depth);
    QString resolveComponentRef(const YAML::Node &ref, const QString &taskName, int depth);
    Binding readArgument(const YAML::Node &value, const QHash<QString, TaskId> &taskIds, const Graph &graph);
    CommandArg readArg(const YAML::Node &node, int depth);
    std::vector<CommandArg> readArgList(const YAML::Node &node, int depth);
    void markArtifactUsage(const CommandArg &arg, ComponentSpec *component);

    YamlReadContext m_ctx;
    QMap<QString, ComponentSpec> m_dependencies;
};

} // namespace ps
