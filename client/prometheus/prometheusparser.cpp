#include "prometheusparser.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ps {

using nlohmann::json;

namespace {

QString str(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get_ref<const std::string &>()) : QString();
}

PrometheusLabels labels(const json &object)
{
    PrometheusLabels out;
    if (!object.is_object())
        return out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(QString::fromStdString(it.key()), str(it.value()));
    return out;
}

QPointF sample(const json &pair)
{
    // [ <unix time as a number>, "<value as a string>" ]
    const double time = pair.at(0).get<double>();
    const json &value = pair.at(1);
    return {time, value.is_string() ? PrometheusParser::sampleValue(value.get_ref<const std::string &>())
                                    : std::numeric_limits<double>::quiet_NaN()};
}

template<class T>
PrometheusResult<T> parseEnvelope(const PrometheusParser::Answer &answer, T (*extract)(const json &data))
{
    PrometheusResult<T> result;
    result.error.httpStatus = answer.httpStatus;
    const json document = json::parse(answer.body.cbegin(), answer.body.cend(), nullptr, false);
    const bool envelope = document.is_object() && document.contains("status") && document["status"].is_string();
    if (!envelope) {
        if (answer.httpStatus == 401 || answer.httpStatus == 403) {
            result.error.kind = PrometheusError::Kind::Unauthorized;
            result.error.message = PrometheusParser::tr("Prometheus at %1 refused the credentials (HTTP %2). Check "
                                                        "the token, or the user name and password, in its settings.")
                                       .arg(answer.where)
                                       .arg(answer.httpStatus);
        } else if (answer.httpStatus >= 400) {
            result.error.kind = PrometheusError::Kind::BadResponse;
            result.error.message = PrometheusParser::tr("The server at %1 answered HTTP %2 and no Prometheus "
                                                        "message. Is this the address of a Prometheus?")
                                       .arg(answer.where)
                                       .arg(answer.httpStatus);
        } else {
            result.error.kind = PrometheusError::Kind::BadResponse;
            result.error.message = PrometheusParser::tr("The server at %1 did not answer with Prometheus' JSON. Is "
                                                        "this the address of a Prometheus?")
                                       .arg(answer.where);
        }
        return result;
    }
    if (const auto warnings = document.find("warnings"); warnings != document.end() && warnings->is_array()) {
        for (const auto &warning : *warnings)
            result.warnings.append(str(warning));
    }
    if (document["status"] != "success") {
        result.error.kind = PrometheusError::Kind::Api;
        result.error.errorType = str(document.value("errorType", json()));
        result.error.message = str(document.value("error", json()));
        if (result.error.message.isEmpty())
            result.error.message = PrometheusParser::tr("Prometheus at %1 refused the request without saying why.")
                                       .arg(answer.where);
        return result;
    }
    try {
        result.value = extract(document.value("data", json()));
        result.error = {};
    } catch (const std::exception &e) {
        result.error.kind = PrometheusError::Kind::BadResponse;
        result.error.message = PrometheusParser::tr("Prometheus at %1 answered with data of an unexpected shape: %2")
                                   .arg(answer.where, QString::fromUtf8(e.what()));
    }
    return result;
}

PrometheusQueryResult extractQuery(const json &data)
{
    PrometheusQueryResult out;
    const std::string &type = data.at("resultType").get_ref<const std::string &>();
    const json &result = data.at("result");
    if (type == "vector" || type == "matrix") {
        out.type = type == "vector" ? PrometheusQueryResult::Type::Vector : PrometheusQueryResult::Type::Matrix;
        out.series.reserve(qsizetype(result.size()));
        for (const auto &item : result) {
            PrometheusSeries series;
            series.labels = labels(item.value("metric", json::object()));
            if (const auto value = item.find("value"); value != item.end())
                series.points.append(sample(*value));
            if (const auto values = item.find("values"); values != item.end()) {
                series.points.reserve(qsizetype(values->size()));
                for (const auto &pair : *values)
                    series.points.append(sample(pair));
            }
            out.series.append(std::move(series));
        }
    } else if (type == "scalar") {
        out.type = PrometheusQueryResult::Type::Scalar;
        out.scalar = sample(result);
    } else if (type == "string") {
        out.type = PrometheusQueryResult::Type::String;
        out.scalar = QPointF(result.at(0).get<double>(), 0);
        out.text = str(result.at(1));
    } else {
        throw std::runtime_error("unknown resultType " + type);
    }
    return out;
}

