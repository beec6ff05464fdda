#include "ui/topology/PlaneItem.h"

#include "ui/topology/ClusterItem.h"
#include "ui/topology/MapLabel.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr QPointF labelAt{8, 4};
} // namespace

PlaneItem::PlaneItem(const TopologyGraph::Plane &plane, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_id(plane.id)
    , m_name(plane.name) {
    setFlag(ItemIsSelectable);
    setToolTip(u"<b>%1</b><br>%2<br>%3"_s.arg(
        plane.name.toHtmlEscaped(),
        tr("%n data-plane groups", nullptr, static_cast<int>(plane.groups.size())),
        plane.hasCache ? tr("Has a managed cache") : tr("No managed cache")));
    updateBounds();
}

void PlaneItem::setLabel(bool always) {
    prepareGeometryChange();
    m_always = always;
    updateBounds();
}

void PlaneItem::updateBounds() {
    m_bounds = QRectF(-7, -7, 14, 14);
    if (m_always || isSelected()) // text is measured only where it shows
        m_bounds = m_bounds.united(
            maplabel::rect(labelAt, m_name, maplabel::font(maplabel::namePixels, true)));
}

QVariant PlaneItem::itemChange(GraphicsItemChange change, const QVariant &value) {
    if (change == ItemSelectedChange)
        prepareGeometryChange(); // the name shows while selected
    else if (change == ItemSelectedHasChanged)
        updateBounds();
    return QGraphicsItem::itemChange(change, value);
}

QPainterPath PlaneItem::shape() const {
    QPainterPath path;
    path.addRect(QRectF(-6, -6, 12, 12));
    return path;
}

void PlaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const MapPalette colours = MapPalette::from(option->palette);
    painter->setRenderHint(QPainter::Antialiasing, ClusterItem::smooth(this));
    painter->setPen(
        QPen(isSelected() ? colours.selection : colours.planeBorder, isSelected() ? 2.5 : 1.2));
    painter->setBrush(colours.plane);
    painter->drawRect(QRectF(-4, -4, 8, 8));
    if (m_always || isSelected())
        maplabel::draw(painter, labelAt, m_name, maplabel::font(maplabel::namePixels, isSelected()),
                       colours.text, colours.halo);
}

} // namespace kd
