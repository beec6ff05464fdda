#include "fleet/SyncEngine.h"

#include "client/KonnectClient.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"

#include <qcoro/qcorotask.h>
#include <qcoro/qcorotimer.h>

namespace kd {

SyncEngine::SyncEngine(Session *session, FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store) {
    m_timer.setInterval(std::chrono::seconds(60));
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(m_round % m_coreEvery == 0); });
}

void SyncEngine::setInterval(std::chrono::seconds interval) {
    m_timer.setInterval(interval);
}

std::chrono::seconds SyncEngine::interval() const {
    return std::chrono::duration_cast<std::chrono::seconds>(m_timer.intervalAsDuration());
}

QList<Geo> SyncEngine::geos() const {
    QList<Geo> geos = m_session->profile().geos;
    geos.prepend(Geo::Global);
    return geos;
}

void SyncEngine::start() {
    m_timer.start();
    refreshNow();
}

void SyncEngine::refreshNow() {
    refresh(true);
}

void SyncEngine::refresh(bool withCoreEntities) {
    if (m_pending > 0)
        return; // a sync is running; its result is as fresh
    if (withCoreEntities)
        m_round = 0;
    ++m_round;
    const QList<Geo> all = geos();
    m_pending = static_cast<int>(all.size());
    m_allSucceeded = true;
    Q_EMIT syncStarted();
    for (Geo geo : all) {
        m_status[geo].state = GeoStatus::State::Syncing;
        Q_EMIT geoStatusChanged(geo);
        auto task = geo == Geo::Global ? syncGlobal() : syncRegional(geo, withCoreEntities);
        QCoro::connect(std::move(task), this,
                       [this, geo](const std::optional<Error> &error) { finishGeo(geo, error); });
    }
}

QCoro::Task<std::optional<Error>> SyncEngine::syncRegional(Geo geo, bool withCoreEntities) {
    auto planes = co_await m_session->client().controlPlanes(geo);
    if (!planes)
        co_return planes.error();
    m_store->replaceControlPlanes(geo, *planes);
    m_status[geo].controlPlanes = static_cast<int>(planes->size());
    if (!withCoreEntities)
        co_return std::nullopt;
    QStringList ids;
    for (const ControlPlane &plane : std::as_const(*planes))
        ids.append(plane.id);
    std::optional<Error> failed = co_await syncCoreEntities(geo, ids);
    co_return failed;
}

QCoro::Task<std::optional<Error>> SyncEngine::syncCoreEntities(Geo geo,
                                                               QStringList controlPlaneIds) {
    KonnectClient &client = m_session->client();
    const int total = static_cast<int>(controlPlaneIds.size());
    m_status[geo].coreDone = 0;
    m_status[geo].coreTotal = total;
    Q_EMIT geoStatusChanged(geo);
    // Every request is started at once; the client's budget decides how many run together.
    struct Pending {
        QString controlPlaneId;
        QCoro::Task<Result<QList<Partial>>> partials;
        QCoro::Task<Result<QList<Plugin>>> plugins;
    };
    std::vector<Pending> pending;
    pending.reserve(static_cast<std::size_t>(controlPlaneIds.size()));
    for (const QString &id : std::as_const(controlPlaneIds))
        pending.push_back({id, client.partials(geo, id), client.plugins(geo, id)});
    std::optional<Error> failure;
    int done = 0;
    for (Pending &p : pending) {
        auto partialsOf = co_await std::move(p.partials);
        auto pluginsOf = co_await std::move(p.plugins);
        m_status[geo].coreDone = ++done; // looked up again: the hash may change meanwhile
        if (done % 25 == 0 || done == total)
            Q_EMIT geoStatusChanged(geo);
        // A control plane deleted since the list was read has nothing left to show.
        const auto gone = [](const Error &e) { return e.status() == 404; };
        if ((!partialsOf && !gone(partialsOf.error()))
            || (!pluginsOf && !gone(pluginsOf.error()))) {
            // Keep what the store had for this plane rather than show half of it.
            if (!failure)
                failure = partialsOf ? pluginsOf.error() : partialsOf.error();
            continue;
        }
        // One control plane at a time, as its answers come: no long stall on a big fleet.
        m_store->replaceCoreEntitiesOf(p.controlPlaneId,
                                       partialsOf ? *partialsOf : QList<Partial>{},
                                       pluginsOf ? *pluginsOf : QList<Plugin>{});
    }
    co_return failure;
}

QCoro::Task<std::optional<Error>> SyncEngine::syncGlobal() {
    auto configurations = co_await m_session->client().configurations();
    if (!configurations)
        co_return configurations.error();
    auto caches = co_await m_session->client().managedCaches();
    if (!caches)
        co_return caches.error();
    auto networks = co_await m_session->client().networks();
    if (!networks)
        co_return networks.error();
    auto accounts = co_await m_session->client().providerAccounts();
    if (!accounts)
        co_return accounts.error();
    // Each kind in its own turn of the event loop: on a large fleet each one updates
    // thousands of rows, and together they would hold the window up.
    m_store->replaceProviderAccounts(*accounts);
    m_store->replaceNetworks(*networks);
    co_await QCoro::sleepFor(std::chrono::milliseconds(0));
    m_store->replaceConfigurations(*configurations);
    co_await QCoro::sleepFor(std::chrono::milliseconds(0));
    m_store->replaceCaches(*caches);
    co_return std::nullopt;
}

void SyncEngine::finishGeo(Geo geo, const std::optional<Error> &error) {
    GeoStatus &status = m_status[geo];
    status.error = error;
    if (error) {
        status.state = GeoStatus::State::Failed;
        m_allSucceeded = false;
    } else {
        status.state = GeoStatus::State::InSync;
        status.lastSuccess = QDateTime::currentDateTimeUtc();
    }
    Q_EMIT geoStatusChanged(geo);
    if (--m_pending == 0) {
        m_requests = static_cast<int>(m_session->transport().callLog().totalCalls());
        Q_EMIT syncFinished(m_allSucceeded);
        if (m_allSucceeded && !m_snapshotPath.isEmpty())
            QCoro::connect(SnapshotStore::save(m_snapshotPath, m_store->snapshot()), this,
                           [this](const Status &saved) {
                               Q_EMIT snapshotSaved(saved ? QString() : saved.error().message());
                           });
    }
}

} // namespace kd
