#pragma once

#include "models/TopologyGraph.h"
#include "ui/topology/ClusterItem.h"
#include "ui/topology/MapItemType.h"
#include "ui/topology/MapLabel.h"

#include <QCoreApplication>

namespace kd {

class CacheItem;
class GroupItem;

// A cloud region: one disc far out (sized by its groups, ringed by their worst state), its
// groups and caches on their own close in, under a title with the cloud, region and city.
class RegionItem final : public ClusterItem {
    Q_DECLARE_TR_FUNCTIONS(RegionItem)
public:
    enum { Type = static_cast<int>(MapItemType::Region) };

    RegionItem(const TopologyGraph &graph, int index);
    int type() const override { return Type; }
    const QList<GroupItem *> &groups() const { return m_groups; }
    const QList<CacheItem *> &caches() const { return m_caches; }
    QString title() const;
    QPointF anchor() const override { return m_centre; }
    void setLabelsLeft(bool left) override;
    int memberCount() const override { return static_cast<int>(m_groups.size() + m_caches.size()); }
    bool detailed() const override { return m_detailed; }
    void setDetailed(bool detailed) override;
    // The worst of its members' figures, drawn under the disc while it is closed.
    void setOverlay(const MarkerOverlay &overlay);
    MarkerOverlay overlay() const { return m_overlay; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    double discRadius() const;
    QPointF titleAt() const;
    QPointF overlayAt() const;
    QPointF markAt() const;
    void updateBounds();
    void markChanged() override { updateBounds(); }
    static int severity(GroupState state);

    TopologyGraph::Region m_region;
    QPointF m_centre;
    QList<GroupItem *> m_groups;
    QList<CacheItem *> m_caches;
    int m_worst = 0;
    bool m_detailed = false;
    MarkerOverlay m_overlay;
    QRectF m_bounds;
};

} // namespace kd
