#include "referencelines.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ps {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReferenceLines)
};
} // namespace

void ReferenceLines::set(Kind kind, QList<MetricSeries> series, const QString &nameLabel)
{
    m_lines.removeIf([kind](const Line &l) { return l.kind == kind; });
    for (MetricSeries &s : series) {
        const QString name = nameLabel.isEmpty() ? s.name() : s.labels.value(nameLabel);
        m_lines.append({kind, name, std::move(s.points)});
    }
}

void ReferenceLines::clear() { m_lines.clear(); }

int ReferenceLines::count(Kind kind) const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [kind](const Line &l) { return l.kind == kind; }));
}

double ReferenceLines::maxIn(double x0, double x1) const
{
    double top = 0;
    for (const Line &line : m_lines)
        for (const QPointF &p : line.points)
            if (p.x() >= x0 && p.x() <= x1 && std::isfinite(p.y()))
                top = std::max(top, p.y());
    return top;
}

void ReferenceLines::paint(QPainter &painter, const QRect &plot, const QRectF &data,
                           const std::function<QColor(const QString &)> &colourOf) const
{
    if (data.width() <= 0 || data.height() <= 0)
        return;
    painter.save();
    painter.setClipRect(plot);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const auto map = [&](const QPointF &p) {
        return QPointF(plot.left() + (p.x() - data.left()) / data.width() * plot.width(),
                       plot.bottom() - (p.y() - data.top()) / data.height() * plot.height());
    };
    for (const Line &line : m_lines) {
        // A step line: a request or limit holds until it changes.
        QPolygonF steps;
        for (const QPointF &p : line.points) {
            if (!std::isfinite(p.y()))
                continue;
            const QPointF at = map(p);
            if (!steps.isEmpty() && steps.last().y() != at.y())
                steps.append(QPointF(at.x(), steps.last().y()));
            steps.append(at);
        }
        if (steps.size() == 1)
            steps.append(steps.first() + QPointF(1, 0));
        QPen pen(colourOf(line.name), 1.5, style(line.kind));
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPolyline(steps);
    }
    painter.restore();
}

QStringList ReferenceLines::valuesAt(double t, double tolerance, MetricUnit unit) const
{
    QStringList lines;
    for (const Line &line : m_lines) {
        const auto after = std::lower_bound(line.points.cbegin(), line.points.cend(), t,
                                            [](const QPointF &p, double x) { return p.x() < x; });
        const QPointF *nearest = nullptr;
        if (after != line.points.cend() && after->x() - t <= tolerance)
            nearest = &*after;
        if (after != line.points.cbegin() && t - std::prev(after)->x() <= tolerance
            && (!nearest || t - std::prev(after)->x() < nearest->x() - t))
            nearest = &*std::prev(after);
        if (nearest)
            lines.append(Tr::tr("%1 %2: %3").arg(line.name, kindName(line.kind), MetricFormat::format(nearest->y(), unit)));
    }
    return lines;
}

QString ReferenceLines::key() const
{
    QStringList parts;
    if (count(Kind::Request) > 0)
        parts.append(Tr::tr("- - request"));
    if (count(Kind::Limit) > 0)
        parts.append(Tr::tr("··· limit"));
    return parts.join(QStringLiteral("   "));
}

QString ReferenceLines::kindName(Kind kind)
{
    return kind == Kind::Request ? Tr::tr("request") : Tr::tr("limit");
}

} // namespace ps
