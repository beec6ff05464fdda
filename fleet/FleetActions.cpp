#include "fleet/FleetActions.h"

#include "fleet/FleetStore.h"
#include "fleet/Session.h"

namespace kd {

FleetActions::FleetActions(Session *session, FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store) {
}

QCoro::Task<Result<ControlPlane>> FleetActions::createControlPlane(Geo geo,
                                                                   ControlPlaneCreate create) {
    auto created = co_await m_session->client().createControlPlane(geo, create);
    if (created)
        m_store->upsertControlPlane(*created);
    co_return created;
}

QCoro::Task<Result<ControlPlane>> FleetActions::updateControlPlane(Geo geo, QString id,
                                                                   ControlPlanePatch patch) {
    auto updated = co_await m_session->client().updateControlPlane(geo, id, patch);
    if (updated)
        m_store->upsertControlPlane(*updated);
    co_return updated;
}

QCoro::Task<Status> FleetActions::deleteControlPlane(Geo geo, QString id) {
    auto deleted = co_await m_session->client().deleteControlPlane(geo, id);
    // Gone already is as good as deleted: the user's intent is met.
    if (deleted || deleted.error().status() == 404) {
        m_store->removeControlPlane(id);
        co_return Done{};
    }
    co_return deleted.error();
}

} // namespace kd
