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
    for (const QString &id : std::as_const(diff.removed)) {
        items.remove(id);
        order.removeOne(id);
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
}

void FleetStore::setReadOnly(bool readOnly) {
    if (std::exchange(m_readOnly, readOnly) != readOnly)
        Q_EMIT readOnlyChanged(readOnly);
}

void FleetStore::clear() {
    const QStringList planes = std::exchange(m_controlPlaneOrder, {});
    const QStringList cacheOwners = std::exchange(m_cacheOrder, {});
    const QStringList networks = std::exchange(m_networkOrder, {});
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
    Q_EMIT dataPlaneGroupsChanged();
}

} // namespace kd
