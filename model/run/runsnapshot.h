#pragma once

#include "runnode.h"
#include "runphase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ps {

// Everything known about one run at one moment: a plain value, cheap to copy for a view.
struct RunSnapshot {
    QString id;
    QString pipelineName;
    QString displayName;
    QString sourcePath;               // the pipeline file, when it came from one
    RunPhase phase = RunPhase::Pending;
    QString message;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cachingEnabled = true;
    QMap<QString, QString> parameters;
    QMap<QString, QString> outputs;   // the pipeline's global outputs
    QList<RunNode> nodes;             // parents before their children

    const RunNode *node(const QString &nodeId) const;
    RunNode *node(const QString &nodeId);
    QList<const RunNode *> children(const QString &parentId) const;
    // The nodes that ran (or would run) a process: tasks without children and attempts.
    QList<const RunNode *> leaves() const;

    QJsonObject toJson() const;
    // The snapshot in `json`, or nothing with `error` set when it is not one.
    static std::optional<RunSnapshot> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const RunSnapshot &) const = default;
};

} // namespace ps
