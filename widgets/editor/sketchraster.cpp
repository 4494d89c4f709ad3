#include "sketchraster.h"

#include <algorithm>
#include <cmath>

namespace ps {

namespace {

// Liang–Barsky: clips the segment to [0, w) × [0, h); false when nothing is left.
bool clip(qreal &x0, qreal &y0, qreal &x1, qreal &y1, qreal w, qreal h)
{
    qreal t0 = 0, t1 = 1;
    const qreal dx = x1 - x0, dy = y1 - y0;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {x0, w - 1 - x0, y0, h - 1 - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal r = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1)
            return false;
    }
    x1 = x0 + t1 * dx;
    y1 = y0 + t1 * dy;
    x0 = x0 + t0 * dx;
    y0 = y0 + t0 * dy;
    return true;
}

} // namespace

void SketchRaster::begin(const QRect &device, const QTransform &toDevice)
{
    m_device = device;
    if (m_buffer.width() < device.width() || m_buffer.height() < device.height())
        m_buffer = QImage(std::max(device.width(), m_buffer.width()), std::max(device.height(), m_buffer.height()),
                          QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < device.height(); ++y)
        std::fill_n(reinterpret_cast<QRgb *>(m_buffer.scanLine(y)), device.width(), QRgb(0));
    m_sx = toDevice.m11();
    m_sy = toDevice.m22();
    m_dx = toDevice.dx() - device.left();
    m_dy = toDevice.dy() - device.top();
}

void SketchRaster::line(QPointF from, QPointF to, QRgb colour)
{
    QPointF a = map(from), b = map(to);
    qreal x0 = a.x(), y0 = a.y(), x1 = b.x(), y1 = b.y();
    // Beyond a billion pixels the clip's arithmetic is no longer exact enough to trust.
    constexpr qreal kFar = 1e9;
    if (!(std::abs(x0) < kFar && std::abs(y0) < kFar && std::abs(x1) < kFar && std::abs(y1) < kFar))
        return;
    if (!clip(x0, y0, x1, y1, m_device.width(), m_device.height()))
        return;
    // Bresenham between the clipped ends, clamped to the frame: far-off ends (a crafted file
    // may place a task at 1e17) lose whole pixels to rounding in the clip.
    const int w = m_device.width() - 1, h = m_device.height() - 1;
    int ix0 = std::clamp(int(x0), 0, w), iy0 = std::clamp(int(y0), 0, h);
    const int ix1 = std::clamp(int(x1), 0, w), iy1 = std::clamp(int(y1), 0, h);
    const int dx = std::abs(ix1 - ix0), sx = ix0 < ix1 ? 1 : -1;
    const int dy = -std::abs(iy1 - iy0), sy = iy0 < iy1 ? 1 : -1;
    const QRgb pixel = colour | 0xff000000u;
    uchar *bits = m_buffer.bits();
    const qsizetype stride = m_buffer.bytesPerLine();
    int err = dx + dy;
    for (;;) {
        reinterpret_cast<QRgb *>(bits + iy0 * stride)[ix0] = pixel;
        if (ix0 == ix1 && iy0 == iy1)
            break;
        const int e2 = 2 * err;
        if (e2 >= dy) {
            err += dy;
            ix0 += sx;
        }
        if (e2 <= dx) {
            err += dx;
            iy0 += sy;
        }
    }
}

void SketchRaster::rect(const QRectF &sceneRect, QRgb colour)
{
    const QPointF a = map(sceneRect.topLeft());
    const QPointF b = map(sceneRect.bottomRight());
    if (!std::isfinite(a.x()) || !std::isfinite(a.y()) || !std::isfinite(b.x()) || !std::isfinite(b.y()))
        return;
    // At least a pixel, so a far-out task never vanishes; then clipped to the frame.
    const qreal x0 = std::floor(std::min(a.x(), b.x())), y0 = std::floor(std::min(a.y(), b.y()));
    const qreal x1 = std::max(x0 + 1, std::ceil(std::max(a.x(), b.x())));
    const qreal y1 = std::max(y0 + 1, std::ceil(std::max(a.y(), b.y())));
    const int left = int(std::max<qreal>(0, x0)), top = int(std::max<qreal>(0, y0));
    const int right = int(std::min<qreal>(m_device.width(), x1)), bottom = int(std::min<qreal>(m_device.height(), y1));
    const QRgb pixel = colour | 0xff000000u;
    for (int y = top; y < bottom; ++y) {
        QRgb *row = reinterpret_cast<QRgb *>(m_buffer.scanLine(y));
        std::fill(row + left, row + std::max(left, right), pixel);
    }
}

QImage SketchRaster::image() const
{
    // A view of the buffer's top-left corner, without copying it.
    return QImage(m_buffer.constBits(), m_device.width(), m_device.height(), m_buffer.bytesPerLine(),
                  QImage::Format_ARGB32_Premultiplied);
}

void SketchRaster::release()
{
    m_buffer = QImage();
    m_device = QRect();
}

} // namespace ps
