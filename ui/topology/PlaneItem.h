#pragma once

#include "models/TopologyGraph.h"
#include "ui/topology/MapItemType.h"
#include "ui/topology/MemberItem.h"

#include <QCoreApplication>

namespace kd {

// One control plane, drawn on its own once its geo's cluster opens.
class PlaneItem final : public MemberItem {
    Q_DECLARE_TR_FUNCTIONS(PlaneItem)
public:
    enum { Type = static_cast<int>(MapItemType::Plane) };

    PlaneItem(const TopologyGraph::Plane &plane, QGraphicsItem *parent);
    int type() const override { return Type; }
    QString id() const { return m_id; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_id;
};

} // namespace kd
