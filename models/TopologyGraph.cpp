#include "models/TopologyGraph.h"

#include "fleet/FleetStore.h"
#include "fleet/advisor/CacheService.h"

#include <QtMath>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
bool planeMatches(const ControlPlane &plane, const QString &text) {
    if (text.isEmpty())
        return true;
    const QString needle = text.toLower();
    if (plane.name.toLower().contains(needle) || plane.id.startsWith(needle))
        return true;
    // Labels: "key:value" matches exactly that label, "key" any value of it.
    const auto colon = needle.indexOf(u':');
    for (auto it = plane.labels.cbegin(); it != plane.labels.cend(); ++it) {
        if (colon < 0 ? it.key().toLower() == needle
                      : it.key().toLower() == needle.left(colon)
                            && it.value().toLower() == needle.mid(colon + 1))
            return true;
    }
    return false;
}

QString regionKey(CloudProvider provider, const QString &region) {
    return QString::number(static_cast<int>(provider)) + u'/' + region;
}
} // namespace

QPointF TopologyGraph::project(double latitude, double longitude) {
    return {longitude * scale, -latitude * scale};
}

QPointF TopologyGraph::spread(QPointF centre, int n, int count, double spacing) {
    if (count <= 1)
        return centre;
    // Ring k holds 6k members at radius k * spacing.
    int ring = 1;
    int first = 0;
    while (n >= first + 6 * ring) {
        first += 6 * ring;
        ++ring;
    }
    const int onRing = std::min(6 * ring, count - first);
    const double angle = 2 * M_PI * (n - first) / onRing - M_PI / 2;
    return centre + QPointF(std::cos(angle), std::sin(angle)) * spacing * ring;
}

QColor TopologyGraph::cloudColour(CloudProvider provider) {
    switch (provider) {
    case CloudProvider::Aws:
        return QColor(0xff, 0x99, 0x00); // AWS orange
    case CloudProvider::Azure:
        return QColor(0x00, 0x78, 0xd4); // Azure blue
    case CloudProvider::Gcp:
        return QColor(0x34, 0xa8, 0x53); // Google green
    case CloudProvider::Unknown:
        break;
    }
    return Qt::gray;
}

