#pragma once

#include <QGraphicsItem>

namespace kd {

// One `Type` per item class of the map, so that qgraphicsitem_cast tells them apart.
enum class MapItemType : int {
    Edges = QGraphicsItem::UserType + 1,
    Region,
    Site,
    Group,
    Plane,
    Cache,
};

} // namespace kd
