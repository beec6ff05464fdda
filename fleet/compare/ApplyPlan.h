#pragma once

#include "client/CoreWrite.h"
#include "client/Result.h"
#include "client/Transport.h"
#include "fleet/compare/Diff.h"
#include "fleet/compare/GatewayEntities.h"

#include <QObject>
#include <qcoro/qcorotask.h>

namespace kd {
class FleetActions;
class FleetStore;
class Session;
} // namespace kd

namespace kd::compare {

// One request of an apply, reviewed before it is sent: a typed write whose request() is
// exactly what goes over the wire.
struct PlannedRequest {
    CoreWrite write;
    QString entity; // the difference's label
    ApiRequest request() const { return write.request(); }
};

struct ApplyPlanResult {
    QList<PlannedRequest> requests;
    QStringList skipped; // what cannot be applied from the compare, and why
};

// Making a live control plane (`target`) look like `source` (a live plane or a decK file) for
// some differences of diff(target, source): plugins and partials (POST, PUT, DELETE on the
// core entities, partials before the plugins that link them) and the control plane's
// description and labels (PATCH). The cloud side is left to the panes that follow its
// asynchronous states. A plugin scoped to a service, route or consumer is sent scoped to the
// target's one of the same name (`targetEntities`: the target's, read for the compare); one
// the target does not have is skipped, saying so, as are consumer-group plugins.
ApplyPlanResult planApply(const FleetStore &store, const PlaneDocument &source,
                          const PlaneDocument &target, const QList<EntityDifference> &differences,
                          const PlaneGatewayEntities *targetEntities = nullptr);

// Sends a reviewed plan in order through the client, stops at the first failure, then reads
// the target (the control plane after a PATCH, its plugins and partials) again so that the store
// (and the compare) show the result. A plugin that links a partial this plan creates gets the id
// Konnect gave it.
class Applier final : public QObject {
    Q_OBJECT
public:
    Applier(Session *session, FleetStore *store, FleetActions *actions, QObject *parent = nullptr);
    // The number of requests that succeeded, or the first error (naming its request).
    QCoro::Task<Result<int>> send(QList<PlannedRequest> requests, QString targetControlPlaneId);
    // Where a request goes, for the review.
    QString urlOf(const ApiRequest &request) const;
    // The services, routes and consumers of control planes, for the compare.
    QCoro::Task<Result<GatewayEntities>> readGatewayEntities(QStringList controlPlaneIds);
    const FleetStore &store() const { return *m_store; }

private:
    Session *m_session;
    FleetStore *m_store;
    FleetActions *m_actions;
};

} // namespace kd::compare
