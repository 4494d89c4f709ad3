#pragma once

#include "binding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ps {

struct EnvVar {
    QString name;
    QString value;
    bool operator==(const EnvVar &) const = default;
};

// An environment variable read from a Kubernetes Secret (Argo `secretKeyRef`, KFP secretAsEnv).
struct SecretEnvVar {
    QString name;
    QString secretName;
    QString secretKey;
    bool operator==(const SecretEnvVar &) const = default;
};

// Kubernetes quantities kept as written ("500m", "2Gi"); empty means unset.
struct Resources {
    QString cpuRequest;
    QString cpuLimit;
    QString memoryRequest;
    QString memoryLimit;
    QString gpuLimit;                                   // count, e.g. "1"
    QString gpuResource = QStringLiteral("nvidia.com/gpu");

    bool isEmpty() const
    {
        return cpuRequest.isEmpty() && cpuLimit.isEmpty() && memoryRequest.isEmpty()
               && memoryLimit.isEmpty() && gpuLimit.isEmpty();
    }
    bool operator==(const Resources &) const = default;
};

struct RetryPolicy {
    int limit = 0;                 // retries after the first attempt; 0: none
    QString retryOn;               // Argo retryPolicy: Always, OnFailure, OnError, OnTransientError; empty: engine default
    QString backoffDuration;       // e.g. "10s"
    double backoffFactor = 0;      // 0: unset
    QString backoffMaxDuration;
    bool operator==(const RetryPolicy &) const = default;
};

struct VolumeMount {
    enum class Source { EmptyDir, PersistentVolumeClaim, ConfigMap, Secret, HostPath, Other };

    QString name;
    QString mountPath;
    Source source = Source::EmptyDir;
    QString reference;             // claim, config map or secret name, or host path
    QString subPath;
    bool readOnly = false;
    QJsonObject other;             // Source::Other: the volume source as written
    bool operator==(const VolumeMount &) const = default;
};

// A condition in the dialect it was written in. Translating between dialects
// is the exporters' job, and only where the meaning is certain.
struct Condition {
    enum class Dialect { ArgoWhen, KfpCel };

    Dialect dialect = Dialect::ArgoWhen;
    QString text;

    bool isSet() const { return !text.trimmed().isEmpty(); }
    bool operator==(const Condition &) const = default;
};

struct Loop {
    enum class Kind { None, Items, Parameter, Sequence };

    Kind kind = Kind::None;
    QJsonArray items;              // Items: the literal list
    Binding source;                // Parameter: a pipeline parameter, upstream output or expression giving a JSON list
    QString sequenceStart;         // Sequence: Argo withSequence (numbers or expressions)
    QString sequenceEnd;
    QString sequenceCount;
    QString sequenceFormat;
    int parallelism = 0;           // 0: unlimited

    bool isSet() const { return kind != Kind::None; }
    bool operator==(const Loop &) const = default;
};

// How one task runs, beyond what its component says.
struct TaskSettings {
    QList<EnvVar> env;
    QList<SecretEnvVar> secretEnv;
    Resources resources;
    RetryPolicy retry;
    qint64 timeoutSeconds = 0;     // 0: none
    bool cachingEnabled = true;
    QList<VolumeMount> volumes;
    QMap<QString, QString> nodeSelector;
    Condition condition;
    Loop loop;
    bool operator==(const TaskSettings &) const = default;
};

} // namespace ps
