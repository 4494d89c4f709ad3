#pragma once

#include "pipeline.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ps {

// How one pipeline differs from another in structure: tasks added, removed and changed (and
// which of their settings), and parameters added, removed or with another default. Tasks are
// matched by name, inside sub-pipelines too ("outer/inner"); positions are no difference.
class PipelineDiff
{
public:
    struct Change {
        enum class Kind { Added, Removed, Changed };
        Kind kind = Kind::Changed;
        QString task;            // TaskPath, or a parameter's name
        QStringList fields;      // Changed: "image", "command", "inputs", "resources", …
        bool operator==(const Change &) const = default;
    };

    QList<Change> tasks;
    QList<Change> parameters;

    bool isEmpty() const { return tasks.isEmpty() && parameters.isEmpty(); }
    static PipelineDiff between(const Pipeline &before, const Pipeline &after);
    // {"tasks": [{"task", "change": "added|removed|changed", "fields": [...]}], "parameters": [...]}
    QJsonObject toJson() const;
    // One line for people per change: "train: changed resources, image".
    QStringList describe() const;
    // A field name for people, translated: "resources", "input values".
    static QString fieldTitle(const QString &field);
};

QString toString(PipelineDiff::Change::Kind kind);

} // namespace ps
