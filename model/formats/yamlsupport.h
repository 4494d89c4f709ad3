#pragma once

#include "diagnostic.h"
#include "sourcelocation.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace ps::yaml {

// Files larger than this are refused before parsing: no pipeline or component is this big,
// and a parser must never be handed unbounded input.
inline constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
// Converting a node tree to JSON visits at most this many nodes (defeats alias bombs).
inline constexpr qint64 kMaxNodes = 2'000'000;

// Parses every YAML document in `bytes` (JSON is YAML too). On failure returns no document
// and appends one located diagnostic: binary data, size, syntax, nesting.
std::vector<YAML::Node> parseDocuments(const QByteArray &bytes, const QString &file, Diagnostics *diagnostics);

SourceLocation locationOf(const YAML::Node &node, const QString &file);

// The YAML 1.2 core-schema value of a scalar: quoted scalars are strings, plain ones
// resolve to null, booleans, integers, floats or strings.
QJsonValue scalarValue(const YAML::Node &node);
// The whole tree as JSON. Returns false (with a diagnostic) when the tree is too large.
bool toJson(const YAML::Node &node, QJsonValue *out, const QString &file, Diagnostics *diagnostics);

QString toQString(const YAML::Node &node);      // a scalar's text; empty for other nodes
bool isMap(const YAML::Node &node);
bool isSequence(const YAML::Node &node);
bool isScalar(const YAML::Node &node);

// Emits a JSON value so that reading it back gives the same value: strings that would
// read as another type are quoted; multi-line text becomes a literal block where exact.
void emitJson(YAML::Emitter &out, const QJsonValue &value);
void emitString(YAML::Emitter &out, const QString &text);

} // namespace ps::yaml
