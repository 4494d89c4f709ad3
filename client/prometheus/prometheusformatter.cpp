#include "prometheusformatter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ps {

namespace {

QString escaped(QString text)
{
    return text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n"));
}

QJsonArray sampleJson(const QPointF &point)
{
    return QJsonArray{point.x(), PrometheusFormatter::value(point.y())};
}

QJsonObject labelsJson(const PrometheusLabels &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// Rows of cells as text columns, each as wide as its widest cell.
QString aligned(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const auto &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    QString out;
    for (const auto &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out += line + u'\n';
    }
    return out;
}

} // namespace

QString PrometheusFormatter::seriesName(const PrometheusLabels &labels)
{
    QStringList pairs;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != u"__name__")
            pairs.append(it.key() + QStringLiteral("=\"") + escaped(it.value()) + u'"');
    }
    const QString name = labels.value(QStringLiteral("__name__"));
    return pairs.isEmpty() && !name.isEmpty() ? name : name + u'{' + pairs.join(QStringLiteral(", ")) + u'}';
}

QString PrometheusFormatter::value(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString PrometheusFormatter::time(double unixSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(unixSeconds * 1000)), Qt::UTC).toString(Qt::ISODateWithMs);
}

QString PrometheusFormatter::table(const PrometheusQueryResult &result)
{
    switch (result.type) {
    case PrometheusQueryResult::Type::Scalar:
        return aligned({{tr("VALUE"), tr("TIME")}, {value(result.scalar.y()), time(result.scalar.x())}});
    case PrometheusQueryResult::Type::String:
        return result.text + u'\n';
    case PrometheusQueryResult::Type::Vector: {
        QList<QStringList> rows{{tr("SERIES"), tr("VALUE"), tr("TIME")}};
        for (const auto &series : result.series) {
            const QPointF sample = series.points.value(0);
            rows.append({seriesName(series.labels), value(sample.y()), time(sample.x())});
        }
        return aligned(rows);
    }
    case PrometheusQueryResult::Type::Matrix: {
        QString out;
        for (const auto &series : result.series) {
            QList<QStringList> rows{{tr("TIME"), tr("VALUE")}};
            for (const auto &point : series.points)
                rows.append({time(point.x()), value(point.y())});
            out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + seriesName(series.labels) + u'\n' + aligned(rows);
        }
        return out;
    }
    }
    return {};
}

QByteArray PrometheusFormatter::json(const PrometheusQueryResult &result)
{
    static const char *const types[] = {"vector", "matrix", "scalar", "string"};
    QJsonObject data{{QStringLiteral("resultType"), QString::fromLatin1(types[int(result.type)])}};
    if (result.type == PrometheusQueryResult::Type::Scalar) {
        data.insert(QStringLiteral("result"), sampleJson(result.scalar));
    } else if (result.type == PrometheusQueryResult::Type::String) {
        data.insert(QStringLiteral("result"), QJsonArray{result.scalar.x(), result.text});
    } else {
        QJsonArray items;
        for (const auto &series : result.series) {
            QJsonObject item{{QStringLiteral("metric"), labelsJson(series.labels)}};
            if (result.type == PrometheusQueryResult::Type::Vector) {
                item.insert(QStringLiteral("value"), sampleJson(series.points.value(0)));
            } else {
                QJsonArray values;
                for (const auto &point : series.points)
                    values.append(sampleJson(point));
                item.insert(QStringLiteral("values"), values);
            }
            items.append(item);
        }
        data.insert(QStringLiteral("result"), items);
    }
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

} // namespace ps
