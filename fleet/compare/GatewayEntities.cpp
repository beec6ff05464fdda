#include "fleet/compare/GatewayEntities.h"

#include "client/KonnectClient.h"
#include "fleet/FleetStore.h"

#include <deque>

using namespace Qt::StringLiterals;

namespace kd::compare {

namespace {
template <typename T>
const T *byId(const QList<T> &items, const QString &id) {
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

struct PlaneRead {
    PlaneGatewayEntities entities;
    std::optional<Error> error;
};

QCoro::Task<PlaneRead> readPlane(KonnectClient &client, Geo geo, QString id) {
    // The three lists at once: the client's budget decides how many go out together.
    auto servicesTask = client.services(geo, id);
    auto routesTask = client.routes(geo, id);
    auto consumersTask = client.consumers(geo, id);
    auto services = co_await std::move(servicesTask);
    auto routes = co_await std::move(routesTask);
    auto consumers = co_await std::move(consumersTask);
    PlaneRead read;
    if (!services)
        read.error = services.error();
    else if (!routes)
        read.error = routes.error();
    else if (!consumers)
        read.error = consumers.error();
    else
        read.entities = {*services, *routes, *consumers};
    co_return read;
}
} // namespace

const GatewayService *PlaneGatewayEntities::service(const QString &id) const {
    return byId(services, id);
}

const GatewayRoute *PlaneGatewayEntities::route(const QString &id) const {
    return byId(routes, id);
}

const GatewayConsumer *PlaneGatewayEntities::consumer(const QString &id) const {
    return byId(consumers, id);
}

QString serviceRef(const PlaneGatewayEntities *entities, const QString &id) {
    const GatewayService *service = entities ? entities->service(id) : nullptr;
    return service && !service->name.isEmpty() ? service->name : id;
}

QString routeRef(const PlaneGatewayEntities *entities, const QString &id) {
    const GatewayRoute *route = entities ? entities->route(id) : nullptr;
    return route && !route->name.isEmpty() ? route->name : id;
}

QString consumerRef(const PlaneGatewayEntities *entities, const QString &id) {
    const GatewayConsumer *consumer = entities ? entities->consumer(id) : nullptr;
    if (!consumer)
        return id;
    return !consumer->username.isEmpty()   ? consumer->username
           : !consumer->customId.isEmpty() ? consumer->customId
                                           : id;
}

const PlaneGatewayEntities *GatewayEntities::of(const QString &controlPlaneId) const {
    const auto it = m_planes.constFind(controlPlaneId);
    return it == m_planes.cend() ? nullptr : &*it;
}

void GatewayEntities::insert(const QString &controlPlaneId, PlaneGatewayEntities entities) {
    m_planes.emplace(controlPlaneId, std::move(entities));
}

void GatewayEntities::insert(const GatewayEntities &other) {
    for (auto it = other.m_planes.cbegin(); it != other.m_planes.cend(); ++it)
        m_planes.insert(it.key(), it.value());
}

QCoro::Task<Result<GatewayEntities>>
GatewayEntities::read(KonnectClient &client, const FleetStore &store, QStringList controlPlaneIds) {
    constexpr std::size_t window = 4; // planes under way at a time
    struct Pending {
        QString id;
        QCoro::Task<PlaneRead> read;
    };
    std::deque<Pending> pending;
    qsizetype next = 0;
    const auto startMore = [&] {
        while (pending.size() < window && next < controlPlaneIds.size()) {
            const QString &id = controlPlaneIds.at(next++);
            if (const ControlPlane *plane = store.controlPlane(id))
                pending.push_back({id, readPlane(client, plane->geo, id)});
        }
    };
    GatewayEntities entities;
    std::optional<Error> failure;
    startMore();
    while (!pending.empty()) {
        Pending p = std::move(pending.front());
        pending.pop_front();
        if (!failure)
            startMore();
        PlaneRead read = co_await std::move(p.read);
        if (read.error && !failure)
            failure = read.error;
        else if (!read.error)
            entities.insert(p.id, std::move(read.entities));
    }
    if (failure)
        co_return *failure;
    co_return entities;
}

} // namespace kd::compare
