#pragma once

#include "models/TopologyGraph.h"
#include "ui/topology/MapItemType.h"
#include "ui/topology/MapLabel.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace kd {

// A managed cache beside the groups it serves in one region (a cache that serves several
// regions has one of these in each).
class CacheItem final : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(CacheItem)
public:
    enum { Type = static_cast<int>(MapItemType::Cache) };

    CacheItem(const TopologyGraph::Cache &cache, QGraphicsItem *parent);
    int type() const override { return Type; }
    QString cacheId() const { return m_cacheId; }
    QString ownerId() const { return m_ownerId; } // its control plane
    QString name() const { return m_name; }
    void setLabel(bool always, bool left);
    void setOverlay(const MarkerOverlay &overlay);
    MarkerOverlay overlay() const { return m_overlay; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString labelText() const;
    QPointF labelAt() const { return {m_left ? -8.0 : 8.0, 4.0}; }
    void updateBounds();

    QString m_cacheId;
    QString m_ownerId;
    QString m_name;
    QColor m_colour;
    bool m_always = false;
    bool m_left = false;
    MarkerOverlay m_overlay;
    QRectF m_bounds;
};

} // namespace kd
