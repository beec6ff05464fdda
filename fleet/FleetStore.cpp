#include "fleet/FleetStore.h"

#include <QSet>

namespace kd {

FleetStore::FleetStore(QObject *parent)
    : QObject(parent) {
}

const ControlPlane *FleetStore::controlPlane(const QString &id) const {
    const auto it = m_controlPlanes.constFind(id);
    return it == m_controlPlanes.cend() ? nullptr : &it.value();
}

const CloudGatewayConfiguration *FleetStore::configurationOf(const QString &controlPlaneId) const {
    const auto it = m_configurations.constFind(controlPlaneId);
    return it == m_configurations.cend() ? nullptr : &it.value();
}

const ManagedCache *FleetStore::cacheOf(const QString &controlPlaneId) const {
    const auto it = m_caches.constFind(controlPlaneId);
    return it == m_caches.cend() ? nullptr : &it.value();
}

int FleetStore::dataPlaneGroupCount(const QString &controlPlaneId) const {
    const CloudGatewayConfiguration *configuration = configurationOf(controlPlaneId);
    return configuration ? static_cast<int>(configuration->groups.size()) : 0;
}

namespace {
struct Diff {
    QStringList added;
    QStringList changed;
    QStringList removed;
};

// Makes `items` hold `next` for the entities inScope selects, keeping the order stable.
template <typename T, typename InScope>
Diff replaceKeyed(QHash<QString, T> &items, QStringList &order, const QList<T> &next,
                  InScope inScope) {
    Diff diff;
    QSet<QString> seen;
    for (const T &item : next) {
        seen.insert(item.id);
        const auto it = items.find(item.id);
        if (it == items.end()) {
            items.insert(item.id, item);
            order.append(item.id);
            diff.added.append(item.id);
        } else if (!(it.value() == item)) {
            it.value() = item;
            diff.changed.append(item.id);
        }
    }
    for (const QString &id : std::as_const(order)) {
        if (!seen.contains(id) && inScope(items.value(id)))
            diff.removed.append(id);
    }
    if (!diff.removed.isEmpty()) {
        const QSet<QString> gone(diff.removed.cbegin(), diff.removed.cend());
        for (const QString &id : gone)
            items.remove(id);
        order.removeIf([&gone](const QString &id) { return gone.contains(id); });
    }
    return diff;
}
} // namespace

void FleetStore::replaceControlPlanes(Geo geo, const QList<ControlPlane> &planes) {
    const Diff diff = replaceKeyed(m_controlPlanes, m_controlPlaneOrder, planes,
                                   [geo](const ControlPlane &plane) { return plane.geo == geo; });
    if (!diff.removed.isEmpty())
        Q_EMIT controlPlanesRemoved(diff.removed);
    if (!diff.added.isEmpty())
        Q_EMIT controlPlanesAdded(diff.added);
    if (!diff.changed.isEmpty())
        Q_EMIT controlPlanesChanged(diff.changed);
    if (!diff.removed.isEmpty() || !diff.added.isEmpty())
        Q_EMIT dataPlaneGroupsChanged(); // groups show their control plane
}

void FleetStore::replaceNetworks(const QList<Network> &networks) {
    const Diff diff =
        replaceKeyed(m_networks, m_networkOrder, networks, [](const Network &) { return true; });
    if (!diff.removed.isEmpty())
        Q_EMIT networksRemoved(diff.removed);
    if (!diff.added.isEmpty())
        Q_EMIT networksAdded(diff.added);
    if (!diff.changed.isEmpty())
        Q_EMIT networksChanged(diff.changed);
}

void FleetStore::replaceProviderAccounts(const QList<ProviderAccount> &accounts) {
    m_accounts.clear();
    for (const ProviderAccount &account : accounts)
        m_accounts.insert(account.id, account);
    if (!m_networkOrder.isEmpty())
        Q_EMIT networksChanged(m_networkOrder);
}

QString FleetStore::providerOfAccount(const QString &accountId) const {
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.cend())
        return {};
    return providerDisplayName(it->provider);
}

void FleetStore::upsertNetwork(const Network &network) {
    const bool known = m_networks.contains(network.id);
    m_networks.insert(network.id, network);
    if (known) {
        Q_EMIT networksChanged({network.id});
    } else {
        m_networkOrder.append(network.id);
        Q_EMIT networksAdded({network.id});
    }
}

