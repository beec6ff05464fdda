#pragma once

#include "ui/topology/MapItemType.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>

namespace kd {

class ClusterItem;

// Control plane → its groups (configuration) and group → cache (shared state). Drawn in
// device pixels, because the markers they join keep their pixel size; between clusters that
// are closed, one line stands for all their members' edges.
class EdgesItem final : public QGraphicsItem {
public:
    enum { Type = static_cast<int>(MapItemType::Edges) };
    struct Edge {
        const QGraphicsItem *from;
        const QGraphicsItem *to;
        QColor colour;
        bool dashed = false;
    };

    EdgesItem();
    int type() const override { return Type; }
    // Endpoints are resolved once: which cluster, and where in it.
    void setEdges(const QList<Edge> &edges);
    // Clusters opened or closed: the lines between them change.
    void clustersChanged() { update(); }
    qsizetype edgeCount() const { return m_ends.size(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct End {
        int cluster;
        QPointF offset; // the member's pixel offset in its cluster
        bool member;    // false: the cluster itself
    };
    struct Ends {
        End from;
        End to;
        int pen;
    };
    QList<const ClusterItem *> m_clusters;
    QList<Ends> m_ends;
    QList<std::pair<QRgb, bool>> m_pens;
};

} // namespace kd
