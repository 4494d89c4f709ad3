#pragma once

#include "exprvalue.h"

#include <QString>

#include <memory>
#include <vector>

namespace ps {

// One node of a parsed expression.
struct ExprNode {
    enum class Kind {
        Literal,   // value
        Name,      // text: a variable (inputs, tasks, workflow, item, …)
        Member,    // children[0].text
        Index,     // children[0][children[1]]
        Unary,     // text: "!", "-", "+"
        Binary,    // children[0] text children[1]; text: "+", "==", "&&", "in", "matches", "??", …
        Ternary,   // children[0] ? children[1] : children[2]
        Call,      // text(children…); text may be dotted ("sprig.trim")
        List,      // [children…]
        Map,       // {keys[i]: children[i]}
        Closure,   // {children[0]} with # the element
        Element,   // # inside a closure
    };
    Kind kind = Kind::Literal;
    QString text;
    ExprValue value;
    QStringList keys;
    std::vector<std::unique_ptr<ExprNode>> children;
    int position = 0;  // 1-based column of the node in the expression

    ExprNode() = default;
    ExprNode(const ExprNode &) = delete;
    ExprNode &operator=(const ExprNode &) = delete;
    // Frees the subtree in a loop: a left-deep chain of 10,000 operators would otherwise
    // take 10,000 nested destructor calls.
    ~ExprNode();
};

// Parses an expr-lang expression as Argo's `{{=…}}` tags use it: literals, arithmetic,
// comparison, and/or/not (&&, ||, !), ?:, ??, in, matches, contains, startsWith,
// endsWith, member access (a.b, a['b'], a[0]), calls, list and map literals, closures.
class ExprParser
{
public:
    struct Result {
        std::unique_ptr<ExprNode> root;
        QString error;     // empty on success
        int position = 0;  // 1-based column where it went wrong
    };
    static Result parse(const QString &expression);
};

} // namespace ps
