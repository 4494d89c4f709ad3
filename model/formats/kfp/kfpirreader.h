#pragma once

#include "loadedfile.h"
#include "yamlreadcontext.h"

#include <vector>

namespace ps {

// Reads KFP v2 IR (PipelineSpec YAML, as the KFP SDK compiles pipelines and components):
// components with container executors or sub-DAGs, the root DAG with its task inputs,
// dependencies, conditions (CEL), loops, retries and caching, and the optional second
// document with platform (Kubernetes) settings, kept as written.
//
// A compiled component and a one-task pipeline look alike; the file is a component when
// the root DAG has exactly one task, of an executor component, that passes every root
// input straight through under the same name.
class KfpIrReader
{
public:
    explicit KfpIrReader(const YamlReadContext &context) : m_ctx(context) {}

    void read(const std::vector<YAML::Node> &documents, LoadedFile *out);

private:
    ComponentSpec readComponent(const QString &key, const YAML::Node &node, const YAML::Node &executors);
    void readDefinitions(const YAML::Node &node, QList<PortSpec> *ports, bool outputs);
    void readExecutor(const YAML::Node &executor, ComponentSpec *component);
    void readDag(const YAML::Node &dag, Graph *graph);
    void readTaskLinks(const YAML::Node &node, const Graph &graph, Task *task);
    Binding readParameterInput(const YAML::Node &node, const Graph &graph);
    Binding readArtifactInput(const YAML::Node &node, const Graph &graph);
    Binding producer(const YAML::Node &node, const char *taskKey, const char *outputKey, const Graph &graph);
    bool isSingleComponentFile(const Pipeline &pipeline) const;

    YamlReadContext m_ctx;
    QHash<QString, Resources> m_executorResources; // component key → resources of its executor
};

} // namespace ps
