#pragma once

#include "ui/topology/MapPalette.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace kd {

// A telemetry figure drawn on a marker, coloured by its health.
struct MarkerOverlay {
    QString text;
    Health health = Health::Unknown;
    bool isEmpty() const { return text.isEmpty(); }
    bool operator==(const MarkerOverlay &) const = default;
};

// Text beside the map's markers: a fixed pixel size, on a halo so that it reads over land,
// sea and edges alike.
namespace maplabel {
constexpr int smallPixels = 9;
constexpr int namePixels = 11;
QFont font(int pixels, bool bold = false);
// The rectangle a label takes, its baseline starting (left) or ending (right) at `at`.
QRectF rect(const QPointF &at, const QString &text, const QFont &font, bool rightAligned = false);
void draw(QPainter *painter, const QPointF &at, const QString &text, const QFont &font,
          const QColor &colour, const QColor &halo, bool rightAligned = false);
} // namespace maplabel

} // namespace kd
