#include "ui/topology/TopologyPane.h"

#include "fleet/FleetStore.h"
#include "ui/common/FilterBar.h"

#include <QAction>
#include <QDataStream>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QShowEvent>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QToolBar>
#include <QVBoxLayout>
#include <QVarLengthArray>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
// Past this zoom every group and control plane is drawn on its own; below it they cluster.
constexpr double detailZoom = 2.5;
constexpr double markerSpacing = 11.0; // pixels between members of an expanded cluster

// Land outlines from resources/maps/land-110m.bin (see scripts/convert-land.py).
QPainterPath landPath() {
    QPainterPath path;
    QFile file(u":/maps/land-110m.bin"_s);
    if (!file.open(QIODevice::ReadOnly))
        return path;
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    char magic[8];
    if (in.readRawData(magic, 8) != 8 || qstrncmp(magic, "KDLAND1", 7) != 0)
        return path;
    quint32 rings = 0;
    in >> rings;
    for (quint32 r = 0; r < rings && in.status() == QDataStream::Ok; ++r) {
        quint32 points = 0;
        in >> points;
        QPolygonF ring;
        ring.reserve(points);
        double shift = 0; // rings that cross the antimeridian continue past ±180°
        double previous = 0;
        double west = 180;
        double east = -180;
        for (quint32 p = 0; p < points; ++p) {
            qint16 lon = 0;
            qint16 lat = 0;
            in >> lon >> lat;
            const double longitude = lon / 100.0;
            if (p > 0 && longitude - previous > 180)
                shift -= 360;
            else if (p > 0 && previous - longitude > 180)
                shift += 360;
            previous = longitude;
            west = std::min(west, longitude + shift);
            east = std::max(east, longitude + shift);
            ring.append(TopologyGraph::project(lat / 100.0, longitude + shift));
        }
        path.addPolygon(ring);
        path.closeSubpath();
        // What lies past the edge is drawn again on the other side.
        if (east > 180 || west < -180) {
            const double dx = (east > 180 ? -360 : 360) * TopologyGraph::scale;
            path.addPolygon(ring.translated(dx, 0));
            path.closeSubpath();
        }
    }
    return path;
}

// Regions of different clouds in one metro area sit side by side, not on top of each other.
QPointF cloudOffset(CloudProvider provider) {
    switch (provider) {
    case CloudProvider::Aws:
        return {-9, 0};
    case CloudProvider::Azure:
        return {9, 0};
    case CloudProvider::Gcp:
        return {0, 9};
    case CloudProvider::Unknown:
        break;
    }
    return {0, -9};
}

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

// The part of a line inside a rectangle (Liang-Barsky); false when none is. Edges to clusters
// far off screen are long, and drawing only what shows keeps panning cheap.
bool clip(QLineF &line, const QRectF &rect) {
    double t0 = 0;
    double t1 = 1;
    const double dx = line.dx();
    const double dy = line.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                         rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = line.p1();
    line = QLineF(start + QPointF(dx, dy) * t0, start + QPointF(dx, dy) * t1);
    return true;
}
} // namespace

// A marker whose size is in pixels whatever the zoom, with children that appear close in.
class TopologyItem : public QGraphicsItem {
public:
    TopologyItem() { setFlag(ItemIgnoresTransformations); }
    virtual void setDetailed(bool detailed) = 0;
    virtual bool detailed() const = 0;
    virtual int memberCount() const = 0;
    // Where the cluster is drawn, in pixels from its point.
    virtual QPointF anchor() const { return {}; }
    // How far the members spread when the cluster opens, in pixels.
    double expandedRadius() const {
        const int count = memberCount();
        return count <= 1
                   ? markerSpacing
                   : TopologyGraph::spread({}, count - 1, count, markerSpacing).manhattanLength()
                             * 0.75
                         + markerSpacing;
    }
    // Scene distance to the nearest other cluster; set when the scene is built.
    double clearance = 1e9;
    // Where the children spread, in pixels from this item.
    QPointF memberOffset(int n, int count) const {
        return TopologyGraph::spread({}, n, count, markerSpacing);
    }
};

// The small text beside a marker: a telemetry figure, a count.
void drawSmallLabel(QPainter *painter, const QPointF &at, const QString &text,
                    const QColor &colour) {
    QFont font = painter->font();
    font.setPixelSize(9);
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(colour);
    painter->drawText(at, text);
}

// Members of big clusters are drawn without antialiasing: hundreds of markers on screen at
// once must still pan smoothly.
bool smooth(const QGraphicsItem *member) {
    const auto *cluster = static_cast<const TopologyItem *>(member->parentItem());
    return !cluster || cluster->memberCount() < 150;
}

