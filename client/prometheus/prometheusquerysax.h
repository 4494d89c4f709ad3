#pragma once

#include "prometheusqueryreader.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ps {

// The nlohmann_json SAX handler behind PrometheusQueryReader: a stack of where we are
// (envelope, data, result, a series, its metric, a sample…) decides what each value is.
class PrometheusQuerySax
{
public:
    using json = nlohmann::json;

    explicit PrometheusQuerySax(PrometheusQueryReader &reader) : m_reader(reader) {}

    bool null() { return scalar(Value{}); }
    bool boolean(bool) { return scalar(Value{}); }
    bool number_integer(json::number_integer_t v) { return scalar(Value{Value::Number, double(v), {}}); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar(Value{Value::Number, double(v), {}}); }
    bool number_float(json::number_float_t v, const json::string_t &) { return scalar(Value{Value::Number, v, {}}); }
    bool string(json::string_t &v) { return scalar(Value{Value::Text, 0, &v}); }
    bool binary(json::binary_t &) { return scalar(Value{}); }
    bool start_object(std::size_t);
    bool key(json::string_t &key);
    bool end_object() { return end(); }
    bool start_array(std::size_t);
    bool end_array() { return end(); }
    bool parse_error(std::size_t position, const std::string &token, const nlohmann::detail::exception &error);

    // The result type named in the data, or guessed from the shape when it came late.
    void finish();

private:
    enum class Where { Root, Envelope, Data, Result, Series, Metric, Sample, Samples, Warnings, Skip };
    struct Value {
        enum Kind { Other, Number, Text } kind = Other;
        double number = 0;
        const std::string *text = nullptr;
    };
    struct Frame {
        Where where;
        int index = 0; // elements seen so far in an array
    };

    bool scalar(const Value &value);
    bool sampleElement(const Value &value, QPointF &point, int index);
    bool open(bool isObject);
    bool end();
    bool fail(const char *what);

    PrometheusQueryReader &m_reader;
    std::vector<Frame> m_stack{{Where::Root}};
    std::string m_key;
    std::string m_resultType;
    QPointF m_point;
    bool m_sawResult = false;
};

} // namespace ps