QStringList extractStrings(const json &data)
{
    QStringList out;
    out.reserve(qsizetype(data.size()));
    for (const auto &item : data)
        out.append(QString::fromStdString(item.get<std::string>()));
    return out;
}

QList<PrometheusLabels> extractSeries(const json &data)
{
    QList<PrometheusLabels> out;
    for (const auto &item : data)
        out.append(labels(item));
    return out;
}

QList<PrometheusAlert> extractAlerts(const json &data)
{
    QList<PrometheusAlert> out;
    for (const auto &item : data.at("alerts")) {
        PrometheusAlert alert;
        alert.labels = labels(item.value("labels", json::object()));
        alert.annotations = labels(item.value("annotations", json::object()));
        alert.state = str(item.value("state", json()));
        alert.activeAt = PrometheusParser::timestamp(item.value("activeAt", std::string()));
        alert.value = str(item.value("value", json()));
        out.append(std::move(alert));
    }
    return out;
}

QList<PrometheusTarget> extractTargets(const json &data)
{
    QList<PrometheusTarget> out;
    for (const auto &item : data.at("activeTargets")) {
        PrometheusTarget target;
        target.labels = labels(item.value("labels", json::object()));
        target.discoveredLabels = labels(item.value("discoveredLabels", json::object()));
        target.scrapePool = str(item.value("scrapePool", json()));
        target.scrapeUrl = str(item.value("scrapeUrl", json()));
        target.health = str(item.value("health", json()));
        target.lastError = str(item.value("lastError", json()));
        target.lastScrape = PrometheusParser::timestamp(item.value("lastScrape", std::string()));
        target.lastScrapeDuration = item.value("lastScrapeDuration", 0.0);
        out.append(std::move(target));
    }
    return out;
}

} // namespace

double PrometheusParser::sampleValue(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = std::numeric_limits<double>::quiet_NaN();
    std::from_chars(text.data(), text.data() + text.size(), value); // locale-free; takes NaN, Inf
    return value;
}

QDateTime PrometheusParser::timestamp(std::string_view text)
{
    // 2024-05-01T10:00:00.123456789Z or …+02:00: cut the fraction to milliseconds.
    std::string cut(text);
    if (const auto dot = cut.find('.'); dot != std::string::npos) {
        auto end = cut.find_first_not_of("0123456789", dot + 1);
        if (end == std::string::npos)
            end = cut.size();
        if (end - dot - 1 > 3)
            cut.erase(dot + 4, end - dot - 4);
    }
    return QDateTime::fromString(QString::fromStdString(cut), Qt::ISODateWithMs);
}

PrometheusResult<PrometheusQueryResult> PrometheusParser::query(const Answer &answer)
{
    return parseEnvelope(answer, &extractQuery);
}

PrometheusResult<QStringList> PrometheusParser::strings(const Answer &answer)
{
    return parseEnvelope(answer, &extractStrings);
}

PrometheusResult<QList<PrometheusLabels>> PrometheusParser::series(const Answer &answer)
{
    return parseEnvelope(answer, &extractSeries);
}

PrometheusResult<QList<PrometheusAlert>> PrometheusParser::alerts(const Answer &answer)
{
    return parseEnvelope(answer, &extractAlerts);
}

PrometheusResult<QList<PrometheusTarget>> PrometheusParser::targets(const Answer &answer)
{
    return parseEnvelope(answer, &extractTargets);
}

} // namespace ps