// One data-plane group (close in).
class GroupItem final : public QGraphicsItem {
public:
    GroupItem(const TopologyGraph &graph, int index, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_id(graph.groups().at(index).id) {
        const TopologyGraph::Group &group = graph.groups().at(index);
        m_fill = TopologyGraph::cloudColour(group.provider);
        m_ring = TopologyGraph::stateColour(group.state);
        m_problem = !group.problems.isEmpty();
        setFlag(ItemIsSelectable);
        setData(0, u"group"_s);
        setData(1, m_id);
        const TopologyGraph::Plane &plane = graph.planes().at(group.plane);
        const TopologyGraph::Region &region = graph.regions().at(group.region);
        QString tip = u"<b>%1</b><br>%2 %3 (%4)<br>%5<br>%6"_s.arg(
            esc(plane.name), esc(providerDisplayName(group.provider)), esc(region.name),
            esc(region.place.city), QObject::tr("State: %1").arg(esc(group.stateText)),
            group.cache >= 0
                ? QObject::tr("Managed cache: %1").arg(esc(graph.caches().at(group.cache).name))
                : QObject::tr("No managed cache"));
        for (const QString &problem : group.problems)
            tip += u"<br><span style='color:#c62828'>⚠ "_s + esc(problem) + u"</span>"_s;
        m_baseTip = tip;
        setToolTip(tip);
    }
    QString id() const { return m_id; }
    // Telemetry drawn beside the marker (empty: none).
    void setOverlay(const QString &text, const QString &tip) {
        if (text == m_overlay)
            return;
        prepareGeometryChange();
        m_overlay = text;
        setToolTip(m_baseTip + tip);
    }
    QRectF boundingRect() const override {
        return m_overlay.isEmpty() ? QRectF(-7, -7, 14, 14) : QRectF(-7, -7, 140, 14);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override {
        if (!m_overlay.isEmpty())
            drawSmallLabel(painter, QPointF(8, 3), m_overlay, QColor(0x33, 0x33, 0x33));
        painter->setRenderHint(QPainter::Antialiasing, smooth(this));
        if (m_problem) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xc6, 0x28, 0x28, 90));
            painter->drawEllipse(QPointF(), 7, 7);
        }
        painter->setPen(QPen(isSelected() ? QColor(Qt::black) : m_ring, isSelected() ? 2.5 : 2));
        painter->setBrush(m_fill);
        painter->drawEllipse(QPointF(), 4, 4);
    }

private:
    QString m_id;
    QColor m_fill;
    QColor m_ring;
    bool m_problem = false;
    QString m_baseTip;
    QString m_overlay;
};

