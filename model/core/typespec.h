#pragma once

#include <QString>

namespace ps {

// The type of a port or parameter. Covers KFP's parameter types, artifact types
// (by schema title), free-form named types of KFP v1 components, and "any".
class TypeSpec
{
public:
    enum class Kind {
        Any,
        String,
        Integer,
        Double,
        Boolean,
        List,
        Struct,
        TaskFinalStatus,
        Artifact, // name() is the schema title, e.g. "system.Dataset"
        Named,    // name() is the type as written by a v1 component, e.g. "GCSPath"
    };

    TypeSpec() = default;
    explicit TypeSpec(Kind kind) : m_kind(kind) {}

    static TypeSpec artifact(QString schemaTitle, QString schemaVersion = {}, bool isList = false);
    static TypeSpec named(QString name);
    // KFP v1 spelling ("String", "Integer", "JsonObject", "GCSPath", "" …) to a type;
    // the well-known ones map to KFP's table, the rest stay named.
    static TypeSpec fromKfpV1(const QString &name);
    // KFP IR parameterType ("STRING", "NUMBER_INTEGER" …); false if unknown.
    static bool fromKfpParameterType(const QString &text, TypeSpec *out);

    Kind kind() const { return m_kind; }
    const QString &name() const { return m_name; }
    const QString &schemaVersion() const { return m_schemaVersion; }
    bool isList() const { return m_isList; }
    bool isArtifact() const { return m_kind == Kind::Artifact; }
    bool isParameterKind() const;

    // KFP IR spelling for parameter kinds ("STRING" …); empty for others.
    QString kfpParameterType() const;

    // Canonical text used by the native format: "any", "STRING", "NUMBER_INTEGER", …,
    // "artifact:system.Dataset@0.0.1", "artifact-list:system.Model", "named:GCSPath".
    QString toText() const;
    static bool fromText(const QString &text, TypeSpec *out);

    // Short label for people: "string", "Dataset", "GCSPath".
    QString displayName() const;

    // Whether a value of type `from` may feed a port of type `to`.
    static bool canConnect(const TypeSpec &from, const TypeSpec &to);

    bool operator==(const TypeSpec &) const = default;

private:
    Kind m_kind = Kind::Any;
    QString m_name;
    QString m_schemaVersion;
    bool m_isList = false;
};

} // namespace ps
