#include "fleet/NodeVersions.h"

#include "client/KonnectClient.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"

namespace kd {

NodeVersions::NodeVersions(Session *session, FleetStore *store, SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_clock([] { return std::chrono::steady_clock::now(); }) {
    if (sync)
        connect(sync, &SyncEngine::syncFinished, this, [this] { readDue(); });
    connect(session, &Session::signedInChanged, this, [this](bool signedIn) {
        if (!signedIn)
            stop();
    });
    connect(store, &FleetStore::controlPlanesRemoved, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            m_readAt.remove(id);
            m_failures.remove(id);
            m_queue.removeAll(id);
            m_store->setNodesOf(id, {});
        }
    });
}

NodeVersions::~NodeVersions() {
    ++*m_epoch;
}

void NodeVersions::stop() {
    ++*m_epoch;
    const bool wasReading = reading();
    m_queue.clear();
    m_workers = 0;
    m_readAt.clear();
    if (wasReading)
        Q_EMIT roundFinished();
}

int NodeVersions::readDue() {
    if (!m_session->transport().hasToken())
        return 0;
    const auto now = m_clock();
    int queued = 0;
    for (const QString &id : m_store->controlPlaneIds()) {
        if (!m_store->configurationOf(id) || m_queue.contains(id))
            continue;
        const auto last = m_readAt.constFind(id);
        if (last != m_readAt.cend() && now - *last < rereadAfter)
            continue;
        m_readAt.insert(id, now);
        m_queue.append(id);
        ++queued;
    }
    const Epoch at{m_epoch, *m_epoch};
    while (m_workers < parallelReads && m_workers < m_queue.size()) {
        ++m_workers;
        QCoro::connect(work(at), this, [] {});
    }
    return queued;
}

QCoro::Task<> NodeVersions::work(Epoch at) {
    while (at.current() && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        const ControlPlane *plane = m_store->controlPlane(id);
        if (!plane)
            continue;
        const auto nodes = co_await m_session->client().nodes(plane->geo, id, Priority::Background);
        if (!at.current())
            co_return; // stopped or gone: touch nothing
        ++m_reads;
        if (nodes) {
            m_failures.remove(id);
            m_store->setNodesOf(id, *nodes);
        } else {
            m_failures.insert(id, nodes.error().message());
        }
    }
    if (!at.current())
        co_return;
    if (--m_workers == 0)
        Q_EMIT roundFinished();
}

} // namespace kd
