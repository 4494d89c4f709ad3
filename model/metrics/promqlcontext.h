#pragma once

#include <QString>
#include <QStringList>

namespace ps {

// What the word under the cursor of a PromQL expression is, for completion: a metric (or
// function) name, a label name inside a selector's braces, or a label's value inside quotes.
struct PromQlContext {
    enum class Kind { None, MetricName, LabelName, LabelValue };

    Kind kind = Kind::None;
    QString metric;     // the selector's metric, when there is one
    QString label;      // LabelValue: the label whose value is typed
    QString prefix;     // what is typed so far
    int prefixStart = 0;

    static PromQlContext at(const QString &text, int cursor);
    // PromQL's functions and aggregations, offered beside metric names.
    static QStringList functions();

    bool operator==(const PromQlContext &) const = default;
};

} // namespace ps
