#include "prometheusparser.h"

#include "prometheusqueryreader.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <limits>

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

// An answer that is not Prometheus' JSON envelope: say what it most likely is.
PrometheusError notPrometheus(const PrometheusParser::Answer &answer)
{
    PrometheusError error;
    error.httpStatus = answer.httpStatus;
    error.kind = PrometheusError::Kind::BadResponse;
    if (answer.httpStatus == 401 || answer.httpStatus == 403) {
        error.kind = PrometheusError::Kind::Unauthorized;
        error.message = PrometheusParser::tr("Prometheus at %1 refused the credentials (HTTP %2). Check the token, "
                                             "or the user name and password, in its settings.")
                            .arg(answer.where)
                            .arg(answer.httpStatus);
    } else if (answer.httpStatus >= 400) {
        error.message = PrometheusParser::tr("The server at %1 answered HTTP %2 and no Prometheus message. Is this "
                                             "the address of a Prometheus?")
                            .arg(answer.where)
                            .arg(answer.httpStatus);
    } else {
        error.message = PrometheusParser::tr("The server at %1 did not answer with Prometheus' JSON. Is this the "
                                             "address of a Prometheus?")
                            .arg(answer.where);
    }
    return error;
}

// {"status":"error", …}: Prometheus' own words are the message.
PrometheusError apiError(const PrometheusParser::Answer &answer, const QString &type, const QString &message)
{
    PrometheusError error;
    error.httpStatus = answer.httpStatus;
    error.kind = PrometheusError::Kind::Api;
    error.errorType = type;
    error.message = message;
    if (error.message.isEmpty())
        error.message = PrometheusParser::tr("Prometheus at %1 refused the request without saying why.").arg(answer.where);
    return error;
}

PrometheusError badShape(const PrometheusParser::Answer &answer, const QString &detail)
{
    PrometheusError error;
    error.httpStatus = answer.httpStatus;
    error.kind = PrometheusError::Kind::BadResponse;
    error.message = PrometheusParser::tr("Prometheus at %1 answered with data of an unexpected shape: %2")
                        .arg(answer.where, detail);
    return error;
}

template<class T>
PrometheusResult<T> parseEnvelope(const PrometheusParser::Answer &answer, T (*extract)(const json &data))
{
    PrometheusResult<T> result;
    const json document = json::parse(answer.body.cbegin(), answer.body.cend(), nullptr, false);
    const bool envelope = document.is_object() && document.contains("status") && document["status"].is_string();
    if (!envelope) {
        result.error = notPrometheus(answer);
        return result;
    }
    if (const auto warnings = document.find("warnings"); warnings != document.end() && warnings->is_array()) {
        for (const auto &warning : *warnings)
            result.warnings.append(str(warning));
    }
    if (document["status"] != "success") {
        result.error = apiError(answer, str(document.value("errorType", json())), str(document.value("error", json())));
        return result;
    }
    try {
        result.value = extract(document.value("data", json()));
    } catch (const std::exception &e) {
        result.error = badShape(answer, QString::fromUtf8(e.what()));
    }
    return result;
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
    // Query answers can be tens of megabytes: read them without a document tree.
    PrometheusResult<PrometheusQueryResult> result;
    PrometheusQueryReader reader;
    const bool complete = reader.read(answer.body);
    result.warnings = reader.warnings();
    if (!reader.isEnvelope())
        result.error = notPrometheus(answer);
    else if (!reader.isSuccess())
        result.error = apiError(answer, reader.errorType(), reader.error());
    else if (!complete)
        result.error = badShape(answer, reader.problem());
    else
        result.value = reader.takeResult();
    return result;
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
