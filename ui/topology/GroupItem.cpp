#include "ui/topology/GroupItem.h"

#include "models/TopologyGraph.h"
#include "ui/topology/ClusterItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr double markerRadius = 4;
constexpr double haloRadius = 7;
constexpr double overlayGap = 3; // pixels between the name and the figures
} // namespace

GroupItem::GroupItem(const TopologyGraph &graph, int index, QGraphicsItem *parent)
    : QGraphicsItem(parent) {
    const TopologyGraph::Group &group = graph.groups().at(index);
    const TopologyGraph::Plane &plane = graph.planes().at(group.plane);
    const TopologyGraph::Region &region = graph.regions().at(group.region);
    m_id = group.id;
    m_name = plane.name;
    m_fill = TopologyGraph::cloudColour(group.provider);
    m_ring = TopologyGraph::stateColour(group.state);
    m_problem = !group.problems.isEmpty();
    setFlag(ItemIsSelectable);
    QString tip = u"<b>%1</b><br>%2 %3 (%4)<br>%5<br>%6"_s.arg(
        plane.name.toHtmlEscaped(), providerDisplayName(group.provider).toHtmlEscaped(),
        region.name.toHtmlEscaped(), region.place.city.toHtmlEscaped(),
        tr("State: %1").arg(group.stateText.toHtmlEscaped()),
        group.cache >= 0
            ? tr("Managed cache: %1").arg(graph.caches().at(group.cache).name.toHtmlEscaped())
            : tr("No managed cache"));
    for (const QString &problem : group.problems)
        tip += u"<br><span style='color:#c62828'>⚠ "_s + problem.toHtmlEscaped() + u"</span>"_s;
    m_baseTip = tip;
    setToolTip(tip);
    updateBounds();
}

void GroupItem::setLabel(bool always, bool left) {
    prepareGeometryChange();
    m_always = always;
    m_left = left;
    updateBounds();
}

void GroupItem::setOverlay(const MarkerOverlay &overlay, const QString &tip) {
    if (overlay == m_overlay)
        return;
    prepareGeometryChange();
    m_overlay = overlay;
    setToolTip(m_baseTip + tip);
    updateBounds();
}

void GroupItem::updateBounds() {
    QRectF bounds(-haloRadius - 1, -haloRadius - 1, 2 * haloRadius + 2, 2 * haloRadius + 2);
    // Measuring text is what building a scene of thousands of groups spends its time on:
    // only for the labels that show.
    if (m_always || isSelected()) {
        const QFont name = maplabel::font(maplabel::namePixels, true); // the widest: selected
        const QRectF nameRect = maplabel::rect(labelAt(), m_name, name, m_left);
        bounds = bounds.united(nameRect);
        if (!m_overlay.isEmpty()) {
            const QPointF at = m_left ? QPointF(nameRect.left() - overlayGap, labelAt().y())
                                      : QPointF(nameRect.right() + overlayGap, labelAt().y());
            bounds = bounds.united(maplabel::rect(
                at, m_overlay.text, maplabel::font(maplabel::namePixels, true), m_left));
        }
    }
    m_bounds = bounds.adjusted(-1, -1, 1, 1);
}

QVariant GroupItem::itemChange(GraphicsItemChange change, const QVariant &value) {
    if (change == ItemSelectedChange)
        prepareGeometryChange(); // the name shows while selected
    else if (change == ItemSelectedHasChanged)
        updateBounds();
    return QGraphicsItem::itemChange(change, value);
}

QPainterPath GroupItem::shape() const {
    QPainterPath path;
    path.addEllipse(QPointF(), haloRadius, haloRadius);
    return path;
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const MapPalette colours = MapPalette::from(option->palette);
    painter->setRenderHint(QPainter::Antialiasing, ClusterItem::smooth(this));
    if (m_problem) {
        QColor problem = colours.problem;
        problem.setAlpha(90);
        painter->setPen(Qt::NoPen);
        painter->setBrush(problem);
        painter->drawEllipse(QPointF(), haloRadius, haloRadius);
    }
    if (m_overlay.health != Health::Unknown) { // health around the state
        painter->setPen(QPen(MapPalette::health(m_overlay.health), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(), haloRadius - 0.5, haloRadius - 0.5);
    }
    painter->setPen(QPen(isSelected() ? colours.selection : m_ring, isSelected() ? 2.5 : 2));
    painter->setBrush(m_fill);
    painter->drawEllipse(QPointF(), markerRadius, markerRadius);
    if (!m_always && !isSelected())
        return; // in rings the names would cover each other: the selected one only
    const QFont name = maplabel::font(maplabel::namePixels, isSelected());
    maplabel::draw(painter, labelAt(), m_name, name, colours.text, colours.halo, m_left);
    if (!m_overlay.isEmpty()) {
        const QRectF nameRect = maplabel::rect(labelAt(), m_name, name, m_left);
        const QPointF at = m_left ? QPointF(nameRect.left() - overlayGap, labelAt().y())
                                  : QPointF(nameRect.right() + overlayGap, labelAt().y());
        maplabel::draw(painter, at, m_overlay.text, maplabel::font(maplabel::namePixels, true),
                       MapPalette::health(m_overlay.health), colours.halo, m_left);
    }
}

} // namespace kd