void FleetStore::removeNetwork(const QString &id) {
    if (!m_networks.remove(id))
        return;
    m_networkOrder.removeOne(id);
    Q_EMIT networksRemoved({id});
}

const Network *FleetStore::network(const QString &id) const {
    const auto it = m_networks.constFind(id);
    return it == m_networks.cend() ? nullptr : &it.value();
}

namespace {
// Replaces `current` with `next` and returns the control planes whose entry changed.
template <typename T>
QStringList replaceByControlPlane(QHash<QString, T> &current, QHash<QString, T> next) {
    QStringList changed;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        if (!(current.value(it.key()) == it.value()))
            changed.append(it.key());
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (!next.contains(it.key()))
            changed.append(it.key());
    }
    current = std::move(next);
    return changed;
}
} // namespace

void FleetStore::replaceConfigurations(const QList<CloudGatewayConfiguration> &configurations) {
    QHash<QString, CloudGatewayConfiguration> next;
    for (const CloudGatewayConfiguration &configuration : configurations)
        next.insert(configuration.controlPlaneId, configuration);
    const QStringList changed = replaceByControlPlane(m_configurations, std::move(next));
    if (!changed.isEmpty())
        Q_EMIT dataPlaneGroupsChanged();
    announceChanged(changed);
}

void FleetStore::upsertConfiguration(const CloudGatewayConfiguration &configuration) {
    QHash<QString, CloudGatewayConfiguration> next = m_configurations;
    next.insert(configuration.controlPlaneId, configuration);
    const QStringList changed = replaceByControlPlane(m_configurations, std::move(next));
    if (!changed.isEmpty())
        Q_EMIT dataPlaneGroupsChanged();
    announceChanged(changed);
}

void FleetStore::replaceCaches(const QList<ManagedCache> &caches) {
    QHash<QString, ManagedCache> next;
    for (const ManagedCache &cache : caches)
        next.insert(cache.ownerId, cache);
    QStringList added;
    QStringList removed;
    QStringList updated;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        if (!m_caches.contains(it.key()))
            added.append(it.key());
        else if (!(m_caches.value(it.key()) == it.value()))
            updated.append(it.key());
    }
    for (const QString &owner : std::as_const(m_cacheOrder)) {
        if (!next.contains(owner))
            removed.append(owner);
    }
    const QStringList changed = replaceByControlPlane(m_caches, std::move(next));
    for (const QString &owner : std::as_const(removed))
        m_cacheOrder.removeOne(owner);
    m_cacheOrder.append(added);
    if (!removed.isEmpty())
        Q_EMIT cachesRemoved(removed);
    if (!added.isEmpty())
        Q_EMIT cachesAdded(added);
    if (!updated.isEmpty())
        Q_EMIT cachesChanged(updated);
    if (!changed.isEmpty())
        Q_EMIT dataPlaneGroupsChanged(); // groups show whether a cache serves them
    announceChanged(changed);
}

void FleetStore::upsertCache(const ManagedCache &cache) {
    QList<ManagedCache> all = m_caches.values();
    all.removeIf([&cache](const ManagedCache &c) { return c.ownerId == cache.ownerId; });
    all.append(cache);
    replaceCaches(all);
}

void FleetStore::removeCache(const QString &ownerControlPlaneId) {
    QList<ManagedCache> all = m_caches.values();
    all.removeIf([&](const ManagedCache &c) { return c.ownerId == ownerControlPlaneId; });
    replaceCaches(all);
}

void FleetStore::announceChanged(QStringList ids) {
    ids.removeIf([this](const QString &id) { return !m_controlPlanes.contains(id); });
    if (!ids.isEmpty())
        Q_EMIT controlPlanesChanged(ids);
}

void FleetStore::upsertControlPlane(const ControlPlane &plane) {
    const bool known = m_controlPlanes.contains(plane.id);
    m_controlPlanes.insert(plane.id, plane);
    if (known) {
        Q_EMIT controlPlanesChanged({plane.id});
    } else {
        m_controlPlaneOrder.append(plane.id);
        Q_EMIT controlPlanesAdded({plane.id});
    }
}

void FleetStore::removeControlPlane(const QString &id) {
    if (!m_controlPlanes.contains(id))
        return;
    m_controlPlanes.remove(id);
    m_controlPlaneOrder.removeOne(id);
    const bool hadGroups = m_configurations.remove(id) > 0;
    if (m_caches.remove(id) > 0) {
        m_cacheOrder.removeOne(id);
        Q_EMIT cachesRemoved({id});
    }
    Q_EMIT controlPlanesRemoved({id});
    if (hadGroups)
        Q_EMIT dataPlaneGroupsChanged();
}

