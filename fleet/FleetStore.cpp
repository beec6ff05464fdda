#include "fleet/FleetStore.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace kd {

FleetStore::FleetStore(QObject *parent)
    : QObject(parent) {
    const auto bump = [this] {
        if (!m_restoring)
            ++m_revision;
    };
    for (auto signal :
         {&FleetStore::controlPlanesAdded, &FleetStore::controlPlanesChanged,
          &FleetStore::controlPlanesRemoved, &FleetStore::cachesAdded, &FleetStore::cachesChanged,
          &FleetStore::cachesRemoved, &FleetStore::networksAdded, &FleetStore::networksChanged,
          &FleetStore::networksRemoved, &FleetStore::dataPlaneGroupsChanged,
          &FleetStore::pluginsAdded, &FleetStore::pluginsChanged, &FleetStore::pluginsRemoved,
          &FleetStore::partialsAdded, &FleetStore::partialsChanged, &FleetStore::partialsRemoved})
        connect(this, signal, this, bump);
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

void removeFromOrder(QStringList &order, const QStringList &removed) {
    if (removed.isEmpty())
        return;
    const QSet<QString> gone(removed.cbegin(), removed.cend());
    order.removeIf([&gone](const QString &id) { return gone.contains(id); });
}

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
        if (seen.contains(id))
            continue;
        const auto known = items.constFind(id);
        if (known != items.cend() && inScope(known.value()))
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
    for (const QString &id : diff.removed)
        replaceCoreEntitiesOf(id, {}, {}); // its plugins and partials went with it
    if (!diff.removed.isEmpty())
        Q_EMIT controlPlanesRemoved(diff.removed);
    if (!diff.added.isEmpty())
        Q_EMIT controlPlanesAdded(diff.added);
    if (!diff.changed.isEmpty())
        Q_EMIT controlPlanesChanged(diff.changed);
    if (!diff.removed.isEmpty() || !diff.added.isEmpty())
        Q_EMIT dataPlaneGroupsChanged(diff.added + diff.removed); // groups need their plane
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
    QHash<QString, ProviderAccount> next;
    for (const ProviderAccount &account : accounts)
        next.insert(account.id, account);
    if (next == m_accounts)
        return; // networks show their account's provider: nothing of theirs moved
    m_accounts = std::move(next);
    if (!m_restoring)
        ++m_revision; // saved with the snapshot, though no signal names them
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
// Puts `items` (keyed by their control plane) into `current`; when `complete`, the entries
// `items` lacks are gone. The diff names the control planes whose entry moved.
template <typename T, typename Key>
Diff mergeByControlPlane(QHash<QString, T> &current, const QList<T> &items, Key key,
                         bool complete) {
    Diff diff;
    QSet<QString> seen;
    for (const T &item : items) {
        const QString id = key(item);
        if (complete)
            seen.insert(id);
        const auto it = current.find(id);
        if (it == current.end()) {
            current.insert(id, item);
            diff.added.append(id);
        } else if (!(it.value() == item)) {
            it.value() = item;
            diff.changed.append(id);
        }
    }
    if (complete) {
        for (auto it = current.begin(); it != current.end();) {
            if (seen.contains(it.key())) {
                ++it;
                continue;
            }
            diff.removed.append(it.key());
            it = current.erase(it);
        }
    }
    return diff;
}

QStringList allOf(const Diff &diff) {
    return diff.added + diff.changed + diff.removed;
}
} // namespace

void FleetStore::replaceConfigurations(const QList<CloudGatewayConfiguration> &configurations) {
    applyConfigurations(configurations, true);
}

void FleetStore::upsertConfigurations(const QList<CloudGatewayConfiguration> &configurations) {
    applyConfigurations(configurations, false);
}

void FleetStore::upsertConfiguration(const CloudGatewayConfiguration &configuration) {
    applyConfigurations({configuration}, false);
}

