#include "ui/topology/PlaneItem.h"

#include "ui/topology/ClusterItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace kd {

PlaneItem::PlaneItem(const TopologyGraph::Plane &plane, QGraphicsItem *parent)
    : MemberItem(plane.name, 6, parent)
    , m_id(plane.id) {
    setBaseToolTip(u"<b>%1</b><br>%2<br>%3"_s.arg(
        plane.name.toHtmlEscaped(),
        tr("%n data-plane groups", nullptr, static_cast<int>(plane.groups.size())),
        plane.hasCache ? tr("Has a managed cache") : tr("No managed cache")));
}

void PlaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const MapPalette colours = MapPalette::from(option->palette);
    painter->setRenderHint(QPainter::Antialiasing, ClusterItem::smooth(this));
    painter->setPen(
        QPen(isSelected() ? colours.selection : colours.planeBorder, isSelected() ? 2.5 : 1.2));
    painter->setBrush(colours.plane);
    painter->drawRect(QRectF(-4, -4, 8, 8));
    drawLabel(painter, colours);
}

} // namespace kd
