#pragma once

#include "models/TopologyGraph.h"
#include "ui/topology/MapItemType.h"
#include "ui/topology/MemberItem.h"

#include <QCoreApplication>

namespace kd {

// A managed cache beside the groups it serves in one region (a cache that serves several
// regions has one of these in each).
class CacheItem final : public MemberItem {
    Q_DECLARE_TR_FUNCTIONS(CacheItem)
public:
    enum { Type = static_cast<int>(MapItemType::Cache) };

    CacheItem(const TopologyGraph::Cache &cache, QGraphicsItem *parent);
    int type() const override { return Type; }
    QString cacheId() const { return m_cacheId; }
    QString ownerId() const { return m_ownerId; } // its control plane
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_cacheId;
    QString m_ownerId;
    QColor m_colour;
};

} // namespace kd
