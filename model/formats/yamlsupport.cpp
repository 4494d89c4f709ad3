#include "yamlsupport.h"

#include "yamlstreamcheck.h"

#include <exception>
#include <thread>

#include <QCoreApplication>
#include <yaml-cpp/depthguard.h>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QHash>

#include <cmath>
#include <limits>
#include <optional>

namespace ps::yaml {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Yaml)
};

bool looksBinary(const QByteArray &bytes)
{
    // NUL bytes never occur in YAML or JSON text; invalid UTF-8 means it is not text either.
    if (bytes.contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return decoder.hasError();
}

bool isNullText(const std::string &s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

bool parseBool(const std::string &s, bool *value)
{
    if (s == "true" || s == "True" || s == "TRUE") {
        *value = true;
        return true;
    }
    if (s == "false" || s == "False" || s == "FALSE") {
        *value = false;
        return true;
    }
    return false;
}

const QRegularExpression &intPattern()
{
    static const QRegularExpression re(QStringLiteral("^[-+]?[0-9]+$"));
    return re;
}

const QRegularExpression &floatPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    return re;
}

// The value a plain (unquoted) scalar resolves to, per the YAML 1.2 core schema.
QJsonValue resolvePlain(const std::string &raw)
{
    if (isNullText(raw))
        return QJsonValue::Null;
    bool b = false;
    if (parseBool(raw, &b))
        return b;
    const QString text = QString::fromStdString(raw);
    if (intPattern().match(text).hasMatch()) {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (ok)
            return v;
        return text.toDouble();
    }
    if (text.startsWith(u"0x") && text.size() > 2) {
        bool ok = false;
        const qint64 v = text.mid(2).toLongLong(&ok, 16);
        if (ok)
            return v;
    }
    if (text.startsWith(u"0o") && text.size() > 2) {
        bool ok = false;
        const qint64 v = text.mid(2).toLongLong(&ok, 8);
        if (ok)
            return v;
    }
    if (floatPattern().match(text).hasMatch())
        return text.toDouble();
    static const QRegularExpression inf(QStringLiteral("^[-+]?\\.(inf|Inf|INF)$"));
    if (inf.match(text).hasMatch())
        return text.startsWith(u'-') ? -std::numeric_limits<double>::infinity()
                                     : std::numeric_limits<double>::infinity();
    if (text == u".nan" || text == u".NaN" || text == u".NAN")
        return std::numeric_limits<double>::quiet_NaN();
    return text;
}

bool convert(const YAML::Node &node, QJsonValue *out, qint64 *budget)
{
    if (--*budget < 0)
        return false;
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        *out = QJsonValue::Null;
        return true;
    case YAML::NodeType::Scalar:
        *out = scalarValue(node);
        return true;
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node) {
            QJsonValue v;
            if (!convert(item, &v, budget))
                return false;
            array.append(v);
        }
        *out = array;
        return true;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &kv : node) {
            QJsonValue v;
            if (!convert(kv.second, &v, budget))
                return false;
            object.insert(toQString(kv.first), v);
        }
        *out = object;
        return true;
    }
    }
    return false;
}

// The size of a tree once aliases are expanded, computed without expanding them: an alias
// is the very node it names, and every node starts at its own position in the text.
qint64 expandedSize(const YAML::Node &node, QHash<qint64, qint64> *memo, int depth)
{
    if (!node.IsDefined() || depth > 1000)
        return 1;
    const qint64 pos = node.Mark().pos;
    if (const auto it = memo->constFind(pos); it != memo->cend())
        return *it;
    qint64 size = 1;
    if (node.IsSequence()) {
        for (const auto &item : node)
            size = std::min<qint64>(size + expandedSize(item, memo, depth + 1), kMaxNodes + 1);
    } else if (node.IsMap()) {
        for (const auto &kv : node)
            size = std::min<qint64>(size + 1 + expandedSize(kv.second, memo, depth + 1), kMaxNodes + 1);
    }
    memo->insert(pos, size);
    return size;
}

