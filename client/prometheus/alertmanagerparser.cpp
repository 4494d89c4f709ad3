#include "alertmanagerparser.h"

#include <nlohmann/json.hpp>

namespace ps {

using nlohmann::json;

namespace {

QString str(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get_ref<const std::string &>()) : QString();
}

QStringList strings(const json &object, const char *key)
{
    QStringList out;
    const auto it = object.find(key);
    if (it != object.end() && it->is_array()) {
        for (const auto &item : *it) {
            if (item.is_string())
                out.append(QString::fromStdString(item.get_ref<const std::string &>()));
        }
    }
    return out;
}

PrometheusLabels labels(const json &object, const char *key)
{
    PrometheusLabels out;
    const auto it = object.find(key);
    if (it != object.end() && it->is_object()) {
        for (auto label = it->begin(); label != it->end(); ++label)
            out.insert(QString::fromStdString(label.key()), label->is_string() ? QString::fromStdString(label->get<std::string>()) : QString());
    }
    return out;
}

QDateTime time(const json &object, const char *key)
{
    return PrometheusParser::timestamp(str(object, key).toStdString());
}

// The array of an answer, or the error that stands in its place.
template<class T>
bool array(const AlertmanagerParser::Answer &answer, json &document, PrometheusResult<T> &result)
{
    document = json::parse(answer.body.cbegin(), answer.body.cend(), nullptr, false);
    result.error.httpStatus = answer.httpStatus;
    if (answer.httpStatus == 401 || answer.httpStatus == 403) {
        result.error.kind = PrometheusError::Kind::Unauthorized;
        result.error.message = AlertmanagerParser::tr("Alertmanager at %1 refused the credentials (HTTP %2). Check them "
                                                      "in its settings.")
                                   .arg(answer.where)
                                   .arg(answer.httpStatus);
        return false;
    }
    if (answer.httpStatus >= 400) {
        // Alertmanager's errors are a JSON string, or text.
        QString said = document.is_string() ? QString::fromStdString(document.get<std::string>())
                                            : QString::fromUtf8(answer.body.left(300)).trimmed();
        result.error.kind = PrometheusError::Kind::Api;
        result.error.message = AlertmanagerParser::tr("Alertmanager at %1 answered HTTP %2: %3")
                                   .arg(answer.where)
                                   .arg(answer.httpStatus)
                                   .arg(said);
        return false;
    }
    if (!document.is_array()) {
        result.error.kind = PrometheusError::Kind::BadResponse;
        result.error.message = AlertmanagerParser::tr("The server at %1 did not answer like Alertmanager's API v2. Is "
                                                      "this the address of an Alertmanager?")
                                   .arg(answer.where);
        return false;
    }
    result.error = {};
    return true;
}

// Each object of the answer's array read by `read`, or the error in its place.
template<class T, class Read>
PrometheusResult<QList<T>> eachObject(const AlertmanagerParser::Answer &answer, Read read)
{
    PrometheusResult<QList<T>> result;
    json document;
    if (!array(answer, document, result))
        return result;
    for (const auto &item : document) {
        if (item.is_object())
            result.value.append(read(item));
    }
    return result;
}

} // namespace

PrometheusResult<QList<AlertmanagerAlert>> AlertmanagerParser::alerts(const Answer &answer)
{
    return eachObject<AlertmanagerAlert>(answer, [](const json &item) {
        AlertmanagerAlert alert;
        alert.labels = labels(item, "labels");
        alert.annotations = labels(item, "annotations");
        alert.startsAt = time(item, "startsAt");
        alert.endsAt = time(item, "endsAt");
        alert.fingerprint = str(item, "fingerprint");
        if (const auto status = item.find("status"); status != item.end() && status->is_object()) {
            alert.state = str(*status, "state");
            alert.silencedBy = strings(*status, "silencedBy");
            alert.inhibitedBy = strings(*status, "inhibitedBy");
        }
        if (const auto receivers = item.find("receivers"); receivers != item.end() && receivers->is_array()) {
            for (const auto &receiver : *receivers) {
                if (receiver.is_object())
                    alert.receivers.append(str(receiver, "name"));
            }
        }
        return alert;
    });
}

PrometheusResult<QList<AlertmanagerSilence>> AlertmanagerParser::silences(const Answer &answer)
{
    return eachObject<AlertmanagerSilence>(answer, [](const json &item) {
        AlertmanagerSilence silence;
        silence.id = str(item, "id");
        silence.startsAt = time(item, "startsAt");
        silence.endsAt = time(item, "endsAt");
        silence.createdBy = str(item, "createdBy");
        silence.comment = str(item, "comment");
        if (const auto status = item.find("status"); status != item.end() && status->is_object())
            silence.state = str(*status, "state");
        if (const auto matchers = item.find("matchers"); matchers != item.end() && matchers->is_array()) {
            for (const auto &m : *matchers) {
                if (!m.is_object())
                    continue;
                const auto flag = [&m](const char *key, bool fallback) {
                    const auto it = m.find(key);
                    return it != m.end() && it->is_boolean() ? it->get<bool>() : fallback;
                };
                silence.matchers.append({str(m, "name"), str(m, "value"), flag("isRegex", false), flag("isEqual", true)});
            }
        }
        return silence;
    });
}

} // namespace ps
