#include "ui/topology/EdgesItem.h"

#include "models/TopologyGraph.h"
#include "ui/topology/ClusterItem.h"
#include "ui/topology/MapData.h"

#include <QHash>
#include <QPainter>
#include <QVarLengthArray>

namespace kd {

namespace {
constexpr qsizetype smoothLines = 1500; // past this many lines on screen, no antialiasing
} // namespace

EdgesItem::EdgesItem() {
    // Panning moves the drawn lines instead of drawing them again; a zoom redraws them.
    setCacheMode(DeviceCoordinateCache);
}

void EdgesItem::setEdges(const QList<Edge> &edges) {
    m_clusters.clear();
    m_ends.clear();
    m_pens.clear();
    QHash<const ClusterItem *, int> clusterIndex;
    QHash<std::pair<QRgb, bool>, int> penIndex;
    const auto endOf = [&](const QGraphicsItem *item) {
        const ClusterItem *cluster = ClusterItem::of(item);
        auto it = clusterIndex.constFind(cluster);
        if (it == clusterIndex.cend()) {
            m_clusters.append(cluster);
            it = clusterIndex.insert(cluster, static_cast<int>(m_clusters.size()) - 1);
        }
        const bool member = item != cluster;
        return End{it.value(), member ? item->pos() : QPointF(), member};
    };
    for (const Edge &edge : edges) {
        const std::pair<QRgb, bool> pen{edge.colour.rgba(), edge.dashed};
        auto it = penIndex.constFind(pen);
        if (it == penIndex.cend()) {
            m_pens.append(pen);
            it = penIndex.insert(pen, static_cast<int>(m_pens.size()) - 1);
        }
        m_ends.append({endOf(edge.from), endOf(edge.to), it.value()});
    }
    update();
}

QRectF EdgesItem::boundingRect() const {
    return {-200 * TopologyGraph::scale, -100 * TopologyGraph::scale, 400 * TopologyGraph::scale,
            200 * TopologyGraph::scale};
}

void EdgesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    const QTransform world = painter->worldTransform();
    const QRectF screen = QRectF(0, 0, painter->device()->width(), painter->device()->height())
                              .adjusted(-2, -2, 2, 2);
    // Each cluster's point on screen, and whether it is open, once per frame.
    const auto clusters = m_clusters.size();
    QVarLengthArray<QPointF, 64> at(clusters);
    QVarLengthArray<QPointF, 64> anchor(clusters);
    QVarLengthArray<bool, 64> open(clusters);
    for (qsizetype c = 0; c < clusters; ++c) {
        at[c] = world.map(m_clusters.at(c)->pos());
        anchor[c] = m_clusters.at(c)->anchor();
        open[c] = m_clusters.at(c)->detailed();
    }
    const auto point = [&](const End &end) { return at[end.cluster] + end.offset; };
    QVarLengthArray<bool, 4096> joined(clusters * clusters, false);
    QList<QList<QLineF>> batches(m_pens.size());
    qsizetype lines = 0;
    for (const Ends &edge : std::as_const(m_ends)) {
        const bool fromOpen = edge.from.member && open[edge.from.cluster];
        const bool toOpen = edge.to.member && open[edge.to.cluster];
        QLineF line;
        if (fromOpen && toOpen) {
            line = QLineF(point(edge.from), point(edge.to));
        } else {
            // Either end closed: one line joins the two clusters for all their edges.
            if (edge.from.cluster == edge.to.cluster)
                continue;
            bool &seen = joined[edge.from.cluster * clusters + edge.to.cluster];
            if (seen)
                continue;
            seen = true;
            line = QLineF(at[edge.from.cluster] + anchor[edge.from.cluster],
                          at[edge.to.cluster] + anchor[edge.to.cluster]);
        }
        // Edges to clusters far off screen are long: drawing only what shows keeps panning
        // cheap.
        if (!mapdata::clip(line, screen))
            continue;
        batches[edge.pen].append(line);
        ++lines;
    }
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, lines < smoothLines);
    for (qsizetype i = 0; i < batches.size(); ++i) {
        if (batches.at(i).isEmpty())
            continue;
        painter->setPen(QPen(QColor::fromRgba(m_pens.at(i).first), 1,
                             m_pens.at(i).second ? Qt::DashLine : Qt::SolidLine));
        painter->drawLines(batches.at(i));
    }
    painter->restore();
}

} // namespace kd
