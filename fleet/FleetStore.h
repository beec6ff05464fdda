#pragma once

#include "client/Types.h"
#include "fleet/ShardedHash.h"
#include "fleet/Snapshot.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

namespace kd {

// Plugins and partials sorted by their control plane, the planes in the order they first came.
struct CoreEntitiesByPlane {
    QStringList planes;
    QHash<QString, std::pair<QList<Partial>, QList<Plugin>>> entities;

    void add(Partial partial);
    void add(Plugin plugin);

private:
    std::pair<QList<Partial>, QList<Plugin>> &of(const QString &controlPlaneId);
};

// The normalized fleet: every entity keyed by id, fed by sync and by user actions. Changes
// are announced in batches (one signal per kind per update) and only for what changed.
class FleetStore final : public QObject {
    Q_OBJECT
public:
    explicit FleetStore(QObject *parent = nullptr);

    const QStringList &controlPlaneIds() const { return m_controlPlaneOrder; }
    const ControlPlane *controlPlane(const QString &id) const;
    const CloudGatewayConfiguration *configurationOf(const QString &controlPlaneId) const;
    const ManagedCache *cacheOf(const QString &controlPlaneId) const;
    int dataPlaneGroupCount(const QString &controlPlaneId) const;
    const QStringList &networkIds() const { return m_networkOrder; }
    const Network *network(const QString &id) const;
    QList<CloudGatewayConfiguration> configurations() const { return m_configurations.values(); }

    // Replace everything of one geo with what sync just read.
    void replaceControlPlanes(Geo geo, const QList<ControlPlane> &planes);
    // Every configuration or cache there is (those missing are gone), or some of them.
    void replaceConfigurations(const QList<CloudGatewayConfiguration> &configurations);
    void upsertConfigurations(const QList<CloudGatewayConfiguration> &configurations);
    void upsertConfiguration(const CloudGatewayConfiguration &configuration);
    void replaceCaches(const QList<ManagedCache> &caches);
    // Drops the configurations (caches) of control planes not in `ids`: after upserts in
    // slices, the end of a complete list without comparing every entry again.
    void retainConfigurations(const QSet<QString> &controlPlaneIds);
    void retainCaches(const QSet<QString> &ownerIds);
    void upsertCaches(const QList<ManagedCache> &caches);
    void upsertCache(const ManagedCache &cache);
    void removeCache(const QString &ownerControlPlaneId);
    // Control planes that own a managed cache, in the order the caches were first seen.
    const QStringList &cacheOwnerIds() const { return m_cacheOrder; }
    void replaceNetworks(const QList<Network> &networks);
    void replaceProviderAccounts(const QList<ProviderAccount> &accounts);
    QList<ProviderAccount> providerAccounts() const { return m_accounts.values(); }
    void upsertNetwork(const Network &network);
    void removeNetwork(const QString &id);
    // "AWS", "Azure", "Google Cloud" for a provider account id; empty when unknown.
    QString providerOfAccount(const QString &accountId) const;
    // Plugins and partials (core entities) of every control plane, keyed by their own id.
    const QStringList &pluginIds() const { return m_pluginOrder; }
    const Plugin *plugin(const QString &id) const;
    const QStringList &partialIds() const { return m_partialOrder; }
    const Partial *partial(const QString &id) const;
    QStringList partialsOf(const QString &controlPlaneId) const;
    QList<Plugin> pluginListOf(const QString &controlPlaneId) const;
    // Plugins (ids) that link the partial, as far as the store knows.
    QStringList pluginsUsing(const QString &partialId) const;
    int pluginCountOf(const QString &controlPlaneId) const;
    // Konnect's expected config hash of a plane when its plugins and partials were read
    // (empty when unknown): a refresh reads them again only when the hash moved.
    // Moves with every change that did not come from a snapshot (restore(),
    // restoreCoreEntitiesOf(), restoreConfigHash()): a sync that leaves it where the last
    // save did has nothing new to save.
    quint64 revision() const { return m_revision; }
    QString configHashOf(const QString &controlPlaneId) const {
        return m_configHashes.value(controlPlaneId);
    }
    void setConfigHash(const QString &controlPlaneId, const QString &hash);
    // From a snapshot: kept only where the sync has not set one since.
    void restoreConfigHash(const QString &controlPlaneId, const QString &hash);
    // Everything of one geo, or of one control plane, as sync just read it. Changes are
    // announced per control plane.
    void replaceCoreEntities(Geo geo, const QList<Partial> &partials, const QList<Plugin> &plugins);
    void replaceCoreEntitiesOf(const QString &controlPlaneId, const QList<Partial> &partials,
                               const QList<Plugin> &plugins);
    // From a snapshot: ignored once this plane's entities have been replaced since the
    // store was cleared (a live sync was faster).
    void restoreCoreEntitiesOf(const QString &controlPlaneId, const QList<Partial> &partials,
                               const QList<Plugin> &plugins);
    void upsertPlugin(const Plugin &plugin);
    void removePlugin(const QString &id);
    void upsertPartial(const Partial &partial);
    void removePartial(const QString &id);
    // The result of a user action, before the next sync confirms it.
    void upsertControlPlane(const ControlPlane &plane);
    void removeControlPlane(const QString &id);
    // Another organisation: forget everything.
    void clear();
    SnapshotData snapshot() const;
    // What snapshot() returns, made when called: O(1) here, the copying left to a worker.
    std::function<SnapshotData()> snapshotMaker() const;
    // Showing a snapshot while Konnect cannot be reached: nothing may be changed.
    bool readOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    void restore(const SnapshotData &data);