const Plugin *FleetStore::plugin(const QString &id) const {
    const auto it = m_plugins.constFind(id);
    return it == m_plugins.cend() ? nullptr : &it.value();
}

const Partial *FleetStore::partial(const QString &id) const {
    const auto it = m_partials.constFind(id);
    return it == m_partials.cend() ? nullptr : &it.value();
}

QStringList FleetStore::pluginsUsing(const QString &partialId) const {
    return m_pluginsByPartial.value(partialId);
}

int FleetStore::pluginCountOf(const QString &controlPlaneId) const {
    return static_cast<int>(m_pluginsPerPlane.value(controlPlaneId));
}

QStringList FleetStore::partialsOf(const QString &controlPlaneId) const {
    QStringList ids;
    for (const QString &id : m_partialOrder) {
        if (m_partials.value(id).controlPlaneId == controlPlaneId)
            ids.append(id);
    }
    return ids;
}

template <typename Scope>
void FleetStore::replaceCore(const QList<Partial> &partials, const QList<Plugin> &plugins,
                             Scope inScope) {
    const Diff partialDiff = replaceKeyed(m_partials, m_partialOrder, partials, inScope);
    const Diff pluginDiff = replaceKeyed(m_plugins, m_pluginOrder, plugins, inScope);
    if (!pluginDiff.added.isEmpty() || !pluginDiff.removed.isEmpty()
        || !pluginDiff.changed.isEmpty()) {
        m_pluginsPerPlane.clear();
        m_pluginsByPartial.clear();
        for (const QString &id : std::as_const(m_pluginOrder)) {
            const Plugin &plugin = m_plugins[id];
            ++m_pluginsPerPlane[plugin.controlPlaneId];
            for (const QString &partialId : plugin.partialIds)
                m_pluginsByPartial[partialId].append(id);
        }
    }
    if (!pluginDiff.removed.isEmpty())
        Q_EMIT pluginsRemoved(pluginDiff.removed);
    if (!pluginDiff.added.isEmpty())
        Q_EMIT pluginsAdded(pluginDiff.added);
    if (!pluginDiff.changed.isEmpty())
        Q_EMIT pluginsChanged(pluginDiff.changed);
    if (!partialDiff.removed.isEmpty())
        Q_EMIT partialsRemoved(partialDiff.removed);
    if (!partialDiff.added.isEmpty())
        Q_EMIT partialsAdded(partialDiff.added);
    // A partial shows how many plugins link it: any plugin change may change that.
    QStringList partialsChanged_ = partialDiff.changed;
    if (!pluginDiff.added.isEmpty() || !pluginDiff.removed.isEmpty()
        || !pluginDiff.changed.isEmpty()) {
        for (const QString &id : std::as_const(m_partialOrder)) {
            if (!partialsChanged_.contains(id) && !partialDiff.added.contains(id))
                partialsChanged_.append(id);
        }
    }
    if (!partialsChanged_.isEmpty())
        Q_EMIT partialsChanged(partialsChanged_);
    if (!pluginDiff.added.isEmpty() || !pluginDiff.removed.isEmpty())
        Q_EMIT coreEntitiesCounted();
}

void FleetStore::replaceCoreEntities(Geo geo, const QList<Partial> &partials,
                                     const QList<Plugin> &plugins) {
    replaceCore(partials, plugins, [geo](const auto &entity) { return entity.geo == geo; });
}

void FleetStore::replaceCoreEntitiesOf(const QString &controlPlaneId,
                                       const QList<Partial> &partials,
                                       const QList<Plugin> &plugins) {
    replaceCore(partials, plugins, [&controlPlaneId](const auto &entity) {
        return entity.controlPlaneId == controlPlaneId;
    });
}

void FleetStore::upsertPlugin(const Plugin &plugin) {
    QList<Plugin> plugins;
    QList<Partial> partials;
    for (const QString &id : std::as_const(m_pluginOrder)) {
        const Plugin &known = m_plugins[id];
        if (known.controlPlaneId == plugin.controlPlaneId && known.id != plugin.id)
            plugins.append(known);
    }
    plugins.append(plugin);
    for (const QString &id : partialsOf(plugin.controlPlaneId))
        partials.append(m_partials.value(id));
    replaceCoreEntitiesOf(plugin.controlPlaneId, partials, plugins);
}

