#pragma once

#include "ui/topology/MapItemType.h"
#include "ui/topology/MemberItem.h"

#include <QCoreApplication>

namespace kd {

class TopologyGraph;

// One data-plane group, drawn on its own once its region's cluster opens: a dot in its
// cloud's colour ringed by its state (and by its health with the telemetry overlay on), a
// halo when it has problems, its control plane's name beside it.
class GroupItem final : public MemberItem {
    Q_DECLARE_TR_FUNCTIONS(GroupItem)
public:
    enum { Type = static_cast<int>(MapItemType::Group) };

    GroupItem(const TopologyGraph &graph, int index, QGraphicsItem *parent);
    int type() const override { return Type; }
    QString id() const { return m_id; }
    // Telemetry drawn beside the marker (empty: none), and what it adds to the tooltip.
    void setOverlay(const MarkerOverlay &overlay, const QString &tip);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_id;
    QColor m_fill;
    QColor m_ring;
    bool m_problem = false;
};

} // namespace kd
