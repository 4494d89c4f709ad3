#include "typespec.h"

#include <array>
#include <utility>

namespace ps {

namespace {

struct KindName {
    TypeSpec::Kind kind;
    const char *kfp;
};

constexpr std::array kParameterKinds{
    KindName{TypeSpec::Kind::String, "STRING"},
    KindName{TypeSpec::Kind::Integer, "NUMBER_INTEGER"},
    KindName{TypeSpec::Kind::Double, "NUMBER_DOUBLE"},
    KindName{TypeSpec::Kind::Boolean, "BOOLEAN"},
    KindName{TypeSpec::Kind::List, "LIST"},
    KindName{TypeSpec::Kind::Struct, "STRUCT"},
    KindName{TypeSpec::Kind::TaskFinalStatus, "TASK_FINAL_STATUS"},
};

const QString kGenericArtifact = QStringLiteral("system.Artifact");

} // namespace

TypeSpec TypeSpec::artifact(QString schemaTitle, QString schemaVersion, bool isList)
{
    TypeSpec t(Kind::Artifact);
    t.m_name = schemaTitle.isEmpty() ? kGenericArtifact : std::move(schemaTitle);
    t.m_schemaVersion = std::move(schemaVersion);
    t.m_isList = isList;
    return t;
}

TypeSpec TypeSpec::named(QString name)
{
    if (name.isEmpty())
        return TypeSpec();
    TypeSpec t(Kind::Named);
    t.m_name = std::move(name);
    return t;
}

TypeSpec TypeSpec::fromKfpV1(const QString &name)
{
    // The KFP SDK's own table of v1 type names (kfp/components/types/type_utils.py).
    const QString lower = name.trimmed().toLower();
    if (lower.isEmpty())
        return TypeSpec();
    if (lower == u"string" || lower == u"str" || lower == u"text")
        return TypeSpec(Kind::String);
    if (lower == u"integer" || lower == u"int")
        return TypeSpec(Kind::Integer);
    if (lower == u"float" || lower == u"double")
        return TypeSpec(Kind::Double);
    if (lower == u"bool" || lower == u"boolean")
        return TypeSpec(Kind::Boolean);
    if (lower == u"jsonobject" || lower == u"dict")
        return TypeSpec(Kind::Struct);
    if (lower == u"jsonarray" || lower == u"list")
        return TypeSpec(Kind::List);
    return named(name.trimmed());
}

bool TypeSpec::fromKfpParameterType(const QString &text, TypeSpec *out)
{
    for (const auto &k : kParameterKinds) {
        if (text == QLatin1String(k.kfp)) {
            *out = TypeSpec(k.kind);
            return true;
        }
    }
    // Older IR files (schemaVersion 2.0.0) used "type: STRING|INT|DOUBLE".
    if (text == u"INT") {
        *out = TypeSpec(Kind::Integer);
        return true;
    }
    if (text == u"DOUBLE") {
        *out = TypeSpec(Kind::Double);
        return true;
    }
    return false;
}

bool TypeSpec::isParameterKind() const
{
    return m_kind != Kind::Any && m_kind != Kind::Artifact && m_kind != Kind::Named;
}

QString TypeSpec::kfpParameterType() const
{
    for (const auto &k : kParameterKinds) {
        if (k.kind == m_kind)
            return QLatin1String(k.kfp);
    }
    return {};
}

QString TypeSpec::toText() const
{
    switch (m_kind) {
    case Kind::Any:
        return QStringLiteral("any");
    case Kind::Artifact: {
        QString text = (m_isList ? QStringLiteral("artifact-list:") : QStringLiteral("artifact:")) + m_name;
        if (!m_schemaVersion.isEmpty())
            text += QLatin1Char('@') + m_schemaVersion;
        return text;
    }
    case Kind::Named:
        return QStringLiteral("named:") + m_name;
    default:
        return kfpParameterType();
    }
}

bool TypeSpec::fromText(const QString &text, TypeSpec *out)
{
    if (text == u"any") {
        *out = TypeSpec();
        return true;
    }
    if (fromKfpParameterType(text, out))
        return true;
    const bool list = text.startsWith(u"artifact-list:");
    if (list || text.startsWith(u"artifact:")) {
        const QString rest = text.mid(text.indexOf(QLatin1Char(':')) + 1);
        const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
        const QString title = at < 0 ? rest : rest.left(at);
        if (title.isEmpty())
            return false;
        *out = artifact(title, at < 0 ? QString() : rest.mid(at + 1), list);
        return true;
    }
    if (text.startsWith(u"named:") && text.size() > 6) {
        *out = named(text.mid(6));
        return true;
    }
    return false;
}

QString TypeSpec::displayName() const
{
    switch (m_kind) {
    case Kind::Any:
        return QStringLiteral("any");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Integer:
        return QStringLiteral("integer");
    case Kind::Double:
        return QStringLiteral("number");
    case Kind::Boolean:
        return QStringLiteral("boolean");
    case Kind::List:
        return QStringLiteral("list");
    case Kind::Struct:
        return QStringLiteral("struct");
    case Kind::TaskFinalStatus:
        return QStringLiteral("task status");
    case Kind::Artifact: {
        QString title = m_name.startsWith(u"system.") ? m_name.mid(7) : m_name;
        return m_isList ? QStringLiteral("list of %1").arg(title) : title;
    }
    case Kind::Named:
        return m_name;
    }
    return {};
}

bool TypeSpec::canConnect(const TypeSpec &from, const TypeSpec &to)
{
    if (from.m_kind == Kind::Any || to.m_kind == Kind::Any)
        return true;
    if (from.m_kind == Kind::Named || to.m_kind == Kind::Named) {
        if (from.m_kind == to.m_kind)
            return from.m_name == to.m_name;
        // A v1 named type stands for an artifact of unknown schema: it meets the generic one.
        const TypeSpec &other = from.m_kind == Kind::Named ? to : from;
        return other.m_kind == Kind::Artifact && other.m_name == kGenericArtifact && !other.m_isList;
    }
    if (from.m_kind == Kind::Artifact || to.m_kind == Kind::Artifact) {
        if (from.m_kind != to.m_kind || from.m_isList != to.m_isList)
            return false;
        return from.m_name == to.m_name || from.m_name == kGenericArtifact || to.m_name == kGenericArtifact;
    }
    if (from.m_kind == to.m_kind)
        return true;
    // KFP hands a task's final status to its consumer as a struct (PipelineTaskFinalStatus).
    if (from.m_kind == Kind::TaskFinalStatus && to.m_kind == Kind::Struct)
        return true;
    // An integer is a valid number; the reverse would lose the fraction.
    return from.m_kind == Kind::Integer && to.m_kind == Kind::Double;
}

} // namespace ps