    // ---- Data-plane nodes (advise-cli): what NodeVersions read, for the advisor's version
    // rule. Not in snapshots: nodes come and go, and are read again within minutes.
    // The nodes Konnect last listed for a control plane the store knows; empty when not read.
    QList<DataPlaneNode> nodesOf(const QString &controlPlaneId) const;
    // Empty forgets them. Announced (nodesChanged) when they differ from what was there.
    void setNodesOf(const QString &controlPlaneId, const QList<DataPlaneNode> &nodes);
    // ---- end of data-plane nodes

Q_SIGNALS:
    void controlPlanesAdded(const QStringList &ids);
    void controlPlanesChanged(const QStringList &ids);
    void controlPlanesRemoved(const QStringList &ids);
    void cachesAdded(const QStringList &ownerIds);
    void cachesChanged(const QStringList &ownerIds);
    void cachesRemoved(const QStringList &ownerIds);
    void networksAdded(const QStringList &ids);
    void networksChanged(const QStringList &ids);
    void networksRemoved(const QStringList &ids);
    // Some data-plane group of these control planes appeared, changed or went away (or
    // the control plane itself did, and its groups with it).
    void dataPlaneGroupsChanged(const QStringList &controlPlaneIds);
    void readOnlyChanged(bool readOnly);
    void pluginsAdded(const QStringList &ids);
    void pluginsChanged(const QStringList &ids);
    void pluginsRemoved(const QStringList &ids);
    void partialsAdded(const QStringList &ids);
    void partialsChanged(const QStringList &ids);
    void partialsRemoved(const QStringList &ids);
    // Data-plane nodes (advise-cli): the nodes of these control planes were read anew.
    void nodesChanged(const QStringList &controlPlaneIds);

private:
    // Announces changes of the control planes the store knows; others wait for their plane.
    void announceChanged(QStringList ids);
    void applyConfigurations(const QList<CloudGatewayConfiguration> &configurations, bool complete);
    void applyCaches(const QList<ManagedCache> &caches, bool complete);
    QList<Partial> partialListOf(const QString &controlPlaneId) const;

    QHash<QString, ControlPlane> m_controlPlanes;
    QStringList m_controlPlaneOrder;
    QHash<QString, CloudGatewayConfiguration> m_configurations; // by control plane id
    QHash<QString, ManagedCache> m_caches;                      // by owner control plane id
    QStringList m_cacheOrder;
    QHash<QString, Network> m_networks;
    QHash<QString, ProviderAccount> m_accounts;
    // Plugins and partials are held by shared pointer: growing a hash of 60,000 then moves
    // small nodes, not whole entities (a rehash of whole plugins stalled the GUI 20-30 ms), a
    // snapshot's copy shares them, and `plugin()`'s pointer stays valid until the entity goes.
    // Sharded, so that a growth rehashes a few thousand of them, not all.
    template <typename T>
    using Owned = ShardedHash<QString, std::shared_ptr<const T>>;
    Owned<Plugin> m_plugins;
    QStringList m_pluginOrder;
    // Each control plane's plugins and partials (ids), so that replacing one plane's
    // entities never walks the whole fleet's.
    struct CoreOfPlane {
        Geo geo = Geo::Us;
        QStringList plugins;
        QStringList partials;
    };
    QHash<QString, CoreOfPlane> m_core;
    QSet<QString> m_coreReplaced; // planes whose entities came from Konnect or the user
    QHash<QString, QStringList> m_pluginsByPartial;
    Owned<Partial> m_partials;
    QHash<QString, QString> m_configHashes; // control plane id -> expected config hash
    QStringList m_partialOrder;
    bool m_readOnly = false;
    QStringList m_networkOrder;
    quint64 m_revision = 0;
    bool m_restoring = false; // changes come from a snapshot: the revision stays
    QHash<QString, QList<DataPlaneNode>> m_nodes; // data-plane nodes (advise-cli)
};

} // namespace kd
