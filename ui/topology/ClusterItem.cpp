#include "ui/topology/ClusterItem.h"

#include "models/TopologyGraph.h"
#include "ui/topology/MapItemType.h"

namespace kd {

namespace {
constexpr int smoothMembers = 150;
} // namespace

ClusterItem::ClusterItem() {
    setFlag(ItemIgnoresTransformations);
}

ClusterItem *ClusterItem::of(QGraphicsItem *item) {
    return const_cast<ClusterItem *>(of(static_cast<const QGraphicsItem *>(item)));
}

const ClusterItem *ClusterItem::of(const QGraphicsItem *item) {
    for (; item; item = item->parentItem()) {
        const int type = item->type();
        if (type == static_cast<int>(MapItemType::Region)
            || type == static_cast<int>(MapItemType::Site))
            return static_cast<const ClusterItem *>(item); // both derive from this class
    }
    return nullptr;
}

void ClusterItem::setFindingMark(const FindingMark &mark) {
    if (mark == m_mark)
        return;
    const bool bounds = mark.isEmpty() != m_mark.isEmpty();
    if (bounds)
        prepareGeometryChange();
    m_mark = mark;
    if (bounds)
        markChanged();
    setToolTip(m_clusterTip + findingmark::toolTip(m_mark));
    update();
}

void ClusterItem::setClusterToolTip(const QString &tip) {
    m_clusterTip = tip;
    setToolTip(m_clusterTip + findingmark::toolTip(m_mark));
}

double ClusterItem::expandedRadius() const {
    const int count = memberCount();
    if (count <= 1)
        return markerSpacing;
    if (count <= labelledMembers)
        return rowHeight * (count - 1) / 2.0 + markerSpacing;
    return TopologyGraph::spread({}, count - 1, count, markerSpacing).manhattanLength() * 0.75
           + markerSpacing;
}

QPointF ClusterItem::memberOffset(int n, int count) const {
    if (count <= labelledMembers)
        return {0, rowHeight * (n - (count - 1) / 2.0)};
    return TopologyGraph::spread({}, n, count, markerSpacing);
}

bool ClusterItem::smooth(const QGraphicsItem *member) {
    const ClusterItem *cluster = of(member->parentItem());
    return !cluster || cluster->memberCount() < smoothMembers;
}

} // namespace kd
