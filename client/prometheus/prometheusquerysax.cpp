#include "prometheusquerysax.h"

#include "prometheusparser.h"

#include <limits>

namespace ps {

bool PrometheusQuerySax::fail(const char *what)
{
    if (m_reader.m_problem.isEmpty())
        m_reader.m_problem = QString::fromUtf8(what);
    return false;
}

bool PrometheusQuerySax::parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &error)
{
    return fail(error.what());
}

bool PrometheusQuerySax::key(json::string_t &key)
{
    m_key = std::move(key);
    return true;
}

bool PrometheusQuerySax::sampleElement(const Value &value, QPointF &point, int index)
{
    if (index == 0) {
        if (value.kind != Value::Number)
            return fail("a sample's time is not a number");
        point.setX(value.number);
    } else if (index == 1) {
        point.setY(value.kind == Value::Text ? PrometheusParser::sampleValue(*value.text)
                                             : std::numeric_limits<double>::quiet_NaN());
    }
    return true;
}

bool PrometheusQuerySax::scalar(const Value &value)
{
    Frame &top = m_stack.back();
    const auto text = [&value] { return value.kind == Value::Text ? QString::fromStdString(*value.text) : QString(); };
    switch (top.where) {
    case Where::Envelope:
        if (m_key == "status")
            m_reader.m_status = text();
        else if (m_key == "errorType")
            m_reader.m_errorType = text();
        else if (m_key == "error")
            m_reader.m_error = text();
        return true;
    case Where::Data:
        if (m_key == "resultType" && value.kind == Value::Text)
            m_resultType = *value.text;
        return true;
    case Where::Metric:
        m_reader.m_result.series.last().labels.insert(QString::fromStdString(m_key), text());
        return true;
    case Where::Sample:
        return sampleElement(value, m_point, top.index++);
    case Where::Result:
        // A scalar or string result: [time, "value"].
        if (top.index == 1)
            m_reader.m_result.text = text();
        return sampleElement(value, m_reader.m_result.scalar, top.index++);
    case Where::Warnings:
        m_reader.m_warnings.append(text());
        return true;
    case Where::Samples:
        return fail("a series' values are not [time, value] pairs");
    default:
        return true;
    }
}

bool PrometheusQuerySax::start_object(std::size_t)
{
    return open(true);
}

bool PrometheusQuerySax::start_array(std::size_t)
{
    return open(false);
}

bool PrometheusQuerySax::open(bool isObject)
{
    Frame &top = m_stack.back();
    Where next = Where::Skip;
    switch (top.where) {
    case Where::Root:
        next = isObject ? Where::Envelope : Where::Skip;
        break;
    case Where::Envelope:
        if (m_key == "data" && isObject)
            next = Where::Data;
        else if (m_key == "warnings" && !isObject)
            next = Where::Warnings;
        break;
    case Where::Data:
        if (m_key == "result" && !isObject) {
            m_sawResult = true;
            next = Where::Result;
        }
        break;
    case Where::Result:
        ++top.index;
        if (isObject) {
            m_reader.m_result.series.append(PrometheusSeries{});
            next = Where::Series;
        }
        break;
    case Where::Series:
        if (m_key == "metric" && isObject) {
            next = Where::Metric;
        } else if (m_key == "value" && !isObject) {
            next = Where::Sample;
        } else if (m_key == "values" && !isObject) {
            next = Where::Samples;
        }
        break;
    case Where::Samples:
        ++top.index;
        if (isObject)
            return fail("a series' values are not [time, value] pairs");
        next = Where::Sample;
        break;
    case Where::Sample:
        return fail("a sample is not [time, value]");
    default:
        break;
    }
    if (next == Where::Sample)
        m_point = QPointF();
    m_stack.push_back({next});
    return true;
}

bool PrometheusQuerySax::end()
{
    const Frame done = m_stack.back();
    m_stack.pop_back();
    if (done.where == Where::Sample) {
        if (done.index < 2)
            return fail("a sample is not [time, value]");
        m_reader.m_result.series.last().points.append(m_point);
    }
    return true;
}

void PrometheusQuerySax::finish()
{
    auto &result = m_reader.m_result;
    if (m_resultType == "vector") {
        result.type = PrometheusQueryResult::Type::Vector;
    } else if (m_resultType == "matrix") {
        result.type = PrometheusQueryResult::Type::Matrix;
    } else if (m_resultType == "scalar") {
        result.type = PrometheusQueryResult::Type::Scalar;
    } else if (m_resultType == "string") {
        result.type = PrometheusQueryResult::Type::String;
        result.scalar.setY(0);
    } else if (m_resultType.empty()) {
        fail("the answer has no resultType");
    } else {
        fail("unknown resultType");
    }
    if (!m_sawResult)
        fail("the answer has no result");
}

} // namespace ps