void FleetStore::applyConfigurations(const QList<CloudGatewayConfiguration> &configurations,
                                     bool complete) {
    const QStringList changed = allOf(mergeByControlPlane(
        m_configurations, configurations,
        [](const CloudGatewayConfiguration &c) { return c.controlPlaneId; }, complete));
    if (changed.isEmpty())
        return;
    Q_EMIT dataPlaneGroupsChanged(changed);
    announceChanged(changed); // their group count
}

namespace {
// The entries of `items` whose key is in `keep`, or nothing when none would go: a sync's
// lists seldom lose an entry, and then nothing is copied.
template <typename T>
std::optional<QList<T>> withoutOthers(const QHash<QString, T> &items, const QSet<QString> &keep) {
    const auto keys = items.keyBegin();
    if (std::all_of(keys, items.keyEnd(), [&keep](const QString &k) { return keep.contains(k); }))
        return std::nullopt;
    QList<T> kept;
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (keep.contains(it.key()))
            kept.append(it.value());
    }
    return kept;
}
} // namespace

void FleetStore::retainConfigurations(const QSet<QString> &controlPlaneIds) {
    if (const auto kept = withoutOthers(m_configurations, controlPlaneIds))
        replaceConfigurations(*kept);
}

void FleetStore::retainCaches(const QSet<QString> &ownerIds) {
    if (const auto kept = withoutOthers(m_caches, ownerIds))
        replaceCaches(*kept);
}

void FleetStore::replaceCaches(const QList<ManagedCache> &caches) {
    applyCaches(caches, true);
}

void FleetStore::upsertCaches(const QList<ManagedCache> &caches) {
    applyCaches(caches, false);
}

void FleetStore::upsertCache(const ManagedCache &cache) {
    applyCaches({cache}, false);
}

void FleetStore::applyCaches(const QList<ManagedCache> &caches, bool complete) {
    const Diff diff = mergeByControlPlane(
        m_caches, caches, [](const ManagedCache &c) { return c.ownerId; }, complete);
    removeFromOrder(m_cacheOrder, diff.removed);
    m_cacheOrder.append(diff.added);
    if (!diff.removed.isEmpty())
        Q_EMIT cachesRemoved(diff.removed);
    if (!diff.added.isEmpty())
        Q_EMIT cachesAdded(diff.added);
    if (!diff.changed.isEmpty())
        Q_EMIT cachesChanged(diff.changed);
    announceChanged(allOf(diff)); // their managed-cache state
}

void FleetStore::removeCache(const QString &ownerControlPlaneId) {
    if (!m_caches.remove(ownerControlPlaneId))
        return;
    m_cacheOrder.removeOne(ownerControlPlaneId);
    Q_EMIT cachesRemoved({ownerControlPlaneId});
    announceChanged({ownerControlPlaneId});
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
    replaceCoreEntitiesOf(id, {}, {});
    m_configHashes.remove(id);
    Q_EMIT controlPlanesRemoved({id});
    if (hadGroups)
        Q_EMIT dataPlaneGroupsChanged({id});
}

const Plugin *FleetStore::plugin(const QString &id) const {
    const auto *found = m_plugins.find(id);
    return found ? found->get() : nullptr;
}

const Partial *FleetStore::partial(const QString &id) const {
    const auto *found = m_partials.find(id);
    return found ? found->get() : nullptr;
}

QStringList FleetStore::pluginsUsing(const QString &partialId) const {
    return m_pluginsByPartial.value(partialId);
}

int FleetStore::pluginCountOf(const QString &controlPlaneId) const {
    return static_cast<int>(m_core.value(controlPlaneId).plugins.size());
}

QStringList FleetStore::partialsOf(const QString &controlPlaneId) const {
    return m_core.value(controlPlaneId).partials;
}

QList<Plugin> FleetStore::pluginListOf(const QString &controlPlaneId) const {
    QList<Plugin> plugins;
    for (const QString &id : m_core.value(controlPlaneId).plugins)
        plugins.append(**m_plugins.find(id));
    return plugins;
}