void FleetStore::removePlugin(const QString &id) {
    const Plugin *known = plugin(id);
    if (!known)
        return;
    const QString owner = known->controlPlaneId;
    QList<Plugin> plugins;
    QList<Partial> partials;
    for (const QString &other : std::as_const(m_pluginOrder)) {
        const Plugin &p = m_plugins[other];
        if (p.controlPlaneId == owner && other != id)
            plugins.append(p);
    }
    for (const QString &partialId : partialsOf(owner))
        partials.append(m_partials.value(partialId));
    replaceCoreEntitiesOf(owner, partials, plugins);
}

void FleetStore::upsertPartial(const Partial &partial) {
    QList<Partial> partials;
    for (const QString &id : partialsOf(partial.controlPlaneId)) {
        if (id != partial.id)
            partials.append(m_partials.value(id));
    }
    partials.append(partial);
    replaceCoreEntitiesOf(partial.controlPlaneId, partials, pluginListOf(partial.controlPlaneId));
}

void FleetStore::removePartial(const QString &id) {
    const Partial *known = partial(id);
    if (!known)
        return;
    const QString owner = known->controlPlaneId;
    QList<Partial> partials;
    for (const QString &other : partialsOf(owner)) {
        if (other != id)
            partials.append(m_partials.value(other));
    }
    replaceCoreEntitiesOf(owner, partials, pluginListOf(owner));
}

QList<Plugin> FleetStore::pluginListOf(const QString &controlPlaneId) const {
    QList<Plugin> plugins;
    for (const QString &id : m_pluginOrder) {
        const Plugin &p = m_plugins[id];
        if (p.controlPlaneId == controlPlaneId)
            plugins.append(p);
    }
    return plugins;
}

SnapshotData FleetStore::snapshot() const {
    SnapshotData data;
    data.savedAt = QDateTime::currentDateTimeUtc();
    for (const QString &id : m_controlPlaneOrder)
        data.controlPlanes.append(m_controlPlanes.value(id));
    data.configurations = m_configurations.values();
    data.caches = m_caches.values();
    for (const QString &id : m_networkOrder)
        data.networks.append(m_networks.value(id));
    data.accounts = m_accounts.values();
    for (const QString &id : m_partialOrder)
        data.partials.append(m_partials.value(id));
    for (const QString &id : m_pluginOrder)
        data.plugins.append(m_plugins.value(id));
    return data;
}

void FleetStore::restore(const SnapshotData &data) {
    QHash<Geo, QList<ControlPlane>> byGeo;
    for (const ControlPlane &cp : data.controlPlanes)
        byGeo[cp.geo].append(cp);
    for (auto it = byGeo.cbegin(); it != byGeo.cend(); ++it)
        replaceControlPlanes(it.key(), it.value());
    replaceProviderAccounts(data.accounts);
    replaceNetworks(data.networks);
    replaceConfigurations(data.configurations);
    replaceCaches(data.caches);
    replaceCore(data.partials, data.plugins, [](const auto &) { return true; });
}

void FleetStore::setReadOnly(bool readOnly) {
    if (std::exchange(m_readOnly, readOnly) != readOnly)
        Q_EMIT readOnlyChanged(readOnly);
}

void FleetStore::clear() {
    const QStringList planes = std::exchange(m_controlPlaneOrder, {});
    const QStringList cacheOwners = std::exchange(m_cacheOrder, {});
    const QStringList networks = std::exchange(m_networkOrder, {});
    const QStringList plugins = std::exchange(m_pluginOrder, {});
    const QStringList partials = std::exchange(m_partialOrder, {});
    m_plugins.clear();
    m_partials.clear();
    m_pluginsPerPlane.clear();
    m_pluginsByPartial.clear();
    m_controlPlanes.clear();
    m_networks.clear();
    m_configurations.clear();
    m_caches.clear();
    m_accounts.clear();
    if (!planes.isEmpty())
        Q_EMIT controlPlanesRemoved(planes);
    if (!networks.isEmpty())
        Q_EMIT networksRemoved(networks);
    if (!cacheOwners.isEmpty())
        Q_EMIT cachesRemoved(cacheOwners);
    if (!plugins.isEmpty())
        Q_EMIT pluginsRemoved(plugins);
    if (!partials.isEmpty())
        Q_EMIT partialsRemoved(partials);
    Q_EMIT dataPlaneGroupsChanged();
}

} // namespace kd
