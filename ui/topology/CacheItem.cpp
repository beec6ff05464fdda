#include "ui/topology/CacheItem.h"

#include "ui/topology/ClusterItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace kd {

CacheItem::CacheItem(const TopologyGraph::Cache &cache, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_cacheId(cache.id)
    , m_ownerId(cache.ownerId)
    , m_name(cache.name)
    , m_colour(TopologyGraph::cacheColour(cache.state)) {
    setFlag(ItemIsSelectable);
    setToolTip(u"<b>%1</b><br>%2<br>%3"_s.arg(
        cache.name.toHtmlEscaped(), tr("Managed Redis, tier %1").arg(cache.tier.toHtmlEscaped()),
        tr("State: %1").arg(cache.stateText.toHtmlEscaped())));
    updateBounds();
}

void CacheItem::setLabel(bool always, bool left) {
    prepareGeometryChange();
    m_always = always;
    m_left = left;
    updateBounds();
}

void CacheItem::setOverlay(const MarkerOverlay &overlay) {
    if (overlay == m_overlay)
        return;
    prepareGeometryChange();
    m_overlay = overlay;
    updateBounds();
}

QString CacheItem::labelText() const {
    return m_overlay.isEmpty() ? m_name : m_name + u"  "_s + m_overlay.text;
}

void CacheItem::updateBounds() {
    m_bounds = QRectF(-7, -7, 14, 14);
    if (m_always || isSelected()) // text is measured only where it shows
        m_bounds = m_bounds.united(maplabel::rect(
            labelAt(), labelText(), maplabel::font(maplabel::namePixels, true), m_left));
}

QVariant CacheItem::itemChange(GraphicsItemChange change, const QVariant &value) {
    if (change == ItemSelectedChange)
        prepareGeometryChange(); // the name shows while selected
    else if (change == ItemSelectedHasChanged)
        updateBounds();
    return QGraphicsItem::itemChange(change, value);
}

QPainterPath CacheItem::shape() const {
    QPainterPath path;
    path.addRect(QRectF(-6, -6, 12, 12));
    return path;
}

void CacheItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const MapPalette colours = MapPalette::from(option->palette);
    painter->setRenderHint(QPainter::Antialiasing, ClusterItem::smooth(this));
    if (m_overlay.health != Health::Unknown) {
        painter->setPen(QPen(MapPalette::health(m_overlay.health), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(), 6.5, 6.5);
    }
    painter->setPen(
        QPen(isSelected() ? colours.selection : QColor(Qt::white), isSelected() ? 2 : 1));
    painter->setBrush(m_colour);
    painter->drawPolygon(QPolygonF({{0, -5}, {5, 0}, {0, 5}, {-5, 0}}));
    if (!m_always && !isSelected())
        return;
    const QFont font = maplabel::font(maplabel::namePixels, isSelected());
    maplabel::draw(painter, labelAt(), m_name, font, colours.text, colours.halo, m_left);
    if (!m_overlay.isEmpty()) {
        const QRectF nameRect = maplabel::rect(labelAt(), m_name, font, m_left);
        const QPointF at = m_left ? QPointF(nameRect.left() - 3, labelAt().y())
                                  : QPointF(nameRect.right() + 3, labelAt().y());
        maplabel::draw(painter, at, m_overlay.text, maplabel::font(maplabel::namePixels, true),
                       MapPalette::health(m_overlay.health), colours.halo, m_left);
    }
}

} // namespace kd
