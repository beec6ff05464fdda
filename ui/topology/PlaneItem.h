#pragma once

#include "models/TopologyGraph.h"
#include "ui/topology/MapItemType.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace kd {

// One control plane, drawn on its own once its geo's cluster opens.
class PlaneItem final : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(PlaneItem)
public:
    enum { Type = static_cast<int>(MapItemType::Plane) };

    PlaneItem(const TopologyGraph::Plane &plane, QGraphicsItem *parent);
    int type() const override { return Type; }
    QString id() const { return m_id; }
    QString name() const { return m_name; }
    // Whether the name is always shown (small clusters) or only when selected.
    void setLabel(bool always);

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateBounds();

    QString m_id;
    QString m_name;
    bool m_always = false;
    QRectF m_bounds;
};

} // namespace kd
