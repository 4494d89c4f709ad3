#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QRegularExpression;
class QRegularExpressionMatch;

namespace ps {

// One item of a command line, as component formats write it: a literal, a placeholder
// for an input's value or an input/output file path, or a structure of those
// (KFP v1 `concat` and `if: {cond: {isPresent}}`, KFP IR `Concat` and `IfPresent`).
struct CommandArg {
    enum class Kind { Literal, InputValue, InputPath, OutputPath, Concat, IfPresent };

    Kind kind = Kind::Literal;
    QString text;                      // the literal, or the port name of a placeholder
    std::vector<CommandArg> parts;     // Concat: the pieces; IfPresent: the `then` items
    std::vector<CommandArg> otherwise; // IfPresent: the `else` items

    static CommandArg literal(QString text) { return {Kind::Literal, std::move(text), {}, {}}; }
    static CommandArg placeholder(Kind kind, QString port) { return {kind, std::move(port), {}, {}}; }

    // Text with placeholders in it, as one item: the matches of `pattern` that `toPlaceholder`
    // accepts become placeholders, the text between them literals (a Concat when mixed).
    static CommandArg fromText(const QString &text, const QRegularExpression &pattern,
                               const std::function<std::optional<CommandArg>(const QRegularExpressionMatch &)> &toPlaceholder);

    // Names of the ports this item refers to, depth first.
    void collectPorts(QStringList *inputs, QStringList *outputs) const;

    bool operator==(const CommandArg &) const = default;
};

using CommandLine = std::vector<CommandArg>;

} // namespace ps