// YAML 1.1 readers (PyYAML, go-yaml v2 in Kubernetes tools) take more plain scalars for
// non-strings than YAML 1.2 does: yes/no/on/off, sexagesimal and underscored numbers, dates.
bool yaml11WouldRetype(const QString &text)
{
    static const QRegularExpression bool11(QStringLiteral("^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$"));
    static const QRegularExpression number11(QStringLiteral("^[-+]?(\\.[0-9]|[0-9])[0-9_:.]*([eE][-+]?[0-9]+)?$"));
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"));
    static const QRegularExpression special(QStringLiteral("^[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)$"));
    return bool11.match(text).hasMatch() || number11.match(text).hasMatch() || date.match(text).hasMatch()
           || special.match(text).hasMatch();
}

bool needsQuotes(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QJsonValue plain = resolvePlain(text.toStdString());
    return !plain.isString() || plain.toString() != text || yaml11WouldRetype(text);
}

// A literal block reads back exactly only for text like this; anything else is double-quoted.
bool fitsLiteralBlock(const QString &text)
{
    if (!text.contains(u'\n') || !text.endsWith(u'\n') || text.endsWith(QStringLiteral("\n\n")))
        return false;
    if (text.startsWith(u' ') || text.startsWith(u'\t') || text.startsWith(u'\n'))
        return false;
    if (text.contains(u'\r') || text.contains(u'\t'))
        return false;
    const auto lines = QStringView(text).split(u'\n');
    for (const auto &line : lines) {
        if (line.endsWith(u' '))
            return false;
    }
    return true;
}

} // namespace

namespace {

// yaml-cpp builds its tree from many small allocations (several per scalar). Parsed on the
// caller's thread they would sit between the long-lived model objects the reader builds
// next, and once freed leave the heap fragmented: a 5,000-task file left ~40 MB resident
// but unused. Parsed on a thread of its own, the tree lives in that thread's allocator
// arena, which is wholly free — and given back — once the readers are done with it.
// A token yaml-cpp's document loop would never get past is reported as `stuck`, unloaded.
std::vector<YAML::Node> loadInOwnArena(const QByteArray &bytes, std::optional<YAML::Mark> *stuck)
{
    std::vector<YAML::Node> docs;
    std::exception_ptr failure;
    std::thread parser([&] {
        try {
            const std::string text = bytes.toStdString();
            *stuck = YamlStreamCheck::findStuckToken(text);
            if (!*stuck)
                docs = YAML::LoadAll(text);
        } catch (...) {
            failure = std::current_exception();
        }
    });
    parser.join();
    if (failure)
        std::rethrow_exception(failure);
    return docs;
}

} // namespace

std::vector<YAML::Node> parseDocuments(const QByteArray &bytes, const QString &file, Diagnostics *diagnostics)
{
    if (bytes.size() > kMaxFileBytes) {
        diagnostics->append(Diagnostic::error(
            Tr::tr("the file is %1 MiB, more than the %2 MiB a pipeline or component file may have")
                .arg(bytes.size() / (1024 * 1024))
                .arg(kMaxFileBytes / (1024 * 1024)),
            {file, 0, 0}));
        return {};
    }
    if (looksBinary(bytes)) {
        diagnostics->append(Diagnostic::error(Tr::tr("the file is not text (binary data or invalid UTF-8)"), {file, 1, 1}));
        return {};
    }
    try {
        std::optional<YAML::Mark> stuck;
        std::vector<YAML::Node> docs = loadInOwnArena(bytes, &stuck);
        if (stuck) {
            const char c = stuck->pos >= 0 && stuck->pos < bytes.size() ? bytes.at(stuck->pos) : '\0';
            diagnostics->append(Diagnostic::error(
                c > ' ' && c < 127 ? Tr::tr("syntax error: a value cannot start with '%1' here").arg(QLatin1Char(c))
                                   : Tr::tr("syntax error: a value cannot start here"),
                {file, stuck->line + 1, stuck->column + 1}));
            return {};
        }
        // A document of only comments loads as a Null node: treat it as absent.
        std::erase_if(docs, [](const YAML::Node &n) { return n.IsNull(); });
        if (docs.empty())
            diagnostics->append(Diagnostic::error(Tr::tr("the file is empty"), {file, 1, 1}));
        for (const YAML::Node &doc : docs) {
            QHash<qint64, qint64> memo;
            if (expandedSize(doc, &memo, 0) > kMaxNodes) {
                diagnostics->append(Diagnostic::error(
                    Tr::tr("the document expands to more than %1 nodes (aliases repeated too often?)").arg(kMaxNodes),
                    locationOf(doc, file)));
                return {};
            }
        }
        return docs;
    } catch (const YAML::DeepRecursion &e) {
        diagnostics->append(Diagnostic::error(Tr::tr("the structure is nested too deeply to be a pipeline"),
                                              {file, e.mark.line + 1, e.mark.column + 1}));
    } catch (const YAML::Exception &e) {
        const QString msg = QString::fromStdString(e.msg);
        diagnostics->append(Diagnostic::error(Tr::tr("syntax error: %1").arg(msg),
                                              {file, e.mark.line >= 0 ? e.mark.line + 1 : 0,
                                               e.mark.column >= 0 ? e.mark.column + 1 : 0}));
    } catch (const std::exception &e) {
        diagnostics->append(Diagnostic::error(Tr::tr("cannot parse: %1").arg(QString::fromUtf8(e.what())), {file, 0, 0}));
    }
    return {};
}

