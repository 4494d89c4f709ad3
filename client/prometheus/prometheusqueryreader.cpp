#include "prometheusqueryreader.h"

#include "prometheusquerysax.h"

namespace ps {

bool PrometheusQueryReader::read(const QByteArray &body)
{
    PrometheusQuerySax sax(*this);
    const bool parsed = nlohmann::json::sax_parse(body.cbegin(), body.cend(), &sax);
    if (!parsed) {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("malformed JSON");
        return false;
    }
    if (isSuccess())
        sax.finish();
    return m_problem.isEmpty();
}

} // namespace ps
