#pragma once

#include <QImage>
#include <QLineF>
#include <QRect>
#include <QTransform>

namespace ps {

// Draws the far-out sketch of a graph — thousands of thin lines and small blocks — by
// writing an image's pixels directly. QPainter's raster engine blends a 1 px cosmetic line
// span by span, about 10 ns a pixel and a microsecond a line: 12 ms a frame for the 10,000
// edges of a 5,000-task graph. Written here it is a few nanoseconds a pixel, so a panning
// frame of the whole graph stays far inside 16 ms. Only scaling and translation are
// supported (what the canvas and the overview use); the image is kept between frames.
class SketchRaster
{
public:
    // Starts a frame: `device` is the area to cover in device pixels, `toDevice` maps scene
    // coordinates to device pixels (scale and translation only). Clears to transparent.
    void begin(const QRect &device, const QTransform &toDevice);
    void line(QPointF from, QPointF to, QRgb colour);
    void rect(const QRectF &sceneRect, QRgb colour);
    // The frame's pixels, to be drawn at device().topLeft() with an identity transform.
    QImage image() const;
    QRect device() const { return m_device; }
    // Frees the pixels (when the canvas leaves the sketch).
    void release();

    static bool supports(const QTransform &toDevice) { return toDevice.type() <= QTransform::TxScale; }

private:
    QPointF map(QPointF p) const { return {p.x() * m_sx + m_dx, p.y() * m_sy + m_dy}; }

    QImage m_buffer;   // at least as large as the frame; reused
    QRect m_device;
    qreal m_sx = 1, m_sy = 1, m_dx = 0, m_dy = 0;  // scene → frame pixels
};

} // namespace ps
