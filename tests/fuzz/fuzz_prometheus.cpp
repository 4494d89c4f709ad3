// Prometheus and Alertmanager HTTP API answers: the DOM parsers for every endpoint and the
// streaming (SAX) reader for query and query_range.
#include "alertmanagerparser.h"
#include "fuzzinput.h"
#include "prometheusparser.h"
#include "prometheusqueryreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ps::PrometheusParser::Answer answer{psfuzz::bytes(data, size), 200, QStringLiteral("fuzz")};
    (void)ps::PrometheusParser::query(answer);
    (void)ps::PrometheusParser::strings(answer);
    (void)ps::PrometheusParser::series(answer);
    (void)ps::PrometheusParser::alerts(answer);
    (void)ps::PrometheusParser::targets(answer);
    (void)ps::AlertmanagerParser::alerts(answer);
    (void)ps::AlertmanagerParser::silences(answer);
    ps::PrometheusQueryReader reader;
    (void)reader.read(answer.body);
    (void)reader.takeResult();
    return 0;
}
