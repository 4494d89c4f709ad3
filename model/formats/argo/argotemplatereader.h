#pragma once

#include "componentspec.h"
#include "tasksettings.h"
#include "yamlreadcontext.h"

#include <QMap>

namespace ps {

// One Argo template to a component: its inputs and outputs, and for container and script
// templates the image, command or source, and env. What Argo puts on a template but the
// model puts on a task (resources, retries, deadline, node selector, volume mounts, secret
// env) comes back as TaskSettings for every task that uses the template. Fields the model
// does not express are kept in the component's extras and written back by ArgoWriter.
// Resource, suspend, http, plugin, data, container-set and daemon templates are kept whole.
class ArgoTemplateReader
{
public:
    // Volumes of the workflow (spec.volumes), by name, to resolve volume mounts.
    ArgoTemplateReader(const YamlReadContext &context, QMap<QString, VolumeMount> volumes)
        : m_ctx(context), m_volumes(std::move(volumes)) {}

    ComponentSpec read(const QString &name, const YAML::Node &tmpl, TaskSettings *settings);

    static QString extrasTemplateKey() { return QStringLiteral("argoTemplate"); }
    static QString extrasContainerKey() { return QStringLiteral("argoContainer"); }
    static QString extrasPortFieldsKey() { return QStringLiteral("argoPortFields"); }

private:
    void readInputs(const YAML::Node &inputs, ComponentSpec *c);
    void readOutputs(const YAML::Node &outputs, ComponentSpec *c);
    // An input or output artifact declaration: name, path, generic artifact type.
    PortSpec artifactPort(const YAML::Node &declaration) const;
    void readBody(const YAML::Node &body, bool script, ComponentSpec *c, TaskSettings *settings);
    void readTemplateSettings(const YAML::Node &tmpl, TaskSettings *settings, QJsonObject *rest);
    void keepPortFields(ComponentSpec *c, const QString &where, const YAML::Node &node, const QSet<QString> &modelled);

    YamlReadContext m_ctx;
    QMap<QString, VolumeMount> m_volumes;
};

} // namespace ps