namespace {
// Replaces one control plane's entities (`ids`) with `next`; the diff names what changed.
template <typename T>
Diff replaceOwned(ShardedHash<QString, std::shared_ptr<const T>> &items, QStringList &ids,
                  const QList<T> &next) {
    Diff diff;
    QStringList nextIds;
    nextIds.reserve(next.size());
    for (const T &item : next) {
        nextIds.append(item.id);
        std::shared_ptr<const T> *held = items.find(item.id);
        if (!held) {
            items.insert(item.id, std::make_shared<const T>(item));
            diff.added.append(item.id);
        } else if (!(**held == item)) {
            *held = std::make_shared<const T>(item);
            diff.changed.append(item.id);
        }
    }
    const QSet<QString> kept(nextIds.cbegin(), nextIds.cend());
    for (const QString &id : std::as_const(ids)) {
        if (!kept.contains(id)) {
            diff.removed.append(id);
            items.remove(id);
        }
    }
    ids = std::move(nextIds);
    return diff;
}

} // namespace

void FleetStore::restoreCoreEntitiesOf(const QString &controlPlaneId,
                                       const QList<Partial> &partials,
                                       const QList<Plugin> &plugins) {
    if (m_coreReplaced.contains(controlPlaneId))
        return;
    const bool restoring = std::exchange(m_restoring, true);
    replaceCoreEntitiesOf(controlPlaneId, partials, plugins);
    m_restoring = restoring;
    m_coreReplaced.remove(controlPlaneId); // a later live read still wins
}

void FleetStore::replaceCoreEntitiesOf(const QString &controlPlaneId,
                                       const QList<Partial> &partials,
                                       const QList<Plugin> &plugins) {
    m_coreReplaced.insert(controlPlaneId);
    CoreOfPlane &core = m_core[controlPlaneId];
    if (!plugins.isEmpty())
        core.geo = plugins.first().geo;
    else if (!partials.isEmpty())
        core.geo = partials.first().geo;
    // Links before the change, to undo them.
    for (const QString &id : std::as_const(core.plugins)) {
        for (const QString &partialId : (*m_plugins.find(id))->partialIds)
            m_pluginsByPartial[partialId].removeOne(id);
    }
    const Diff partialDiff = replaceOwned(m_partials, core.partials, partials);
    const Diff pluginDiff = replaceOwned(m_plugins, core.plugins, plugins);
    for (const QString &id : std::as_const(core.plugins)) {
        for (const QString &partialId : (*m_plugins.find(id))->partialIds)
            m_pluginsByPartial[partialId].append(id);
    }
    const bool empty = core.plugins.isEmpty() && core.partials.isEmpty();
    QStringList linkChanged; // this plane's partials, whose plugin count may have moved
    if (!pluginDiff.added.isEmpty() || !pluginDiff.removed.isEmpty()
        || !pluginDiff.changed.isEmpty()) {
        const QSet<QString> announced(partialDiff.added.cbegin(), partialDiff.added.cend());
        for (const QString &id : std::as_const(core.partials)) {
            if (!announced.contains(id) && !partialDiff.changed.contains(id))
                linkChanged.append(id);
        }
    }
    if (empty)
        m_core.remove(controlPlaneId);
    removeFromOrder(m_pluginOrder, pluginDiff.removed);
    removeFromOrder(m_partialOrder, partialDiff.removed);
    m_pluginOrder.append(pluginDiff.added);
    m_partialOrder.append(partialDiff.added);

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
    if (!partialDiff.changed.isEmpty() || !linkChanged.isEmpty())
        Q_EMIT partialsChanged(partialDiff.changed + linkChanged);
}

void FleetStore::replaceCoreEntities(Geo geo, const QList<Partial> &partials,
                                     const QList<Plugin> &plugins) {
    CoreEntitiesByPlane byPlane;
    for (const Partial &p : partials)
        byPlane.add(p);
    for (const Plugin &p : plugins)
        byPlane.add(p);
    // Planes of this geo that have nothing any more.
    QStringList emptied;
    for (auto it = m_core.cbegin(); it != m_core.cend(); ++it) {
        if (it.value().geo == geo && !byPlane.entities.contains(it.key()))
            emptied.append(it.key());
    }
    for (const QString &id : std::as_const(emptied))
        replaceCoreEntitiesOf(id, {}, {});
    for (const QString &id : std::as_const(byPlane.planes)) {
        const auto &[planePartials, planePlugins] = byPlane.entities.value(id);
        replaceCoreEntitiesOf(id, planePartials, planePlugins);
    }
}

