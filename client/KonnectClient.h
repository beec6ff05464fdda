#pragma once

#include "client/GatewayEntities.h"
#include "client/Result.h"
#include "client/Transport.h"
#include "client/Types.h"

#include <QObject>
#include <qcoro/qcorotask.h>

#include <functional>

namespace kd {

class MetricsQuery;
struct MetricsResult;
struct CoreWrite;

// Typed access to every Konnect resource the app uses. Lists are fetched in full across
// pages at the largest page size each API allows; nothing is silently truncated.
class KonnectClient final : public QObject {
    Q_OBJECT
public:
    explicit KonnectClient(Transport *transport, QObject *parent = nullptr);

    Transport &transport() { return *m_transport; }

    template <typename T>
    using Task = QCoro::Task<Result<T>>;
    template <typename T>
    using PageHandler = std::function<void(const QList<T> &page)>;

    // Page sizes ([SPEC] core entities allow 1000; [INFER] 100 for Konnect-native lists).
    static constexpr int nativePageSize = 100;
    static constexpr int corePageSize = 1000;
    static constexpr int nodePageSize = 100;

    Task<User> me(Priority priority = Priority::User);
    Task<Organization> organization(Priority priority = Priority::User);

    Task<QList<ControlPlane>> controlPlanes(Geo geo, const ControlPlaneFilter &filter = {},
                                            Priority priority = Priority::Background,
                                            PageHandler<ControlPlane> onPage = {});
    Task<ControlPlane> controlPlane(Geo geo, const QString &id);
    Task<ControlPlane> createControlPlane(Geo geo, const ControlPlaneCreate &create);
    Task<ControlPlane> updateControlPlane(Geo geo, const QString &id,
                                          const ControlPlanePatch &patch);
    Task<Done> deleteControlPlane(Geo geo, const QString &id);

    Task<Availability> availability();
    Task<QList<ProviderAccount>> providerAccounts(Priority priority = Priority::Background);
    Task<QList<Network>> networks(Priority priority = Priority::Background);
    Task<Network> network(const QString &id);
    Task<Network> createNetwork(const NetworkCreate &create);
    Task<Network> renameNetwork(const QString &id, const QString &name);
    Task<Done> deleteNetwork(const QString &id);

    Task<QList<CloudGatewayConfiguration>> configurations(Priority priority = Priority::Background,
                                                          const QString &controlPlaneId = {});
    Task<CloudGatewayConfiguration> configuration(const QString &id);
    Task<CloudGatewayConfiguration> putConfiguration(const QString &controlPlaneId, Geo geo,
                                                     const QString &version,
                                                     const QList<DataPlaneGroup> &groups,
                                                     const QString &apiAccess = {});

    Task<QList<ManagedCache>> managedCaches(Priority priority = Priority::Background,
                                            const QString &ownerControlPlaneId = {});
    Task<ManagedCache> managedCache(const QString &id);
    Task<ManagedCache> createManagedCache(const QString &name, const QString &controlPlaneId,
                                          Geo geo, CacheTier tier);
    // What createManagedCache sends, for a review screen: the body and a curl command that
    // reads the token from $KONNECT_TOKEN.
    QByteArray managedCacheCreateBody(const QString &name, const QString &controlPlaneId, Geo geo,
                                      CacheTier tier) const;
    QString managedCacheCreateCurl(const QString &name, const QString &controlPlaneId, Geo geo,
                                   CacheTier tier) const;
    Task<ManagedCache> resizeManagedCache(const QString &id, CacheTier tier);
    Task<Done> deleteManagedCache(const QString &id);

    Task<QList<Partial>> partials(Geo geo, const QString &controlPlaneId,
                                  Priority priority = Priority::Background);
    Task<Partial> partial(Geo geo, const QString &controlPlaneId, const QString &id);
    Task<Partial> createPartial(Geo geo, const QString &controlPlaneId, const Partial &partial);
    Task<Partial> putPartial(Geo geo, const QString &controlPlaneId, const Partial &partial);
    Task<Done> deletePartial(Geo geo, const QString &controlPlaneId, const QString &id);
    Task<QList<PartialLink>> partialLinks(Geo geo, const QString &controlPlaneId,
                                          const QString &partialId);

    Task<QList<Plugin>> plugins(Geo geo, const QString &controlPlaneId,
                                Priority priority = Priority::Background,
                                const QString &nameEquals = {});
    Task<Plugin> plugin(Geo geo, const QString &controlPlaneId, const QString &id);
    Task<Plugin> createPlugin(Geo geo, const QString &controlPlaneId, const Plugin &plugin);
    Task<Plugin> putPlugin(Geo geo, const QString &controlPlaneId, const Plugin &plugin);
    Task<Done> deletePlugin(Geo geo, const QString &controlPlaneId, const QString &id);

    // Whether a control plane's configuration changed since a hash was read.
    Task<ConfigHash> expectedConfigHash(Geo geo, const QString &controlPlaneId,
                                        Priority priority = Priority::Background);

    Task<QList<DataPlaneNode>> nodes(Geo geo, const QString &controlPlaneId,
                                     Priority priority = Priority::Background);

    Task<MetricsResult> metrics(Geo geo, const MetricsQuery &query,
                                Priority priority = Priority::Background);

    // Writes the compare's apply reviewed (CoreWrite::request() is exactly what is sent;
    // client/CoreWrite.cpp). The id of the entity written: Konnect's new id for a create.
    Task<QString> write(const CoreWrite &write);
    // Services, routes and consumers, for exports and compares (client/GatewayEntities.cpp).
    Task<QList<GatewayService>> services(Geo geo, const QString &controlPlaneId,
                                         Priority priority = Priority::User);
    Task<QList<GatewayRoute>> routes(Geo geo, const QString &controlPlaneId,
                                     Priority priority = Priority::User);
    Task<QList<GatewayConsumer>> consumers(Geo geo, const QString &controlPlaneId,
                                           Priority priority = Priority::User);

private:
    Transport *m_transport;
};

} // namespace kd
