#pragma once

#include "client/Types.h"
#include "fleet/RegionAtlas.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QStringList>

namespace kd {

class FleetStore;

// The fleet as the topology map draws it: control planes at their Konnect geo, data-plane
// groups at their cloud region, managed caches beside the groups they serve, the edges
// between them and the problems worth seeing. Pure data, built from the store; the map
// (ui/topology) only draws it.
class TopologyGraph final {
public:
    struct Filter {
        QString text;               // control plane name or id, or a label: env:prod, env
        QSet<CloudProvider> clouds; // empty: every cloud
        bool matchesEverything() const { return text.isEmpty() && clouds.isEmpty(); }
    };

    struct Plane {
        QString id;
        QString name;
        Geo geo = Geo::Us;
        bool hasCache = false;
        QList<int> groups; // indexes into groups()
    };
    struct Group {
        QString id;
        QString controlPlaneId;
        int plane = -1;  // index into planes()
        int region = -1; // index into regions()
        CloudProvider provider = CloudProvider::Unknown;
        GroupState state = GroupState::Unknown;
        QString stateText;
        int cache = -1; // index into caches() of the cache serving it, -1: none
        QStringList problems;
    };
    struct Region {
        CloudProvider provider = CloudProvider::Unknown;
        QString name;
        Place place;
        QList<int> groups;
        QList<int> caches;
        bool hasProblem = false;
    };
    struct Cache {
        QString id;
        QString name;
        QString ownerId;
        int region = -1;
        CacheState state = CacheState::Unknown;
        QString stateText;
        QString tier;
    };
    struct Site { // a Konnect geo and its control planes
        Geo geo = Geo::Us;
        Place place;
        QList<int> planes;
    };

    static TopologyGraph build(const FleetStore &store, const Filter &filter = {});

    const QList<Plane> &planes() const { return m_planes; }
    const QList<Group> &groups() const { return m_groups; }
    const QList<Region> &regions() const { return m_regions; }
    const QList<Cache> &caches() const { return m_caches; }
    const QList<Site> &sites() const { return m_sites; }
    int groupIndex(const QString &groupId) const { return m_groupIndex.value(groupId, -1); }
    int planeIndex(const QString &planeId) const { return m_planeIndex.value(planeId, -1); }
    int problemCount() const;

    // Map coordinates: equirectangular, `scale` units per degree, north up.
    static constexpr double scale = 4.0;
    static QPointF project(double latitude, double longitude);
    static QPointF project(const Place &place) { return project(place.latitude, place.longitude); }
    // Where the n-th of `count` members sits around a centre: rings that grow outwards, so a
    // region with many groups spreads instead of stacking them on one point.
    static QPointF spread(QPointF centre, int n, int count, double spacing);
    static QColor cloudColour(CloudProvider provider);
    static QColor stateColour(GroupState state);
    static QColor cacheColour(CacheState state);

private:
    QList<Plane> m_planes;
    QList<Group> m_groups;
    QList<Region> m_regions;
    QList<Cache> m_caches;
    QList<Site> m_sites;
    QHash<QString, int> m_groupIndex;
    QHash<QString, int> m_planeIndex;
};

} // namespace kd
