#pragma once

#include "ui/topology/FindingMark.h"

#include <QGraphicsItem>

namespace kd {

// A marker on the map whose size is in pixels whatever the zoom: a cloud region or a Konnect
// geo, drawn as one cluster far out, its members (groups, caches, control planes) on their
// own close in. Small clusters lay their members out in a labelled column, big ones in rings.
class ClusterItem : public QGraphicsItem {
public:
    static constexpr double markerSpacing = 11.0; // pixels between members in rings
    static constexpr double rowHeight = 15.0;     // pixels between labelled members
    static constexpr int labelledMembers = 8;     // up to this many, members carry labels

    ClusterItem();
    // The cluster behind a map item (itself, or the parent of a member); null for others.
    static ClusterItem *of(QGraphicsItem *item);
    static const ClusterItem *of(const QGraphicsItem *item);

    virtual void setDetailed(bool detailed) = 0;
    virtual bool detailed() const = 0;
    virtual int memberCount() const = 0;
    // Where the cluster is drawn, in pixels from its point.
    virtual QPointF anchor() const { return {}; }
    // Which side of the column members' names go: away from the nearest other cluster.
    virtual void setLabelsLeft(bool left) { Q_UNUSED(left) }
    bool labelled() const { return memberCount() <= labelledMembers; }
    // How far the members spread when the cluster opens, in pixels.
    double expandedRadius() const;
    // Where the n-th of `count` members sits, in pixels from the anchor.
    QPointF memberOffset(int n, int count) const;
    // Members of big clusters are drawn without antialiasing: hundreds of markers on screen at
    // once must still pan smoothly.
    static bool smooth(const QGraphicsItem *member);

    // The advisor's findings about its members, drawn on the closed cluster and listed in its
    // tooltip.
    void setFindingMark(const FindingMark &mark);
    const FindingMark &findingMark() const { return m_mark; }

    // Scene distance to the nearest other cluster; set when the scene is built.
    double clearance = 1e9;

protected:
    void setClusterToolTip(const QString &tip);
    // The bounds changed with the mark (call prepareGeometryChange() first).
    virtual void markChanged() {}

private:
    QString m_clusterTip;
    FindingMark m_mark;
};

} // namespace kd
