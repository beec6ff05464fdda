#pragma once

#include "client/Result.h"
#include "client/Types.h"

#include <QObject>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <optional>

namespace kd {

class FleetStore;
class Followers;
class Session;

// What a user does to the fleet: each action calls Konnect as a user-priority request and,
// when it succeeds, updates the store at once instead of waiting for the next sync.
class FleetActions final : public QObject {
    Q_OBJECT
public:
    FleetActions(Session *session, FleetStore *store, QObject *parent = nullptr);

    QCoro::Task<Result<ControlPlane>> createControlPlane(Geo geo, ControlPlaneCreate create);
    QCoro::Task<Result<ControlPlane>> updateControlPlane(Geo geo, QString id,
                                                         ControlPlanePatch patch);
    QCoro::Task<Status> deleteControlPlane(Geo geo, QString id);

    QCoro::Task<Result<Availability>> availability();
    // Plugins that use the cache's konnect-managed partial (the blast radius of a delete).
    QCoro::Task<Result<QList<PartialLink>>> cacheLinks(QString ownerControlPlaneId);
    QCoro::Task<Result<ManagedCache>> resizeCache(QString ownerControlPlaneId, CacheTier tier);
    QCoro::Task<Status> deleteCache(QString ownerControlPlaneId);
    // POST the add-on. When the answer is lost, look for the cache before anything else:
    // never a second cache.
    // The exact body and a curl command (token left out) for a review screen.
    QByteArray provisionBody(const QString &controlPlaneId, Geo geo, const QString &name,
                             CacheTier tier) const;
    QString provisionCurl(const QString &controlPlaneId, Geo geo, const QString &name,
                          CacheTier tier) const;
    QCoro::Task<Result<ManagedCache>> provisionCache(QString controlPlaneId, Geo geo, QString name,
                                                     CacheTier tier);
    // Looks for the control plane's cache on Konnect (after a lost answer or a restart).
    QCoro::Task<Result<std::optional<ManagedCache>>> findCache(QString ownerControlPlaneId);
    // Reads the cache again every `interval` until it is ready, failed or gone, through the
    // followers' owner: returns at once when the cache is followed already.
    QCoro::Task<> followCache(QString cacheId, QString ownerControlPlaneId,
                              std::chrono::milliseconds interval);
    QCoro::Task<Result<Network>> createNetwork(NetworkCreate create);
    QCoro::Task<Result<Network>> renameNetwork(QString id, QString name);
    QCoro::Task<Status> deleteNetwork(QString id);
    // Adds one data-plane group to the control plane's cloud gateway configuration (a PUT of
    // the whole desired list), then follows the groups until none is still coming up.
    QCoro::Task<Result<CloudGatewayConfiguration>>
    deployDataPlaneGroup(QString controlPlaneId, Geo geo, DataPlaneGroup group, QString version);
    // PUTs this desired list as the control plane's whole configuration, but only while Konnect
    // still holds `expected` (what the user reviewed); otherwise nothing is sent.
    QCoro::Task<Result<CloudGatewayConfiguration>>
    replaceDataPlaneGroups(QString controlPlaneId, Geo geo, QList<DataPlaneGroup> expected,
                           QList<DataPlaneGroup> desired);
    // Reads the configuration again every `interval` until every group is ready or failed
    // (through the followers' owner, like followCache).
    QCoro::Task<> followConfiguration(QString controlPlaneId, std::chrono::milliseconds interval);
    // The owner of every background follow; its signals say when an operation settled.
    Followers &followers() { return *m_followers; }

    // Plugins and partials of one control plane.
    QCoro::Task<Result<Plugin>> createPlugin(Plugin plugin);
    // A full PUT: whatever the editor did not show is sent back as Konnect gave it.
    QCoro::Task<Result<Plugin>> updatePlugin(Plugin plugin);
    QCoro::Task<Result<Plugin>> setPluginEnabled(QString pluginId, bool enabled);
    QCoro::Task<Status> deletePlugin(QString pluginId);
    QCoro::Task<Result<Partial>> createPartial(Partial partial);
    QCoro::Task<Result<Partial>> updatePartial(Partial partial);
    QCoro::Task<Result<QList<PartialLink>>> partialLinks(QString partialId);
    // Refused while plugins link the partial; the error lists them.
    QCoro::Task<Status> deletePartial(QString partialId);
    // Reads one control plane's plugins and partials again (after a cache became ready).
    QCoro::Task<Status> refreshCoreEntities(QString controlPlaneId);

private:
    Session *m_session;
    FleetStore *m_store;
    Followers *m_followers;
};

} // namespace kd
