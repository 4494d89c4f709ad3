#include "seriespainter.h"

#include "decimator.h"
#include "seriesstore.h"

#include <QPainter>

#include <array>

namespace ps {

QColor SeriesPainter::colour(int index)
{
    // Tableau-like categorical colours: distinct on light and dark backgrounds.
    static const std::array<QRgb, 10> colours{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                              0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x8cd17d};
    return QColor::fromRgb(colours[std::size_t(index) % colours.size()]);
}

void SeriesPainter::paint(QPainter &painter, const SeriesStore &store, const QRectF &plot, const QRectF &data,
                          double maxGap)
{
    painter.save();
    painter.setClipRect(plot.adjusted(-1, -1, 1, 1));
    // One-pixel cosmetic pens take the raster engine's fast line path; smooth them while
    // there are few series, where it costs little.
    qsizetype visible = 0;
    for (qsizetype i = 0; i < store.size(); ++i)
        visible += store.isVisible(i);
    painter.setRenderHint(QPainter::Antialiasing, visible <= kSmoothSeries);
    painter.setBrush(Qt::NoBrush);
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (!store.isVisible(i))
            continue;
        QPen pen(colour(store.colourIndex(i)));
        pen.setCosmetic(true);
        pen.setWidth(1);
        painter.setPen(pen);
        if (visible <= kSmoothSeries) {
            for (const QPolygonF &line : Decimator::polylines(store.series(i).points, data, plot, maxGap))
                painter.drawPolyline(line);
        } else {
            // Many series: one envelope segment per pixel column, drawn in one call.
            const QList<QLineF> spans = Decimator::spans(store.series(i).points, data, plot, maxGap);
            painter.drawLines(spans.constData(), int(spans.size()));
        }
    }
    painter.restore();
}

} // namespace ps
