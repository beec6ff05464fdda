// The store's side of the offline snapshot: what a save writes, what start-up restores, and
// the expected-config hashes that let a refresh skip unchanged control planes.
#include "fleet/FleetStore.h"

namespace kd {

SnapshotData FleetStore::snapshot() const {
    return snapshotMaker()();
}

std::function<SnapshotData()> FleetStore::snapshotMaker() const {
    // Shared copies (Qt's containers copy on write): the store may change meanwhile.
    return [savedAt = QDateTime::currentDateTimeUtc(), planeOrder = m_controlPlaneOrder,
            planes = m_controlPlanes, configurations = m_configurations, caches = m_caches,
            networkOrder = m_networkOrder, networks = m_networks, accounts = m_accounts,
            partialOrder = m_partialOrder, partials = m_partials, pluginOrder = m_pluginOrder,
            plugins = m_plugins, hashes = m_configHashes] {
        SnapshotData data;
        data.savedAt = savedAt;
        data.controlPlanes.reserve(planeOrder.size());
        for (const QString &id : planeOrder)
            data.controlPlanes.append(planes.value(id));
        data.configurations = configurations.values();
        data.caches = caches.values();
        for (const QString &id : networkOrder)
            data.networks.append(networks.value(id));
        data.accounts = accounts.values();
        data.partials.reserve(partialOrder.size());
        for (const QString &id : partialOrder)
            data.partials.append(*partials.value(id));
        data.sharedPlugins.reserve(pluginOrder.size());
        for (const QString &id : pluginOrder)
            data.sharedPlugins.append(plugins.value(id));
        data.configHashes = hashes;
        return data;
    };
}

void FleetStore::restore(const SnapshotData &data) {
    const bool restoring = std::exchange(m_restoring, true);
    QHash<Geo, QList<ControlPlane>> byGeo;
    for (const ControlPlane &cp : data.controlPlanes)
        byGeo[cp.geo].append(cp);
    for (auto it = byGeo.cbegin(); it != byGeo.cend(); ++it)
        replaceControlPlanes(it.key(), it.value());
    replaceProviderAccounts(data.accounts);
    replaceNetworks(data.networks);
    replaceConfigurations(data.configurations);
    replaceCaches(data.caches);
    QHash<Geo, std::pair<QList<Partial>, QList<Plugin>>> coreByGeo;
    for (const Partial &p : data.partials)
        coreByGeo[p.geo].first.append(p);
    for (const Plugin &p : data.plugins)
        coreByGeo[p.geo].second.append(p);
    for (auto it = coreByGeo.cbegin(); it != coreByGeo.cend(); ++it)
        replaceCoreEntities(it.key(), it.value().first, it.value().second);
    m_configHashes = data.configHashes;
    m_restoring = restoring;
}

void FleetStore::setConfigHash(const QString &controlPlaneId, const QString &hash) {
    if (m_configHashes.value(controlPlaneId) != hash)
        ++m_revision;
    if (hash.isEmpty())
        m_configHashes.remove(controlPlaneId);
    else
        m_configHashes.insert(controlPlaneId, hash);
}

void FleetStore::restoreConfigHash(const QString &controlPlaneId, const QString &hash) {
    if (!m_configHashes.contains(controlPlaneId) && !hash.isEmpty())
        m_configHashes.insert(controlPlaneId, hash);
}

} // namespace kd