QColor TopologyGraph::stateColour(GroupState state) {
    switch (state) {
    case GroupState::Ready:
        return QColor(0x2e, 0x7d, 0x32);
    case GroupState::Error:
        return QColor(0xc6, 0x28, 0x28);
    case GroupState::Created:
    case GroupState::Initializing:
        return QColor(0xf9, 0xa8, 0x25);
    case GroupState::Terminating:
    case GroupState::Terminated:
    case GroupState::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor TopologyGraph::cacheColour(CacheState state) {
    switch (state) {
    case CacheState::Ready:
        return QColor(0xc0, 0x39, 0x2b); // Redis red
    case CacheState::Error:
        return QColor(0x6d, 0x0f, 0x0f);
    case CacheState::Initializing:
        return QColor(0xf9, 0xa8, 0x25);
    case CacheState::Terminating:
    case CacheState::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

int TopologyGraph::problemCount() const {
    int count = 0;
    for (const Group &group : m_groups)
        count += group.problems.isEmpty() ? 0 : 1;
    return count;
}

TopologyGraph TopologyGraph::build(const FleetStore &store, const Filter &filter) {
    TopologyGraph graph;
    QHash<QString, int> regionIndex;
    const auto regionOf = [&](CloudProvider provider, const QString &name) {
        const QString key = regionKey(provider, name);
        auto it = regionIndex.constFind(key);
        if (it != regionIndex.cend())
            return it.value();
        Region region;
        region.provider = provider;
        region.name = name;
        region.place = placeOfRegion(provider, name);
        graph.m_regions.append(region);
        const int index = static_cast<int>(graph.m_regions.size()) - 1;
        regionIndex.insert(key, index);
        return index;
    };
    QHash<Geo, int> siteIndex;

    for (const QString &planeId : store.controlPlaneIds()) {
        const ControlPlane *cp = store.controlPlane(planeId);
        if (!planeMatches(*cp, filter.text))
            continue;
        const CloudGatewayConfiguration *configuration = store.configurationOf(planeId);
        QList<DataPlaneGroup> groups =
            configuration ? configuration->groups : QList<DataPlaneGroup>{};
        if (!filter.clouds.isEmpty()) {
            groups.removeIf([&filter](const DataPlaneGroup &g) {
                return !filter.clouds.contains(g.provider.value);
            });
            if (groups.isEmpty())
                continue; // nothing of this plane runs on the chosen clouds
        }
        const ManagedCache *cache = store.cacheOf(planeId);
        Plane plane;
        plane.id = planeId;
        plane.name = cp->name;
        plane.geo = cp->geo;
        plane.hasCache = cache != nullptr;
        const int planeIndex = static_cast<int>(graph.m_planes.size());
        graph.m_planeIndex.insert(planeId, planeIndex);

        // The cache: one node per region it serves.
        QHash<QString, int> cacheByGroup;
        QHash<int, int> cacheByRegion;
        if (cache) {
            for (const CacheGroupState &served : cache->groups) {
                const int region = regionOf(served.provider.value, served.region);
                if (!cacheByRegion.contains(region)) {
                    Cache node;
                    node.id = cache->id;
                    node.name = cache->name;
                    node.ownerId = planeId;
                    node.region = region;
                    node.state = served.state.value;
                    node.stateText =
                        served.state.raw
                        + (served.errorReason.isEmpty() ? QString() : u": "_s + served.errorReason);
                    node.tier = cache->tier.raw;
                    graph.m_caches.append(node);
                    const int index = static_cast<int>(graph.m_caches.size()) - 1;
                    graph.m_regions[region].caches.append(index);
                    cacheByRegion.insert(region, index);
                }
                cacheByGroup.insert(served.groupId, cacheByRegion.value(region));
            }
        }
        for (const DataPlaneGroup &g : std::as_const(groups)) {
            Group group;
            group.id = g.id;
            group.controlPlaneId = planeId;
            group.plane = planeIndex;
            group.provider = g.provider.value;
            group.region = regionOf(g.provider.value, g.region);
            group.state = g.state.value;
            group.stateText =
                g.state.raw + (g.stateReason.isEmpty() ? QString() : u": "_s + g.stateReason);
            group.cache = cacheByGroup.value(g.id, -1);
            if (group.cache < 0 && cache) // served by the cache of its region if listed so
                group.cache = cacheByRegion.value(group.region, -1);
            if (g.state.value == GroupState::Error)
                group.problems.append(QObject::tr("in error: %1").arg(g.stateReason));
            if (cache && group.cache < 0) {
                group.problems.append(advisor::groupCacheService(store, planeId, g).reason);
                // Plugins of this plane that link the cache count elsewhere for this group.
                if (!cache->cacheConfigId.isEmpty()
                    && !store.pluginsUsing(cache->cacheConfigId).isEmpty())
                    group.problems.append(QObject::tr(
                        "%n plugin(s) use a managed cache that is in another region", nullptr,
                        static_cast<int>(store.pluginsUsing(cache->cacheConfigId).size())));
            }
            const int index = static_cast<int>(graph.m_groups.size());
            graph.m_groupIndex.insert(group.id, index);
            Region &region = graph.m_regions[group.region];
            region.groups.append(index);
            region.hasProblem = region.hasProblem || !group.problems.isEmpty();
            plane.groups.append(index);
            graph.m_groups.append(group);
        }
        graph.m_planes.append(plane);
        auto site = siteIndex.constFind(cp->geo);
        if (site == siteIndex.cend()) {
            graph.m_sites.append(Site{cp->geo, placeOfGeo(cp->geo), {}});
            site = siteIndex.insert(cp->geo, static_cast<int>(graph.m_sites.size()) - 1);
        }
        graph.m_sites[site.value()].planes.append(planeIndex);
    }
    return graph;
}

} // namespace kd
