#pragma once

#include "loadedfile.h"
#include "yamlreadcontext.h"

#include <QHash>

namespace ps {

// Reads Elyra `.pipeline` files (pipeline-flow v3 JSON). Generic nodes (notebook, Python,
// R) become container steps that run their file in the runtime image; catalog components
// become references (their definitions live in Elyra's catalogs); supernodes become
// sub-pipelines. Links become dependencies, node properties task settings (env, secrets,
// PVC mounts, resources), pipeline defaults apply to every generic node, positions and
// comments are kept. An operation that is neither generic nor a catalog reference is an
// error at the node, as Elyra's own validation reports it.
class ElyraReader
{
public:
    explicit ElyraReader(const YamlReadContext &context) : m_ctx(context) {}

    void read(const YAML::Node &document, LoadedFile *out);

private:
    void readFlow(const YAML::Node &flow, Graph *graph, Pipeline *p, int depth);
    Task readNode(const YAML::Node &node, const Graph &graph, Pipeline *p, int depth);
    QString genericComponent(const QString &op, const YAML::Node &params, Pipeline *p);
    void readSettings(const YAML::Node &params, TaskSettings *settings);

    YamlReadContext m_ctx;
    QHash<QString, YAML::Node> m_flows;    // pipeline id → its flow
    YAML::Node m_defaults;                  // pipeline_defaults of the primary flow
};

} // namespace ps
