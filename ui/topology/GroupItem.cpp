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
} // namespace

GroupItem::GroupItem(const TopologyGraph &graph, int index, QGraphicsItem *parent)
    : MemberItem(graph.planes().at(graph.groups().at(index).plane).name, haloRadius, parent) {
    const TopologyGraph::Group &group = graph.groups().at(index);
    const TopologyGraph::Region &region = graph.regions().at(group.region);
    m_id = group.id;
    m_fill = TopologyGraph::cloudColour(group.provider);
    m_ring = TopologyGraph::stateColour(group.state);
    m_problem = !group.problems.isEmpty();
    QString tip = u"<b>%1</b><br>%2 %3 (%4)<br>%5<br>%6"_s.arg(
        name().toHtmlEscaped(), providerDisplayName(group.provider).toHtmlEscaped(),
        region.name.toHtmlEscaped(), region.place.city.toHtmlEscaped(),
        tr("State: %1").arg(group.stateText.toHtmlEscaped()),
        group.cache >= 0
            ? tr("Managed cache: %1").arg(graph.caches().at(group.cache).name.toHtmlEscaped())
            : tr("No managed cache"));
    for (const QString &problem : group.problems)
        tip += u"<br><span style='color:#c62828'>⚠ "_s + problem.toHtmlEscaped() + u"</span>"_s;
    setBaseToolTip(tip);
}

void GroupItem::setOverlay(const MarkerOverlay &overlay, const QString &tip) {
    MemberItem::setOverlay(overlay);
    setOverlayToolTip(tip);
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
    if (overlay().health != Health::Unknown) { // health around the state
        painter->setPen(QPen(MapPalette::health(overlay().health), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(), haloRadius - 0.5, haloRadius - 0.5);
    }
    painter->setPen(QPen(isSelected() ? colours.selection : m_ring, isSelected() ? 2.5 : 2));
    painter->setBrush(m_fill);
    painter->drawEllipse(QPointF(), markerRadius, markerRadius);
    drawLabel(painter, colours);
}

} // namespace kd
