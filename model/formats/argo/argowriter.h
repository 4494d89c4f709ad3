#pragma once

#include "diagnostic.h"
#include "pipeline.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace ps {

// Writes a pipeline as an Argo Workflow, CronWorkflow or WorkflowTemplate: a DAG entry
// template, one container/script template per distinct (component, task settings), nested
// DAG templates for sub-pipelines, parameters and artifacts passed between tasks, `when`,
// loops, retries, deadlines, resources, env and secrets, volumes, node selectors, onExit,
// and the layout in an annotation. Output validates against Argo's JSON schema (which types
// int-or-string fields as strings, so those are written as strings). Deterministic.
class ArgoWriter
{
public:
    enum class Kind { Workflow, CronWorkflow, WorkflowTemplate, ClusterWorkflowTemplate };

    struct Result {
        QJsonObject object;
        QByteArray yaml;
        Diagnostics diagnostics; // errors: parts that have no Argo equivalent (nothing is dropped silently)
    };

    static Result write(const Pipeline &pipeline, Kind kind);

    static constexpr const char *kLayoutAnnotation = "pipelinestudio.io/layout";

private:
    explicit ArgoWriter(const Pipeline &pipeline) : m_pipeline(pipeline) {}

    QJsonObject workflowSpec();
    QString dagTemplate(const QString &graphKey, const QString &preferredName);
    QJsonObject dagTask(const QString &graphKey, const Graph &graph, const Task &task);
    QString leafTemplate(const QString &graphKey, const Task &task, const ComponentSpec &component);
    QString addTemplate(const QString &base, QJsonObject tmpl);
    QString bindingValue(const QString &graphKey, const Graph &graph, const Binding &binding, const Task &task,
                         bool *isArtifactFrom);
    void error(const Task &task, const QString &message);

    const Pipeline &m_pipeline;
    QJsonArray m_templates;
    QHash<QString, QJsonObject> m_templatesByName;
    QHash<QString, QString> m_dagNames;      // graph key → its DAG template's name
    QMap<QString, QJsonObject> m_volumes;    // volume name → spec.volumes entry
    Diagnostics m_diagnostics;
};

} // namespace ps
