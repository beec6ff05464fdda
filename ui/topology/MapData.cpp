#include "ui/topology/MapData.h"

#include "models/TopologyGraph.h"

#include <QDataStream>
#include <QFile>
#include <QPolygonF>

using namespace Qt::StringLiterals;

namespace kd::mapdata {

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
        if (east > 180 || west < -180) {
            const double dx = (east > 180 ? -360 : 360) * TopologyGraph::scale;
            path.addPolygon(ring.translated(dx, 0));
            path.closeSubpath();
        }
    }
    return path;
}

QRectF inhabitedWorld() {
    return {TopologyGraph::project(75, -170), TopologyGraph::project(-50, 180)};
}

QRectF sceneBounds() {
    return {TopologyGraph::project(85, -200), TopologyGraph::project(-85, 200)};
}

std::optional<QRectF> fleetBounds(const TopologyGraph &graph) {
    // QRectF::united ignores empty rectangles, and a point is one: keep the corners instead.
    double left = 1e9;
    double top = 1e9;
    double right = -1e9;
    double bottom = -1e9;
    const auto add = [&](const QPointF &point) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        top = std::min(top, point.y());
        bottom = std::max(bottom, point.y());
    };
    for (const TopologyGraph::Region &region : graph.regions()) {
        if (!region.groups.isEmpty() || !region.caches.isEmpty())
            add(TopologyGraph::project(region.place));
    }
    for (const TopologyGraph::Site &site : graph.sites())
        add(TopologyGraph::project(site.place));
    if (left > right)
        return std::nullopt;
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

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

} // namespace kd::mapdata
