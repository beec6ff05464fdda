#pragma once

#include "client/GatewayEntities.h"
#include "client/Result.h"

#include <QHash>
#include <QStringList>
#include <qcoro/qcorotask.h>

namespace kd {
class FleetStore;
class KonnectClient;
} // namespace kd

namespace kd::compare {

// One control plane's services, routes and consumers.
struct PlaneGatewayEntities {
    QList<GatewayService> services;
    QList<GatewayRoute> routes;
    QList<GatewayConsumer> consumers;

    const GatewayService *service(const QString &id) const;
    const GatewayRoute *route(const QString &id) const;
    const GatewayConsumer *consumer(const QString &id) const;
};

// What a plugin scoped to a service, route or consumer names it by, as decK does: the
// service's or route's name, the consumer's username (else its custom_id); the id when the
// entity has no name or was not read.
QString serviceRef(const PlaneGatewayEntities *entities, const QString &id);
QString routeRef(const PlaneGatewayEntities *entities, const QString &id);
QString consumerRef(const PlaneGatewayEntities *entities, const QString &id);

// The services, routes and consumers of some control planes. The sync does not read them
// (a fleet-wide list nobody looks at); an export or a compare reads them for its planes.
class GatewayEntities final {
public:
    const PlaneGatewayEntities *of(const QString &controlPlaneId) const;
    void insert(const QString &controlPlaneId, PlaneGatewayEntities entities);
    void insert(const GatewayEntities &other); // every plane of `other`, replacing
    bool isEmpty() const { return m_planes.isEmpty(); }

    // Reads the three lists of each control plane the store knows, a few planes at a time
    // (the transport's budget paces them). Fails with the first error.
    static QCoro::Task<Result<GatewayEntities>> read(KonnectClient &client, const FleetStore &store,
                                                     QStringList controlPlaneIds);

private:
    QHash<QString, PlaneGatewayEntities> m_planes;
};

} // namespace kd::compare
