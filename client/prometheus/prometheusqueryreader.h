#pragma once

#include "prometheusqueryresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ps {

// Reads a query or query_range answer straight into PrometheusQueryResult as the bytes go
// by (nlohmann_json's SAX interface): no document tree, so a 50 MB matrix costs the
// series it holds and little more. Strict about the shapes it keeps; skips what it does
// not know (native histograms, infos, stats).
class PrometheusQueryReader
{
public:
    bool read(const QByteArray &body);

    // After read(): whether the bytes were a Prometheus envelope at all, and its fields.
    bool isEnvelope() const { return !m_status.isEmpty(); }
    bool isSuccess() const { return m_status == u"success"; }
    const QString &errorType() const { return m_errorType; }
    const QString &error() const { return m_error; }
    const QStringList &warnings() const { return m_warnings; }
    // Why read() failed: the parser's message or the unexpected shape.
    const QString &problem() const { return m_problem; }
    PrometheusQueryResult takeResult() { return std::move(m_result); }

private:
    friend class PrometheusQuerySax;
    QString m_status;
    QString m_errorType;
    QString m_error;
    QStringList m_warnings;
    QString m_problem;
    PrometheusQueryResult m_result;
};

} // namespace ps
