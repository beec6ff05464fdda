#include "ui/topology/SiteItem.h"

#include "ui/topology/MapLabel.h"
#include "ui/topology/PlaneItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace kd {

SiteItem::SiteItem(const TopologyGraph &graph, const TopologyGraph::Site &site)
    : m_site(site) {
    setPos(TopologyGraph::project(site.place));
    setZValue(3);
    setCacheMode(DeviceCoordinateCache);
    const int count = static_cast<int>(site.planes.size());
    for (int i = 0; i < count; ++i) {
        auto *plane = new PlaneItem(graph.planes().at(site.planes.at(i)), this);
        plane->setPos(lift + memberOffset(i, count));
        plane->setLabel(count <= labelledMembers, false);
        plane->setVisible(false);
        m_planes.append(plane);
    }
    setClusterToolTip(
        u"<b>%1</b><br>%2"_s.arg(title().toHtmlEscaped(), tr("%n control planes", nullptr, count)));
}

QString SiteItem::title() const {
    return tr("Konnect %1 geo").arg(geoId(m_site.geo).toUpper());
}

void SiteItem::setDetailed(bool detailed) {
    if (detailed == m_detailed)
        return;
    prepareGeometryChange();
    m_detailed = detailed;
    for (PlaneItem *plane : std::as_const(m_planes))
        plane->setVisible(detailed);
    update();
}

double SiteItem::membersTop() const {
    return memberCount() <= labelledMembers ? rowHeight * (memberCount() - 1) / 2.0
                                            : expandedRadius();
}

QRectF SiteItem::boundingRect() const {
    QRectF marker(-12, -42, 24 + 90, 48);
    if (!findingMark().isEmpty())
        marker = marker.united(findingmark::rect(markAt()));
    if (!m_detailed)
        return marker;
    return marker.united(QRectF(-20, lift.y() - membersTop() - 24, 200, 20));
}

void SiteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const MapPalette colours = MapPalette::from(option->palette);
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont bold = maplabel::font(10, true);
    if (m_detailed) {
        maplabel::draw(painter, lift + QPointF(-6, -membersTop() - 10), title(), bold, colours.text,
                       colours.halo);
        return;
    }
    painter->setPen(QPen(colours.planeBorder, 1, Qt::DotLine));
    painter->drawLine(QPointF(), lift + QPointF(0, 10));
    const QRectF box(lift.x() - 10, lift.y() - 10, 20, 20);
    painter->setPen(QPen(colours.planeBorder, 1.5));
    painter->setBrush(colours.plane);
    painter->drawRect(box);
    painter->setPen(Qt::white);
    painter->setFont(bold);
    painter->drawText(box, Qt::AlignCenter, QString::number(m_site.planes.size()));
    maplabel::draw(painter, lift + QPointF(13, 4), u"Konnect "_s + geoId(m_site.geo).toUpper(),
                   bold, colours.text, colours.halo);
    findingmark::draw(painter, markAt(), findingMark());
}

QPointF SiteItem::markAt() const {
    return lift + QPointF(10, -10); // the box's top right corner
}

} // namespace kd
