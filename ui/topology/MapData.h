#pragma once

#include "client/Types.h"

#include <QLineF>
#include <QPainterPath>
#include <QRectF>

#include <optional>

namespace kd {

class TopologyGraph;

// What the map is drawn from, apart from the fleet: the land, and the geometry that places
// and clips markers and edges. No widgets.
namespace mapdata {
// Land outlines from resources/maps/land-110m.bin (see scripts/convert-land.py), in map
// coordinates; rings that cross the antimeridian are drawn again on the other side.
QPainterPath landPath();
// The inhabited world, from Alaska to New Zealand; Antarctica has no cloud regions.
QRectF inhabitedWorld();
// The scene: the world with room to pan past the antimeridian.
QRectF sceneBounds();
// The points the fleet's clusters stand on (control-plane sites and cloud regions); empty
// when there is nothing to show.
std::optional<QRectF> fleetBounds(const TopologyGraph &graph);
// Regions of different clouds in one metro area sit side by side, in pixels.
QPointF cloudOffset(CloudProvider provider);
// The part of a line inside a rectangle (Liang-Barsky); false when none is.
bool clip(QLineF &line, const QRectF &rect);
} // namespace mapdata

} // namespace kd
