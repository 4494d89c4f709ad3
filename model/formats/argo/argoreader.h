#pragma once

#include "loadedfile.h"
#include "yamlreadcontext.h"

#include <QHash>
#include <QMap>

#include <vector>

namespace ps {

// Reads Argo Workflow, CronWorkflow, WorkflowTemplate and ClusterWorkflowTemplate files.
// The entry template becomes the root graph (a DAG as it is; steps as a graph with the
// same ordering; a single container or script as one task), every other template a
// component (DAG and steps templates sub-pipelines, recursion allowed), onExit the exit
// handler, and `templateRef`s references. Fields the model does not express are kept in
// extras for ArgoWriter to write back; `status` is ignored.
class ArgoReader
{
public:
    explicit ArgoReader(const YamlReadContext &context) : m_ctx(context) {}

    void read(const std::vector<YAML::Node> &documents, LoadedFile *out);

    static QString extrasSpecKey() { return QStringLiteral("argoSpec"); }
    static QString extrasMetadataKey() { return QStringLiteral("argoMetadata"); }
    static QString extrasCronKey() { return QStringLiteral("argoCron"); }
    static QString extrasParameterFieldsKey() { return QStringLiteral("argoParameterFields"); }

private:
    void readVolumes(const YAML::Node &spec);
    void readArguments(const YAML::Node &spec, Pipeline *p);
    void readGraph(const YAML::Node &tmpl, Graph *graph, Pipeline *p, bool entry);
    Task readTask(const YAML::Node &node, Pipeline *p);
    void readTaskLinks(const YAML::Node &node, const Graph &graph, bool steps, bool entry, QList<TaskId> previousGroup,
                       Task *task);
    QString componentFor(const YAML::Node &taskNode, Pipeline *p);
    void readGraphOutputs(const YAML::Node &tmpl, Graph *graph, bool entry);
    void addResultOutputs(Pipeline *p);
    void restoreLayout(const QString &annotation, Pipeline *p);

    YamlReadContext m_ctx;
    QMap<QString, YAML::Node> m_templates;
    QMap<QString, VolumeMount> m_volumes;
    QHash<QString, TaskSettings> m_templateSettings;
    QSet<QString> m_reading; // graph templates being read (recursion guard)
};

} // namespace ps
