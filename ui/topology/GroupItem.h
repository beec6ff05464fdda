#pragma once

#include "ui/topology/MapItemType.h"
#include "ui/topology/MapLabel.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace kd {

class TopologyGraph;

// One data-plane group, drawn on its own once its region's cluster opens: a dot in its
// cloud's colour ringed by its state, its control plane's name beside it in small clusters
// (or when selected), and the telemetry overlay's figures when that is on.
class GroupItem final : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(GroupItem)
public:
    enum { Type = static_cast<int>(MapItemType::Group) };

    GroupItem(const TopologyGraph &graph, int index, QGraphicsItem *parent);
    int type() const override { return Type; }
    QString id() const { return m_id; }
    QString name() const { return m_name; }
    // Whether the name is always shown, and on which side of the marker.
    void setLabel(bool always, bool left);
    // Telemetry drawn beside the marker (empty: none), and what it adds to the tooltip.
    void setOverlay(const MarkerOverlay &overlay, const QString &tip);
    MarkerOverlay overlay() const { return m_overlay; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateBounds();
    QPointF labelAt() const { return {m_left ? -8.0 : 8.0, 4.0}; }

    QString m_id;
    QString m_name;
    QColor m_fill;
    QColor m_ring;
    bool m_problem = false;
    bool m_always = false;
    bool m_left = false;
    QString m_baseTip;
    MarkerOverlay m_overlay;
    QRectF m_bounds;
};

} // namespace kd
