#pragma once

#include "models/TopologyGraph.h"
#include "ui/topology/ClusterItem.h"
#include "ui/topology/MapItemType.h"

#include <QCoreApplication>

namespace kd {

class PlaneItem;

// A Konnect geo with its control planes: a numbered square floating above its point far out,
// the control planes on their own close in.
class SiteItem final : public ClusterItem {
    Q_DECLARE_TR_FUNCTIONS(SiteItem)
public:
    enum { Type = static_cast<int>(MapItemType::Site) };
    // The marker floats above its point, so that it does not hide the regions there.
    static constexpr QPointF lift{0, -30};

    SiteItem(const TopologyGraph &graph, const TopologyGraph::Site &site);
    int type() const override { return Type; }
    const QList<PlaneItem *> &planes() const { return m_planes; }
    QString title() const;
    QPointF anchor() const override { return lift; }
    int memberCount() const override { return static_cast<int>(m_planes.size()); }
    bool detailed() const override { return m_detailed; }
    void setDetailed(bool detailed) override;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    double membersTop() const; // how far the open members reach above the anchor
    QPointF markAt() const;

    TopologyGraph::Site m_site;
    QList<PlaneItem *> m_planes;
    bool m_detailed = false;
};

} // namespace kd
