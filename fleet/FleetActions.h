#pragma once

#include "client/Result.h"
#include "client/Types.h"

#include <QObject>
#include <qcoro/qcorotask.h>

namespace kd {

class FleetStore;
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

private:
    Session *m_session;
    FleetStore *m_store;
};

} // namespace kd
