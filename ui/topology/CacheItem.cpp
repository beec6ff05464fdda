#include "ui/topology/CacheItem.h"

#include "ui/topology/ClusterItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace kd {

CacheItem::CacheItem(const TopologyGraph::Cache &cache, QGraphicsItem *parent)
    : MemberItem(cache.name, 7, parent)
    , m_cacheId(cache.id)
    , m_ownerId(cache.ownerId)
    , m_colour(TopologyGraph::cacheColour(cache.state)) {
    setBaseToolTip(u"<b>%1</b><br>%2<br>%3"_s.arg(
        cache.name.toHtmlEscaped(), tr("Managed Redis, tier %1").arg(cache.tier.toHtmlEscaped()),
        tr("State: %1").arg(cache.stateText.toHtmlEscaped())));
}

void CacheItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const MapPalette colours = MapPalette::from(option->palette);
    painter->setRenderHint(QPainter::Antialiasing, ClusterItem::smooth(this));
    if (overlay().health != Health::Unknown) { // memory against the 70–75 % guidance
        painter->setPen(QPen(MapPalette::health(overlay().health), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(), 6.5, 6.5);
    }
    painter->setPen(
        QPen(isSelected() ? colours.selection : QColor(Qt::white), isSelected() ? 2 : 1));
    painter->setBrush(m_colour);
    painter->drawPolygon(QPolygonF({{0, -5}, {5, 0}, {0, 5}, {-5, 0}}));
    drawLabel(painter, colours);
}

} // namespace kd
