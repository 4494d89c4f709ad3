#pragma once

#include "commandarg.h"
#include "graph.h"
#include "portspec.h"
#include "sourcelocation.h"
#include "tasksettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ps {

// How a component does its work.
struct Implementation {
    enum class Kind {
        Container, // an image with a command line
        Script,    // an image with an interpreter and inline source (Argo script template)
        Graph,     // a sub-pipeline: its own graph of tasks
        Reference, // a component known only by URL/digest (KFP v1 graph componentRef), not loaded
        Opaque,    // something the model does not express, kept as written (Argo resource, suspend…)
    };

    Kind kind = Kind::Container;
    QString image;
    CommandLine command;        // Container
    CommandLine args;           // Container
    QStringList interpreter;    // Script: e.g. ["python"] or ["bash"]
    QString source;             // Script: the inline source
    QList<EnvVar> env;          // defaults every task of this component gets
    Graph graph;                // Graph
    QString referenceUrl;       // Reference
    QString referenceDigest;    // Reference
    QString opaqueKind;         // Opaque: what it is ("resource", "suspend", …)
    QJsonObject opaque;         // Opaque: the definition as written

    bool operator==(const Implementation &) const = default;
};

// What a palette entry is, and what a task instantiates: an interface and an implementation.
struct ComponentSpec {
    QString key;               // identity within a pipeline (becomes the Argo template / KFP component name)
    QString name;              // name for people
    QString description;
    QString category;          // palette group
    QList<PortSpec> inputs;
    QList<PortSpec> outputs;
    Implementation implementation;
    QJsonObject extras;        // fields of the source format kept as written (metadata, annotations…)
    SourceLocation location;

    const PortSpec *input(const QString &portName) const;
    const PortSpec *output(const QString &portName) const;
    bool operator==(const ComponentSpec &) const = default;
};

} // namespace ps
