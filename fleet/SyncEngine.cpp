#include "fleet/SyncEngine.h"

#include "client/Dispose.h"
#include "client/KonnectClient.h"
#include "client/TurnBudget.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"

#include <QSet>
#include <qcoro/qcorotask.h>

#include <deque>

namespace kd {

SyncEngine::SyncEngine(Session *session, FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store) {
    m_timer.setInterval(std::chrono::seconds(60));
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(Depth::Changed); });
}

SyncEngine::~SyncEngine() {
    ++*m_epoch; // coroutines still waiting for answers end without touching the engine
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

void SyncEngine::stop() {
    m_timer.stop();
    ++*m_epoch;
    m_session->transport().setBackgroundAllowance(nullptr);
    if (std::exchange(m_pending, 0) == 0)
        return;
    for (auto it = m_status.begin(); it != m_status.end(); ++it) {
        if (it->state != GeoStatus::State::Syncing)
            continue;
        it->state = GeoStatus::State::Idle;
        Q_EMIT geoStatusChanged(it.key());
    }
}

void SyncEngine::refreshNow() {
    refresh(Depth::Full);
}

void SyncEngine::refreshChanged() {
    refresh(Depth::Changed);
}

void SyncEngine::refresh(Depth depth) {
    if (m_pending > 0)
        return; // a sync is running; its result is as fresh
    m_unchanged = 0;
    const QList<Geo> all = geos();
    m_pending = static_cast<int>(all.size());
    // This sync's retries and requests are bounded together (client/Limits.h); its lists
    // raise the request ceiling as they tell how large the organisation is.
    m_allowance = std::make_shared<SyncAllowance>();
    m_session->transport().setBackgroundAllowance(m_allowance);
    m_allSucceeded = true;
    Q_EMIT syncStarted();
    for (Geo geo : all) {
        m_status[geo].state = GeoStatus::State::Syncing;
        Q_EMIT geoStatusChanged(geo);
        auto task = geo == Geo::Global ? syncGlobal() : syncRegional(geo, depth);
        QCoro::connect(std::move(task), this,
                       [this, geo, epoch = epoch()](const std::optional<Error> &error) {
                           if (epoch.current())
                               finishGeo(geo, error);
                       });
    }
}

QCoro::Task<std::optional<Error>> SyncEngine::syncRegional(Geo geo, Depth depth) {
    const Epoch epoch = this->epoch();
    auto planes = co_await m_session->client().controlPlanes(geo);
    if (!epoch.current())
        co_return std::nullopt;
    if (!planes)
        co_return planes.error();
    m_store->replaceControlPlanes(geo, *planes);
    m_status[geo].controlPlanes = static_cast<int>(planes->size());
    // A hash, a page of plugins and one of partials per control plane (lists count their
    // own pages).
    m_allowance->expect(3 * planes->size());
    QStringList ids;
    for (const ControlPlane &plane : std::as_const(*planes))
        ids.append(plane.id);
    std::optional<Error> failed = co_await syncCoreEntities(geo, ids, depth);
    co_return failed;
}

namespace {
// What was read of one control plane's plugins and partials.
struct PlaneRead {
    bool unchanged = false; // its hash had not moved: nothing else was read
    std::optional<Error> error;
    QList<Partial> partials;
    QList<Plugin> plugins;
    QString hash; // empty when Konnect gave none
};

// The hash first, then (unless it had not moved) plugins and partials together: a change
// made while they are read moves the hash again, so the next refresh reads them again.
QCoro::Task<PlaneRead> readPlane(KonnectClient &client, Geo geo, QString id, QString knownHash) {
    PlaneRead read;
    auto hash = co_await client.expectedConfigHash(geo, id);
    if (hash)
        read.hash = hash->hash;
    if (hash && !knownHash.isEmpty() && hash->hash == knownHash) {
        read.unchanged = true;
        co_return read;
    }
    // A plane deleted since the list was read has nothing left to show.
    const auto gone = [](const Error &e) { return e.status() == 404; };
    if (!hash && gone(hash.error()))
        co_return read;
    auto partialsTask = client.partials(geo, id);
    auto pluginsTask = client.plugins(geo, id);
    auto partials = co_await std::move(partialsTask);
    auto plugins = co_await std::move(pluginsTask);
    if (!partials && !gone(partials.error()))
        read.error = partials.error();
    else if (!plugins && !gone(plugins.error()))
        read.error = plugins.error();
    if (partials)
        read.partials = *partials;
    if (plugins)
        read.plugins = *plugins;
    co_return read;
}
} // namespace

QCoro::Task<std::optional<Error>> SyncEngine::syncCoreEntities(Geo geo, QStringList controlPlaneIds,
                                                               Depth depth) {
    KonnectClient &client = m_session->client();
    const int total = static_cast<int>(controlPlaneIds.size());
    m_status[geo].coreDone = 0;
    m_status[geo].coreTotal = total;
    Q_EMIT geoStatusChanged(geo);
    // A few control planes' requests are under way at a time: enough to fill the host's
    // current limit, which grows while the host keeps up, without building thousands of
    // requests in one go when the list comes in.
    struct Pending {
        QString controlPlaneId;
        QCoro::Task<PlaneRead> read;
    };
    const RequestBudget &budget = m_session->transport().budget();
    std::deque<Pending> pending;
    qsizetype next = 0;
    const auto startMore = [&] {
        const auto window =
            static_cast<std::size_t>(std::max(4, budget.concurrency(static_cast<int>(geo))));
        while (pending.size() < window && next < controlPlaneIds.size()) {
            const QString &id = controlPlaneIds.at(next++);
            // F5 and the first sync read every plane; a refresh only those that changed.
            const QString known = depth == Depth::Full ? QString() : m_store->configHashOf(id);
            pending.push_back({id, readPlane(client, geo, id, known)});
        }
    };
    std::optional<Error> failure;
    int done = 0;
    const Epoch epoch = this->epoch();
    // An answer goes into the store in a turn of the event loop that the geos share: a few
    // milliseconds of answers, then the window gets its turn (answers that arrive together
    // would otherwise all go in before the window paints).
    TurnBudget turn;
    startMore();
    while (!pending.empty()) {
        Pending p = std::move(pending.front());
        pending.pop_front();
        startMore();
        PlaneRead read = co_await std::move(p.read);
        co_await turn.pause();
        if (!epoch.current()) {
            next = controlPlaneIds.size(); // stopped: start nothing more, put nothing in
            continue;
        }
        m_status[geo].coreDone = ++done; // looked up again: the hash may change meanwhile
        if (done % 25 == 0 || done == total)
            Q_EMIT geoStatusChanged(geo);
        if (read.unchanged) {
            ++m_unchanged;
            continue;
        }
        if (read.error) {
            // Keep what the store had for this plane rather than show half of it.
            if (!failure)
                failure = read.error;
            continue;
        }
        // One control plane at a time, as its answers come: no long stall on a big fleet.
        m_store->replaceCoreEntitiesOf(p.controlPlaneId, read.partials, read.plugins);
        m_store->setConfigHash(p.controlPlaneId, read.hash);
    }
    co_return failure;
}

QCoro::Task<std::optional<Error>> SyncEngine::syncGlobal() {
    const Epoch epoch = this->epoch();
    auto configurations = co_await m_session->client().configurations();
    if (!epoch.current())
        co_return std::nullopt;
    if (!configurations)
        co_return configurations.error();
    auto caches = co_await m_session->client().managedCaches();
    if (!epoch.current())
        co_return std::nullopt;
    if (!caches)
        co_return caches.error();
    auto networks = co_await m_session->client().networks();
    if (!epoch.current())
        co_return std::nullopt;
    if (!networks)
        co_return networks.error();
    auto accounts = co_await m_session->client().providerAccounts();
    if (!epoch.current())
        co_return std::nullopt;
    if (!accounts)
        co_return accounts.error();
    m_store->replaceProviderAccounts(*accounts);
    m_store->replaceNetworks(*networks);
    // On a large fleet configurations and caches update thousands of rows: put them in a
    // slice at a time, in the turns of the event loop every GUI-thread loop shares, so that
    // the window stays live; then drop what is gone (the slices compared the rest already).
    TurnBudget turn;
    QSet<QString> owners;
    for (qsizetype first = 0; first < configurations->size(); first += m_slice) {
        co_await turn.pause();
        if (!epoch.current())
            co_return std::nullopt;
        m_store->upsertConfigurations(configurations->mid(first, m_slice));
    }
    for (const CloudGatewayConfiguration &c : std::as_const(*configurations))
        owners.insert(c.controlPlaneId);
    co_await turn.pause();
    if (!epoch.current())
        co_return std::nullopt;
    m_store->retainConfigurations(owners);
    owners.clear();
    for (qsizetype first = 0; first < caches->size(); first += m_slice) {
        co_await turn.pause();
        if (!epoch.current())
            co_return std::nullopt;
        m_store->upsertCaches(caches->mid(first, m_slice));
    }
    for (const ManagedCache &c : std::as_const(*caches))
        owners.insert(c.ownerId);
    co_await turn.pause();
    if (!epoch.current())
        co_return std::nullopt;
    m_store->retainCaches(owners);
    // Thousands of configurations and caches: freed elsewhere, not in this turn.
    disposeElsewhere(std::move(configurations));
    disposeElsewhere(std::move(caches));
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
        m_session->transport().setBackgroundAllowance(nullptr);
        Q_EMIT syncFinished(m_allSucceeded);
        if (m_allSucceeded && !m_snapshotPath.isEmpty())
            saveSnapshot();
    }
}

void SyncEngine::saveSnapshot() {
    const quint64 revision = m_store->revision();
    const auto saved = [this](const Status &status) {
        Q_EMIT snapshotSaved(status ? QString() : status.error().message());
    };
    const auto save = [this, revision, saved] {
        m_savedRevision.reset(); // until this save is known to have worked
        QCoro::connect(SnapshotStore::save(m_snapshotPath, m_store->snapshotMaker()), this,
                       [this, revision, saved](const Status &status) {
                           if (status)
                               m_savedRevision = revision;
                           saved(status);
                       });
    };
    if (m_savedRevision != revision) {
        save();
        return;
    }
    // Nothing changed since the file was written or read: only its time moves. A file that
    // is gone or cannot be updated is written whole.
    QCoro::connect(SnapshotStore::confirm(m_snapshotPath, QDateTime::currentDateTimeUtc()), this,
                   [saved, save](const Status &status) {
                       if (status)
                           saved(status);
                       else
                           save();
                   });
}

} // namespace kd