SourceLocation locationOf(const YAML::Node &node, const QString &file)
{
    if (!node.IsDefined())
        return {file, 0, 0};
    const YAML::Mark m = node.Mark();
    if (m.is_null())
        return {file, 0, 0};
    return {file, m.line + 1, m.column + 1};
}

QJsonValue scalarValue(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return QJsonValue::Null;
    if (!node.IsScalar())
        return QJsonValue::Undefined;
    const std::string &raw = node.Scalar();
    // "!" marks a quoted (non-plain) scalar; "?" a plain one; explicit tags are honoured too.
    const std::string &tag = node.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str" || tag == "!!str")
        return QString::fromStdString(raw);
    return resolvePlain(raw);
}

bool toJson(const YAML::Node &node, QJsonValue *out, const QString &file, Diagnostics *diagnostics)
{
    qint64 budget = kMaxNodes;
    if (convert(node, out, &budget))
        return true;
    diagnostics->append(Diagnostic::error(
        Tr::tr("the document expands to more than %1 nodes (aliases repeated too often?)").arg(kMaxNodes),
        locationOf(node, file)));
    return false;
}

QString toQString(const YAML::Node &node)
{
    if (!node.IsDefined() || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

bool isMap(const YAML::Node &node) { return node.IsDefined() && node.IsMap(); }
bool isSequence(const YAML::Node &node) { return node.IsDefined() && node.IsSequence(); }
bool isScalar(const YAML::Node &node) { return node.IsDefined() && node.IsScalar(); }

void emitString(YAML::Emitter &out, const QString &text)
{
    if (fitsLiteralBlock(text))
        out << YAML::Literal << text.toStdString();
    else if (needsQuotes(text) || text.contains(u'\n'))
        out << YAML::DoubleQuoted << text.toStdString();
    else
        out << text.toStdString();
}

void emitJson(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            out << ".nan";
        else if (std::isinf(d))
            out << (d > 0 ? ".inf" : "-.inf");
        else if (d == std::floor(d) && std::fabs(d) < 9.0e15 && value.toVariant().typeId() != QMetaType::Double)
            out << static_cast<long long>(value.toInteger());
        else {
            // Shortest text that reads back as the same double, always with a '.' or exponent.
            QString text = QString::number(d, 'g', QLocale::FloatingPointShortest);
            if (!text.contains(u'.') && !text.contains(u'e') && !text.contains(u'n'))
                text += QStringLiteral(".0");
            out << text.toStdString();
        }
        break;
    }
    case QJsonValue::String:
        emitString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out << YAML::BeginSeq;
        for (const auto &item : array)
            emitJson(out, item);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out << YAML::BeginMap;
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << YAML::Key;
            emitString(out, it.key());
            out << YAML::Value;
            emitJson(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    }
}

} // namespace ps::yaml