// One control plane (close in).
class PlaneItem final : public QGraphicsItem {
public:
    PlaneItem(const TopologyGraph::Plane &plane, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_id(plane.id) {
        setFlag(ItemIsSelectable);
        setData(0, u"plane"_s);
        setData(1, m_id);
        setToolTip(u"<b>%1</b><br>%2<br>%3"_s.arg(
            esc(plane.name),
            QObject::tr("%n data-plane group(s)", nullptr, static_cast<int>(plane.groups.size())),
            plane.hasCache ? QObject::tr("Has a managed cache") : QObject::tr("No managed cache")));
    }
    QString id() const { return m_id; }
    QRectF boundingRect() const override { return {-6, -6, 12, 12}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override {
        painter->setRenderHint(QPainter::Antialiasing, smooth(this));
        painter->setPen(QPen(isSelected() ? QColor(Qt::black) : QColor(0x1f, 0x3a, 0x5f),
                             isSelected() ? 2.5 : 1.2));
        painter->setBrush(QColor(0x6a, 0x8c, 0xc7));
        painter->drawRect(QRectF(-4, -4, 8, 8));
    }

private:
    QString m_id;
};

// A managed cache beside the groups it serves.
class CacheItem final : public QGraphicsItem {
public:
    CacheItem(const TopologyGraph::Cache &cache, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_colour(TopologyGraph::cacheColour(cache.state)) {
        setData(0, u"cache"_s);
        setData(1, cache.ownerId);
        setData(2, cache.id);
        setToolTip(u"<b>%1</b><br>%2<br>%3"_s.arg(
            esc(cache.name), QObject::tr("Managed Redis, tier %1").arg(esc(cache.tier)),
            QObject::tr("State: %1").arg(esc(cache.stateText))));
    }
    void setOverlay(const QString &text) {
        if (text == m_overlay)
            return;
        prepareGeometryChange();
        m_overlay = text;
    }
    QRectF boundingRect() const override {
        return m_overlay.isEmpty() ? QRectF(-6, -6, 12, 12) : QRectF(-6, -6, 70, 12);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override {
        if (!m_overlay.isEmpty())
            drawSmallLabel(painter, QPointF(7, 3), m_overlay, QColor(0x6d, 0x0f, 0x0f));
        painter->setRenderHint(QPainter::Antialiasing, smooth(this));
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(m_colour);
        painter->drawPolygon(QPolygonF({{0, -5}, {5, 0}, {0, 5}, {-5, 0}}));
    }

private:
    QColor m_colour;
    QString m_overlay;
};

// A cloud region: a cluster far out, its groups spread around it close in.
class RegionItem final : public TopologyItem {
public:
    RegionItem(const TopologyGraph &graph, int index)
        : m_region(graph.regions().at(index)) {
        setPos(TopologyGraph::project(m_region.place));
        setZValue(2);
        setData(0, u"region"_s);
        m_centre = cloudOffset(m_region.provider);
        const int count = static_cast<int>(m_region.groups.size());
        for (int i = 0; i < count; ++i) {
            auto *group = new GroupItem(graph, m_region.groups.at(i), this);
            group->setPos(m_centre + memberOffset(i, count));
            group->setVisible(false);
            m_groups.append(group);
        }
        // Caches take the rings after the groups, so the two never overlap.
        const int caches = static_cast<int>(m_region.caches.size());
        for (int i = 0; i < caches; ++i) {
            auto *cache = new CacheItem(graph.caches().at(m_region.caches.at(i)), this);
            cache->setPos(m_centre + memberOffset(count + i, count + caches));
            cache->setVisible(false);
            m_caches.append(cache);
        }
        QString tip = u"<b>%1 %2</b> (%3)<br>"_s.arg(esc(providerDisplayName(m_region.provider)),
                                                     esc(m_region.name), esc(m_region.place.city));
        if (!m_region.place.known)
            tip += QObject::tr("Location not in the region table; placed by its name.") + u"<br>"_s;
        tip += QObject::tr("%n data-plane group(s)", nullptr, count);
        if (caches > 0)
            tip += u"<br>"_s + QObject::tr("%n managed cache(s)", nullptr, caches);
        if (m_region.hasProblem)
            tip += u"<br><span style='color:#c62828'>⚠ "_s
                   + QObject::tr("groups here have problems; zoom in") + u"</span>"_s;
        setToolTip(tip);
        for (int g : m_region.groups)
            m_worst = std::max(m_worst, severity(graph.groups().at(g).state));
    }
    const QList<GroupItem *> &groups() const { return m_groups; }
    const QList<CacheItem *> &caches() const { return m_caches; }
    QPointF anchor() const override { return m_centre; }
    int memberCount() const override { return static_cast<int>(m_groups.size() + m_caches.size()); }
    bool detailed() const override { return m_detailed; }
    double clusterRadius() const {
        return 5 + 1.6 * std::sqrt(static_cast<double>(m_region.groups.size()));
    }
    void setDetailed(bool detailed) override {
        if (detailed == m_detailed)
            return;
        prepareGeometryChange();
        m_detailed = detailed;
        for (GroupItem *group : std::as_const(m_groups))
            group->setVisible(detailed);
        for (CacheItem *cache : std::as_const(m_caches))
            cache->setVisible(detailed);
        update();
    }
    QRectF boundingRect() const override {
        const double r = clusterRadius() + 3;
        QRectF rect(m_centre.x() - r, m_centre.y() - r, 2 * r + 40, 2 * r);
        if (m_detailed)
            rect = rect.united(QRectF(m_centre.x() - 4, m_centre.y() + r, 150, 16)); // label
        return rect;
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override {
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor cloud = TopologyGraph::cloudColour(m_region.provider);
        if (m_detailed) {
            painter->setPen(QPen(cloud, 1, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(m_centre, 2.0, 2.0);
            painter->setPen(QColor(0x33, 0x33, 0x33));
            painter->drawText(QPointF(m_centre.x() - 4, m_centre.y() + clusterRadius() + 14),
                              m_region.name);
            return;
        }
        const double r = clusterRadius();
        const QColor ring = m_worst >= 3   ? TopologyGraph::stateColour(GroupState::Error)
                            : m_worst == 2 ? TopologyGraph::stateColour(GroupState::Initializing)
                                           : TopologyGraph::stateColour(GroupState::Ready);
        painter->setPen(
            QPen(m_region.hasProblem ? TopologyGraph::stateColour(GroupState::Error) : ring,
                 m_region.hasProblem ? 3 : 2));
        painter->setBrush(cloud);
        painter->drawEllipse(m_centre, r, r);
        if (m_region.groups.size() > 1) {
            QFont font = painter->font();
            font.setPixelSize(std::max(8, static_cast<int>(r)));
            font.setBold(true);
            painter->setFont(font);
            painter->setPen(Qt::white);
            painter->drawText(QRectF(m_centre.x() - r, m_centre.y() - r, 2 * r, 2 * r),
                              Qt::AlignCenter, QString::number(m_region.groups.size()));
        }
        if (!m_region.caches.isEmpty()) { // the caches here, as one diamond
            const QPointF at = m_centre + QPointF(r + 7, -r + 4);
            painter->setPen(QPen(Qt::white, 1));
            painter->setBrush(TopologyGraph::cacheColour(CacheState::Ready));
            painter->drawPolygon(QPolygonF({at + QPointF(0, -5), at + QPointF(5, 0),
                                            at + QPointF(0, 5), at + QPointF(-5, 0)}));
            if (m_region.caches.size() > 1)
                drawSmallLabel(painter, at + QPointF(7, 4), QString::number(m_region.caches.size()),
                               QColor(0x6d, 0x0f, 0x0f));
        }
    }

private:
    static int severity(GroupState state) {
        switch (state) {
        case GroupState::Error:
            return 3;
        case GroupState::Created:
        case GroupState::Initializing:
            return 2;
        default:
            return 1;
        }
    }

    TopologyGraph::Region m_region;
    QPointF m_centre;
    QList<GroupItem *> m_groups;
    QList<CacheItem *> m_caches;
    int m_worst = 0;
    bool m_detailed = false;
};

// A Konnect geo with its control planes.
class SiteItem final : public TopologyItem {
public:
    SiteItem(const TopologyGraph &graph, const TopologyGraph::Site &site)
        : m_site(site) {
        setPos(TopologyGraph::project(site.place));
        setZValue(3);
        setData(0, u"site"_s);
        const int count = static_cast<int>(site.planes.size());
        for (int i = 0; i < count; ++i) {
            auto *plane = new PlaneItem(graph.planes().at(site.planes.at(i)), this);
            plane->setPos(lift + memberOffset(i, count));
            plane->setVisible(false);
            m_planes.append(plane);
        }
        setToolTip(
            u"<b>%1</b><br>%2"_s.arg(QObject::tr("Konnect %1 geo").arg(geoId(site.geo).toUpper()),
                                     QObject::tr("%n control plane(s)", nullptr, count)));
    }
    const QList<PlaneItem *> &planes() const { return m_planes; }
    QPointF anchor() const override { return lift; }
    int memberCount() const override { return static_cast<int>(m_planes.size()); }
    bool detailed() const override { return m_detailed; }
    void setDetailed(bool detailed) override {
        if (detailed == m_detailed)
            return;
        prepareGeometryChange();
        m_detailed = detailed;
        for (PlaneItem *plane : std::as_const(m_planes))
            plane->setVisible(detailed);
        update();
    }
    // The marker floats above its point, so that it does not hide the regions there.
    static constexpr QPointF lift{0, -30};
    QRectF boundingRect() const override { return {-12, -42, 24 + 90, 48}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override {
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_detailed)
            return;
        painter->setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 1, Qt::DotLine));
        painter->drawLine(QPointF(), lift + QPointF(0, 10));
        const QRectF box(lift.x() - 10, lift.y() - 10, 20, 20);
        painter->setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 1.5));
        painter->setBrush(QColor(0x6a, 0x8c, 0xc7));
        painter->drawRect(box);
        painter->setPen(Qt::white);
        QFont font = painter->font();
        font.setPixelSize(10);
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(box, Qt::AlignCenter, QString::number(m_site.planes.size()));
        painter->setPen(QColor(0x1f, 0x3a, 0x5f));
        painter->drawText(lift + QPointF(13, 4), u"Konnect "_s + geoId(m_site.geo).toUpper());
    }

private:
    TopologyGraph::Site m_site;
    QList<PlaneItem *> m_planes;
    bool m_detailed = false;
};

// Control plane → its groups (configuration) and group → cache (shared state). Drawn in
// device pixels, because the markers they join keep their pixel size.
class EdgesItem final : public QGraphicsItem {
public:
    struct Edge {
        const QGraphicsItem *from;
        const QGraphicsItem *to;
        QColor colour;
        bool dashed = false;
    };
    // Endpoints are resolved once: which cluster, and where in it.
    void setEdges(const QList<Edge> &edges) {
        m_clusters.clear();
        m_ends.clear();
        m_pens.clear();
        QHash<const QGraphicsItem *, int> clusterIndex;
        QHash<std::pair<QRgb, bool>, int> penIndex;
        const auto endOf = [&](const QGraphicsItem *item) {
            const QGraphicsItem *cluster = item->parentItem() ? item->parentItem() : item;
            auto it = clusterIndex.constFind(cluster);
            if (it == clusterIndex.cend()) {
                m_clusters.append(static_cast<const TopologyItem *>(cluster));
                it = clusterIndex.insert(cluster, static_cast<int>(m_clusters.size()) - 1);
            }
            return End{it.value(), item->parentItem() ? item->pos() : QPointF(),
                       item->parentItem() != nullptr};
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
    QRectF boundingRect() const override {
        return {-200 * TopologyGraph::scale, -100 * TopologyGraph::scale,
                400 * TopologyGraph::scale, 200 * TopologyGraph::scale};
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override {
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
        // Between clusters, one line stands for all their members' edges.
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
            if (!clip(line, screen))
                continue; // only what crosses the screen
            batches[edge.pen].append(line);
            ++lines;
        }
        painter->save();
        painter->resetTransform();
        painter->setRenderHint(QPainter::Antialiasing, lines < 1500);
        for (qsizetype i = 0; i < batches.size(); ++i) {
            if (batches.at(i).isEmpty())
                continue;
            painter->setPen(QPen(QColor::fromRgba(m_pens.at(i).first), 1,
                                 m_pens.at(i).second ? Qt::DashLine : Qt::SolidLine));
            painter->drawLines(batches.at(i));
        }
        painter->restore();
    }

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
    QList<const TopologyItem *> m_clusters;
    QList<Ends> m_ends;
    QList<std::pair<QRgb, bool>> m_pens;
};

TopologyView::TopologyView(QWidget *parent)
    : QGraphicsView(parent) {
    setObjectName(u"topologyView"_s);
    setDragMode(ScrollHandDrag);
    setRenderHint(QPainter::Antialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setBackgroundBrush(QColor(0xdd, 0xe9, 0xf3)); // the sea
    setOptimizationFlag(DontSavePainterState);
}

void TopologyView::zoomBy(double factor, QPoint anchor) {
    const double next = std::clamp(zoom() * factor, 0.3, 60.0);
    factor = next / zoom();
    const QPointF before = mapToScene(anchor);
    scale(factor, factor);
    const QPointF after = mapToScene(anchor);
    translate(after.x() - before.x(), after.y() - before.y());
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::fit() {
    // The inhabited world, from Alaska to New Zealand; Antarctica has no cloud regions.
    const QRectF world(TopologyGraph::project(75, -170), TopologyGraph::project(-50, 180));
    fitInView(world, Qt::KeepAspectRatio);
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::showEvent(QShowEvent *event) {
    QGraphicsView::showEvent(event);
    if (!std::exchange(m_fitted, true))
        fit(); // the first time the view has its real size
}

void TopologyView::wheelEvent(QWheelEvent *event) {
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, steps), event->position().toPoint());
    event->accept();
}

TopologyPane::TopologyPane(FleetStore *store, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_scene(new QGraphicsScene(this))
    , m_view(new TopologyView(this))
    , m_filterText(new QLineEdit(this))
    , m_fit(new QAction(QIcon::fromTheme(u"zoom-fit-best"_s), tr("&Fit to View"), this))
    , m_export(new QAction(QIcon::fromTheme(u"document-export"_s), tr("E&xport…"), this))
    , m_overlay(new QAction(QIcon::fromTheme(u"view-statistics"_s), tr("&Telemetry Overlay"), this))
    , m_summary(new QLabel(this)) {
    setObjectName(u"topologyPane"_s);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_scene->setSceneRect(
        QRectF(TopologyGraph::project(85, -200), TopologyGraph::project(-85, 200)));
    m_view->setScene(m_scene);
    m_filterText->setObjectName(u"topologyFilter"_s);
    m_filterText->setPlaceholderText(tr("Control plane or label, e.g. env:prod"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setMaximumWidth(320);
    m_fit->setObjectName(u"fitTopologyAction"_s);
    m_fit->setShortcut(Qt::CTRL | Qt::Key_0);
    m_export->setObjectName(u"exportTopologyAction"_s);
    m_export->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    connect(m_fit, &QAction::triggered, m_view, &TopologyView::fit);
    m_overlay->setObjectName(u"topologyOverlayAction"_s);
    m_overlay->setCheckable(true);
    m_overlay->setEnabled(false); // until there is a telemetry feed
    m_overlay->setToolTip(tr("p95 latency and error rate of each group's control plane, memory "
                             "use of each cache (from Konnect's analytics, within its budget)"));
    connect(m_overlay, &QAction::toggled, this, &TopologyPane::setOverlayEnabled);
    connect(m_export, &QAction::triggered, this, &TopologyPane::exportInteractively);
    for (QAction *action : {m_fit, m_export}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"topologyToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_fit);
    toolbar->addAction(m_export);
    toolbar->addAction(m_overlay);
    toolbar->addSeparator();
    for (CloudProvider provider : {CloudProvider::Aws, CloudProvider::Azure, CloudProvider::Gcp}) {
        QPixmap swatch(12, 12);
        swatch.fill(TopologyGraph::cloudColour(provider));
        auto *action = toolbar->addAction(QIcon(swatch), providerDisplayName(provider));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(static_cast<int>(provider));
        action->setToolTip(tr("Show %1").arg(providerDisplayName(provider)));
        connect(action, &QAction::toggled, this, &TopologyPane::updateCloudFilter);
        m_cloudActions.append(action);
    }
    toolbar->addSeparator();
    toolbar->addWidget(m_filterText);
    connect(m_filterText, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter.text = text.trimmed();
        m_rebuild.start(150);
    });
    m_summary->setObjectName(u"topologySummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    m_scene->addItem([] {
        auto *land = new QGraphicsPathItem(landPath());
        land->setPen(QPen(QColor(0xb0, 0xa8, 0x90), 0));
        land->setBrush(QColor(0xf2, 0xef, 0xe6));
        land->setZValue(0);
        land->setData(0, u"land"_s);
        // Panning reuses the drawn outline instead of filling 5,000 points again.
        land->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        return land;
    }());

    m_edges = new EdgesItem;
    m_edges->setData(0, u"edges"_s);
    m_edges->setZValue(1);
    m_scene->addItem(m_edges);

    m_rebuild.setSingleShot(true);
    connect(&m_rebuild, &QTimer::timeout, this, &TopologyPane::rebuild);
    const auto soon = [this] { m_rebuild.start(250); };
    for (auto signal : {&FleetStore::controlPlanesAdded, &FleetStore::controlPlanesChanged,
                        &FleetStore::controlPlanesRemoved, &FleetStore::cachesAdded,
                        &FleetStore::cachesChanged, &FleetStore::cachesRemoved})
        connect(store, signal, this, soon);
    connect(store, &FleetStore::dataPlaneGroupsChanged, this, soon);
    connect(m_view, &TopologyView::zoomChanged, this, &TopologyPane::applyDetail);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &TopologyPane::onSelectionChanged);
    rebuild();
}

TopologyPane::~TopologyPane() {
    // The scene and view die with the QWidget base, after this class: nothing they signal on
    // the way may reach it. The feed lives on: it stops planning the overlay's queries.
    m_scene->disconnect(this);
    m_view->disconnect(this);
    if (m_feed) {
        m_feed->disconnect(this);
        if (m_planeStats) {
            m_feed->unsubscribe(m_planeStats);
            m_feed->unsubscribe(m_cacheStats);
        }
    }
}

QList<QAction *> TopologyPane::paneActions() const {
    return {m_fit, m_export, m_overlay};
}

void TopologyPane::setTelemetry(TelemetryFeed *feed) {
    m_feed = feed;
    m_overlay->setEnabled(feed != nullptr);
    connect(feed, &TelemetryFeed::seriesChanged, this, [this](int id) {
        if (id == m_planeStats || id == m_cacheStats)
            applyOverlay();
    });
}

void TopologyPane::setOverlayEnabled(bool enabled) {
    if (!m_feed)
        return;
    {
        const QSignalBlocker block(m_overlay);
        m_overlay->setChecked(enabled);
    }
    if (enabled && !m_planeStats) {
        // Per control plane (Konnect's analytics do not know data-plane groups) and per cache:
        // the last bucket of each. One query per geo for the planes, one for the caches.
        TelemetryNeed planes;
        planes.metrics = {u"response_latency_p95"_s, u"error_rate"_s};
        planes.breakdown = u"control_plane"_s;
        m_planeStats = m_feed->subscribe(planes, isVisible());
        TelemetryNeed caches;
        caches.datasource = Datasource::ManagedCacheUsage;
        caches.metrics = {u"cache_memory_utilization_max"_s};
        caches.breakdown = u"managed_cache"_s;
        m_cacheStats = m_feed->subscribe(caches, isVisible());
    } else if (!enabled && m_planeStats) {
        m_feed->unsubscribe(m_planeStats);
        m_feed->unsubscribe(m_cacheStats);
        m_planeStats = 0;
        m_cacheStats = 0;
    }
    applyOverlay();
}

void TopologyPane::showEvent(QShowEvent *event) {
    Pane::showEvent(event);
    if (m_feed && m_planeStats) {
        m_feed->setVisible(m_planeStats, true);
        m_feed->setVisible(m_cacheStats, true);
    }
}

void TopologyPane::hideEvent(QHideEvent *event) {
    Pane::hideEvent(event);
    if (m_feed && m_planeStats) {
        m_feed->setVisible(m_planeStats, false);
        m_feed->setVisible(m_cacheStats, false);
    }
}

void TopologyPane::applyOverlay() {
    // The last bucket with data of each line.
    const auto latest = [this](int id) {
        QHash<QString, QHash<QString, double>> values; // breakdown value -> metric -> value
        if (!m_feed || !id)
            return values;
        for (const TelemetrySeries &series : m_feed->series(id)) {
            for (qsizetype i = series.values.size() - 1; i >= 0; --i) {
                if (!std::isnan(series.values.at(i))) {
                    values[series.breakdownValue][series.metric] = series.values.at(i);
                    break;
                }
            }
        }
        return values;
    };
    const auto planes = latest(m_planeStats);
    const auto caches = latest(m_cacheStats);
    for (QGraphicsItem *item : m_scene->items()) {
        const QString kind = item->data(0).toString();
        if (kind == u"group"_s) {
            auto *group = static_cast<GroupItem *>(item);
            const int index = m_graph.groupIndex(group->id());
            const QString plane = index < 0 ? QString() : m_graph.groups().at(index).controlPlaneId;
            const auto stats = planes.value(plane);
            if (stats.isEmpty()) {
                group->setOverlay({}, {});
                continue;
            }
            const double p95 = stats.value(u"response_latency_p95"_s, std::nan(""));
            const double errors = stats.value(u"error_rate"_s, std::nan(""));
            const QString text =
                tr("p95 %1 ms · %2 % errors")
                    .arg(std::isnan(p95) ? u"–"_s : QString::number(p95, 'f', 0))
                    .arg(std::isnan(errors) ? u"–"_s : QString::number(errors, 'f', 1));
            group->setOverlay(text, u"<br>"_s
                                        + tr("%1, for the whole control plane (Konnect's "
                                             "analytics do not tell data-plane groups apart)")
                                              .arg(esc(text)));
        } else if (kind == u"cache"_s) {
            const auto stats = caches.value(item->data(2).toString());
            const double memory = stats.value(u"cache_memory_utilization_max"_s, std::nan(""));
            static_cast<CacheItem *>(item)->setOverlay(
                std::isnan(memory) ? QString() : tr("%1 % mem").arg(memory, 0, 'f', 0));
        }
    }
    m_scene->update();
}

void TopologyPane::setFilter(const TopologyGraph::Filter &filter) {
    m_filter = filter;
    m_filterText->setText(filter.text);
    for (QAction *action : std::as_const(m_cloudActions)) {
        const QSignalBlocker block(action);
        action->setChecked(
            filter.clouds.isEmpty()
            || filter.clouds.contains(static_cast<CloudProvider>(action->data().toInt())));
    }
    rebuild();
}

void TopologyPane::updateCloudFilter() {
    m_filter.clouds.clear();
    bool all = true;
    for (QAction *action : std::as_const(m_cloudActions)) {
        if (action->isChecked())
            m_filter.clouds.insert(static_cast<CloudProvider>(action->data().toInt()));
        else
            all = false;
    }
    if (all)
        m_filter.clouds.clear();
    else if (m_filter.clouds.isEmpty())
        m_filter.clouds.insert(CloudProvider::Unknown); // nothing chosen: show nothing
    rebuild();
}

void TopologyPane::rebuild() {
    const QString selectedGroupId = selectedGroup();
    const QString selectedPlaneId = selectedControlPlane();
    m_rebuild.stop();
    m_graph = TopologyGraph::build(*m_store, m_filter);
    const QSignalBlocker block(m_scene);
    m_edges->setEdges({}); // before the items they join go
    qDeleteAll(m_items);
    m_items.clear();
    QHash<int, GroupItem *> groupItems;
    QHash<int, PlaneItem *> planeItems;
    QHash<int, RegionItem *> regionItems;
    QHash<int, CacheItem *> cacheItems;
    QHash<Geo, SiteItem *> siteItems;
    for (int r = 0; r < m_graph.regions().size(); ++r) {
        auto *region = new RegionItem(m_graph, r);
        m_scene->addItem(region);
        m_items.append(region);
        regionItems.insert(r, region);
        const auto &groups = m_graph.regions().at(r).groups;
        for (int i = 0; i < groups.size(); ++i)
            groupItems.insert(groups.at(i), region->groups().at(i));
        const auto &caches = m_graph.regions().at(r).caches;
        for (int i = 0; i < caches.size(); ++i)
            cacheItems.insert(caches.at(i), region->caches().at(i));
    }
    for (const TopologyGraph::Site &site : m_graph.sites()) {
        auto *item = new SiteItem(m_graph, site);
        m_scene->addItem(item);
        m_items.append(item);
        siteItems.insert(site.geo, item);
        for (int i = 0; i < site.planes.size(); ++i)
            planeItems.insert(site.planes.at(i), item->planes().at(i));
    }
    // Edges: control plane -> group, group -> cache; closed clusters stand in for members.
    QList<EdgesItem::Edge> edgeList;
    for (int g = 0; g < m_graph.groups().size(); ++g) {
        const TopologyGraph::Group &group = m_graph.groups().at(g);
        QColor colour = TopologyGraph::cloudColour(group.provider);
        colour.setAlpha(110);
        edgeList.append({planeItems.value(group.plane), groupItems.value(g), colour, false});
        if (group.cache >= 0) // shared state: the group counts in this cache
            edgeList.append({groupItems.value(g), cacheItems.value(group.cache),
                             TopologyGraph::cacheColour(CacheState::Ready), true});
    }
    m_edges->setEdges(edgeList);
    // How much room each cluster has before it meets the next one.
    for (TopologyItem *item : std::as_const(m_items)) {
        for (TopologyItem *other : std::as_const(m_items)) {
            if (other != item)
                item->clearance =
                    std::min(item->clearance, QLineF(item->pos(), other->pos()).length());
        }
    }
    applyDetail();
    applyOverlay();
    if (!selectedGroupId.isEmpty())
        selectGroup(selectedGroupId);
    else if (!selectedPlaneId.isEmpty())
        selectControlPlane(selectedPlaneId);

    int regions = 0;
    for (const TopologyGraph::Region &region : m_graph.regions())
        regions += region.groups.isEmpty() ? 0 : 1;
    const auto swatch = [](CloudProvider provider) {
        return u"<span style='color:%1'>●</span> %2"_s.arg(
            TopologyGraph::cloudColour(provider).name(), providerDisplayName(provider));
    };
    QString summary =
        tr("%n control plane(s)", nullptr, static_cast<int>(m_graph.planes().size())) + u" · "_s
        + tr("%n data-plane group(s)", nullptr, static_cast<int>(m_graph.groups().size())) + u" "_s
        + tr("in %n region(s)", nullptr, regions) + u" · "_s
        + tr("%n managed cache node(s)", nullptr, static_cast<int>(m_graph.caches().size()));
    if (const int problems = m_graph.problemCount(); problems > 0)
        summary += u" · <span style='color:#c62828'>⚠ "_s
                   + tr("%n group(s) with problems", nullptr, problems) + u"</span>"_s;
    summary += u"&nbsp;&nbsp;&nbsp;"_s + swatch(CloudProvider::Aws) + u" "_s
               + swatch(CloudProvider::Azure) + u" "_s + swatch(CloudProvider::Gcp)
               + u" <span style='color:#c0392b'>◆</span> "_s + tr("managed cache")
               + u" <span style='color:#6a8cc7'>■</span> "_s + tr("control planes");
    m_summary->setText(summary);
    Q_EMIT badgeChanged(m_graph.problemCount() > 0 ? QString::number(m_graph.problemCount())
                                                   : QString(),
                        m_graph.problemCount() > 0);
}

// A cluster opens once the zoom leaves room for its members before the next cluster; a
// region of hundreds of groups stays a cluster longer than one of three.
bool TopologyPane::opensAt(const TopologyItem *item, double zoom) {
    return zoom >= detailZoom
           && item->expandedRadius() <= std::max(24.0, item->clearance * zoom * 0.6);
}

double TopologyPane::zoomToOpen(const TopologyItem *item) {
    const double needed = item->clearance > 0 && item->clearance < 1e8
                              ? (item->expandedRadius() / 0.6) / item->clearance
                              : detailZoom;
    return std::clamp(std::max(detailZoom * 1.2, needed * 1.05), detailZoom, 60.0);
}

void TopologyPane::applyDetail() {
    const double zoom = m_view->zoom();
    for (TopologyItem *item : std::as_const(m_items))
        item->setDetailed(opensAt(item, zoom));
    m_scene->update();
}

std::pair<int, int> TopologyPane::openClusters() const {
    int open = 0;
    for (const TopologyItem *item : m_items)
        open += item->detailed() ? 1 : 0;
    return {open, static_cast<int>(m_items.size())};
}

QString TopologyPane::selectedMember(const QString &kind) const {
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->data(0).toString() == kind)
            return item->data(1).toString();
    }
    return {};
}

QString TopologyPane::selectedGroup() const {
    return selectedMember(u"group"_s);
}

QString TopologyPane::selectedControlPlane() const {
    return selectedMember(u"plane"_s);
}

void TopologyPane::onSelectionChanged() {
    if (m_selecting)
        return;
    if (const QString group = selectedGroup(); !group.isEmpty())
        Q_EMIT groupSelected(group);
    else if (const QString plane = selectedControlPlane(); !plane.isEmpty())
        Q_EMIT controlPlaneSelected(plane);
}

namespace {
QGraphicsItem *findMember(const QList<QGraphicsItem *> &items, const QString &kind,
                          const QString &id) {
    for (QGraphicsItem *item : items) {
        if (item->data(0).toString() == kind && item->data(1).toString() == id)
            return item;
    }
    return nullptr;
}
} // namespace

void TopologyPane::selectMember(const QString &kind, const QString &id) {
    if (selectedMember(kind) == id)
        return;
    QGraphicsItem *item = findMember(m_scene->items(), kind, id);
    if (!item)
        return; // not on the map (filtered out, or not a cloud gateway)
    m_selecting = true;
    // Close enough in that the member is drawn on its own, centred on its cluster.
    auto *cluster = static_cast<TopologyItem *>(item->parentItem());
    if (!cluster->detailed())
        m_view->zoomBy(zoomToOpen(cluster) / m_view->zoom(), m_view->viewport()->rect().center());
    m_scene->clearSelection();
    item->setSelected(true);
    m_view->centerOn(cluster->pos());
    m_selecting = false;
}

void TopologyPane::selectGroup(const QString &groupId) {
    selectMember(u"group"_s, groupId);
}

void TopologyPane::selectControlPlane(const QString &controlPlaneId) {
    selectMember(u"plane"_s, controlPlaneId);
}

bool TopologyPane::exportImage(const QString &fileName, QString *error) const {
    const QSize size = m_view->viewport()->size();
    if (QFileInfo(fileName).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(tr("Konnect Desk topology"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("Cannot write %1.").arg(fileName);
            return false;
        }
        m_view->render(&painter, QRectF(), m_view->viewport()->rect());
        painter.end();
        return true;
    }
    const QPixmap image = m_view->viewport()->grab();
    if (!image.save(fileName)) {
        *error = tr("Cannot write %1: choose a file ending in .png or .svg in a folder you can "
                    "write to.")
                     .arg(fileName);
        return false;
    }
    return true;
}

void TopologyPane::exportInteractively() {
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export the map"), u"topology.png"_s,
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportImage(fileName, &error))
        Q_EMIT statusMessage(tr("The map is saved as %1.").arg(fileName));
    else
        Q_EMIT statusMessage(error);
}

} // namespace kd
