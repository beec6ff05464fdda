#include "fleet/Followers.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"

#include <qcoro/qcorotimer.h>

#include <algorithm>
#include <tuple>

namespace kd {

Followers::Followers(Session *session, FleetStore *store, FleetActions *actions, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_actions(actions) {
    // Signed out: no follower may send a request without a token.
    connect(session, &Session::signedInChanged, this, [this](bool signedIn) {
        if (!signedIn)
            stopAll();
    });
}

Followers::~Followers() {
    ++*m_epoch;
}

void Followers::stopAll() {
    ++*m_epoch;
    m_running.clear();
}

bool Followers::mayRequest() const {
    return m_session->transport().hasToken();
}

std::optional<Followers::End> Followers::begin(const QString &id) {
    if (m_running.contains(id))
        return End::AlreadyFollowed;
    m_running.insert(id, std::chrono::steady_clock::now() + deadline);
    return std::nullopt;
}

QCoro::Task<std::optional<Followers::End>> Followers::tick(QString id, Epoch at,
                                                           std::chrono::milliseconds interval) {
    co_await QCoro::sleepFor(interval);
    if (!at.current())
        co_return End::Stopped; // the owner may be gone: touch nothing
    if (!mayRequest()) {
        m_running.remove(id);
        co_return End::Stopped;
    }
    if (std::chrono::steady_clock::now() >= m_running.value(id)) {
        m_running.remove(id);
        Q_EMIT gaveUp(id);
        co_return End::GaveUp;
    }
    co_return std::nullopt;
}

QCoro::Task<Followers::End> Followers::followCache(QString cacheId, QString ownerControlPlaneId,
                                                   std::chrono::milliseconds interval) {
    if (const auto ended = begin(cacheId))
        co_return *ended;
    const Epoch at = epoch();
    while (true) {
        if (const auto ended = co_await tick(cacheId, at, interval))
            co_return *ended;
        auto cache = co_await m_session->client().managedCache(cacheId);
        if (!at.current())
            co_return End::Stopped;
        if (!cache) {
            if (cache.error().status() != 404)
                continue; // a failed read is retried on the next tick
            m_store->removeCache(ownerControlPlaneId);
            m_running.remove(cacheId);
            Q_EMIT cacheSettled(cacheId, ownerControlPlaneId, false, true);
            co_return End::Settled;
        }
        m_store->upsertCache(*cache);
        const CacheState state = cache->state.value;
        if (state != CacheState::Ready && state != CacheState::Error)
            continue;
        if (state == CacheState::Ready) {
            // Konnect made its partial; if reading it fails, the next sync shows it.
            std::ignore = co_await m_actions->refreshCoreEntities(ownerControlPlaneId);
            if (!at.current())
                co_return End::Stopped;
        }
        m_running.remove(cacheId);
        Q_EMIT cacheSettled(cacheId, ownerControlPlaneId, state == CacheState::Ready, false);
        co_return End::Settled;
    }
}

QCoro::Task<Followers::End> Followers::followConfiguration(QString controlPlaneId,
                                                           std::chrono::milliseconds interval) {
    if (const auto ended = begin(controlPlaneId))
        co_return *ended;
    const Epoch at = epoch();
    while (true) {
        if (const auto ended = co_await tick(controlPlaneId, at, interval))
            co_return *ended;
        auto read =
            co_await m_session->client().configurations(Priority::Background, controlPlaneId);
        if (!at.current())
            co_return End::Stopped;
        if (!read || read->isEmpty())
            continue; // a failed read is retried on the next tick
        m_store->upsertConfiguration(read->constFirst());
        const auto &groups = read->constFirst().groups;
        const bool settled = std::all_of(groups.begin(), groups.end(), [](const DataPlaneGroup &g) {
            return g.state.value == GroupState::Ready || g.state.value == GroupState::Error;
        });
        if (settled) {
            m_running.remove(controlPlaneId);
            Q_EMIT configurationSettled(controlPlaneId);
            co_return End::Settled;
        }
    }
}

} // namespace kd
