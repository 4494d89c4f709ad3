#pragma once

#include "alertmanageralert.h"
#include "alertmanagersilence.h"
#include "prometheusparser.h"
#include "prometheusresult.h"

#include <QCoreApplication>

namespace ps {

// Reads Alertmanager's v2 API answers (plain JSON arrays, errors as a JSON string or
// text) into plain values; pure functions of the bytes like PrometheusParser.
class AlertmanagerParser
{
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerParser)

public:
    using Answer = PrometheusParser::Answer;

    static PrometheusResult<QList<AlertmanagerAlert>> alerts(const Answer &answer);
    static PrometheusResult<QList<AlertmanagerSilence>> silences(const Answer &answer);
};

} // namespace ps
