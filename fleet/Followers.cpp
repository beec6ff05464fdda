#include "fleet/Followers.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"

#include <qcoro/qcorotimer.h>

#include <algorithm>

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

QCoro::Task<Followers::End> Followers::followCache(QString cacheId, QString ownerControlPlaneId,
                                                   std::chrono::milliseconds interval) {
    if (m_running.contains(cacheId))
        co_return End::AlreadyFollowed;
    const Epoch at = epoch();
    const auto until = std::chrono::steady_clock::now() + deadline;
    m_running.insert(cacheId, until);
    while (true) {
        co_await QCoro::sleepFor(interval);
        if (!at.current())
            co_return End::Stopped;
        if (!mayRequest()) {
            m_running.remove(cacheId);
            co_return End::Stopped;
        }
        if (std::chrono::steady_clock::now() >= until) {
            m_running.remove(cacheId);
            Q_EMIT gaveUp(cacheId);
            co_return End::GaveUp;
        }
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
            co_await m_actions->refreshCoreEntities(ownerControlPlaneId); // Konnect's partial
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
    if (m_running.contains(controlPlaneId))
        co_return End::AlreadyFollowed;
    const Epoch at = epoch();
    const auto until = std::chrono::steady_clock::now() + deadline;
    m_running.insert(controlPlaneId, until);
    while (true) {
        co_await QCoro::sleepFor(interval);
        if (!at.current())
            co_return End::Stopped;
        if (!mayRequest()) {
            m_running.remove(controlPlaneId);
            co_return End::Stopped;
        }
        if (std::chrono::steady_clock::now() >= until) {
            m_running.remove(controlPlaneId);
            Q_EMIT gaveUp(controlPlaneId);
            co_return End::GaveUp;
        }
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