std::pair<QList<Partial>, QList<Plugin>> &CoreEntitiesByPlane::of(const QString &controlPlaneId) {
    auto it = entities.find(controlPlaneId);
    if (it == entities.end()) {
        planes.append(controlPlaneId);
        it = entities.insert(controlPlaneId, {});
    }
    return it.value();
}

void CoreEntitiesByPlane::add(Partial partial) {
    of(partial.controlPlaneId).first.append(std::move(partial));
}

void CoreEntitiesByPlane::add(Plugin plugin) {
    of(plugin.controlPlaneId).second.append(std::move(plugin));
}

void FleetStore::upsertPlugin(const Plugin &plugin) {
    QList<Plugin> plugins = pluginListOf(plugin.controlPlaneId);
    const auto known = std::find_if(plugins.begin(), plugins.end(),
                                    [&plugin](const Plugin &p) { return p.id == plugin.id; });
    if (known == plugins.end())
        plugins.append(plugin);
    else
        *known = plugin;
    replaceCoreEntitiesOf(plugin.controlPlaneId, partialListOf(plugin.controlPlaneId), plugins);
}

void FleetStore::removePlugin(const QString &id) {
    const Plugin *known = plugin(id);
    if (!known)
        return;
    const QString owner = known->controlPlaneId;
    QList<Plugin> plugins = pluginListOf(owner);
    plugins.removeIf([&id](const Plugin &p) { return p.id == id; });
    replaceCoreEntitiesOf(owner, partialListOf(owner), plugins);
}

void FleetStore::upsertPartial(const Partial &partial) {
    QList<Partial> partials = partialListOf(partial.controlPlaneId);
    const auto known = std::find_if(partials.begin(), partials.end(),
                                    [&partial](const Partial &p) { return p.id == partial.id; });
    if (known == partials.end())
        partials.append(partial);
    else
        *known = partial;
    replaceCoreEntitiesOf(partial.controlPlaneId, partials, pluginListOf(partial.controlPlaneId));
}

void FleetStore::removePartial(const QString &id) {
    const Partial *known = partial(id);
    if (!known)
        return;
    const QString owner = known->controlPlaneId;
    QList<Partial> partials = partialListOf(owner);
    partials.removeIf([&id](const Partial &p) { return p.id == id; });
    replaceCoreEntitiesOf(owner, partials, pluginListOf(owner));
}

QList<Partial> FleetStore::partialListOf(const QString &controlPlaneId) const {
    QList<Partial> partials;
    for (const QString &id : m_core.value(controlPlaneId).partials)
        partials.append(**m_partials.find(id));
    return partials;
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
    m_core.clear();
    m_coreReplaced.clear();
    m_pluginsByPartial.clear();
    m_configHashes.clear();
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
    Q_EMIT dataPlaneGroupsChanged(planes);
}

// ---- Data-plane nodes (advise-cli) --------------------------------------------------------

QList<DataPlaneNode> FleetStore::nodesOf(const QString &controlPlaneId) const {
    // Those of a control plane that went away are no longer anyone's.
    if (!m_controlPlanes.contains(controlPlaneId))
        return {};
    return m_nodes.value(controlPlaneId);
}

void FleetStore::setNodesOf(const QString &controlPlaneId, const QList<DataPlaneNode> &nodes) {
    const auto known = m_nodes.constFind(controlPlaneId);
    if (known == m_nodes.cend() ? nodes.isEmpty() : *known == nodes)
        return;
    if (nodes.isEmpty())
        m_nodes.remove(controlPlaneId);
    else
        m_nodes.insert(controlPlaneId, nodes);
    Q_EMIT nodesChanged({controlPlaneId});
}

// ---- end of data-plane nodes

} // namespace kd
