#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <functional>
#include <memory>

namespace kd {

class FleetStore;
class Session;
class SyncEngine;

// Reads the data-plane nodes of the control planes that have a cloud gateway configuration
// into the store (FleetStore::setNodesOf), so that the advisor can compare the gateway
// versions they report: the configuration has one `version` for all its groups and the API
// gives a group none [SPEC cloud-gateways-v2 ConfigurationDataPlaneGroup], but each node says
// what it runs [SPEC control-planes-config-v2 list-nodes: `version`, `hostname`, `last_ping`].
// After every sync round, at background priority, a few planes at a time, and each plane at
// most once per `rereadAfter`.
class NodeVersions final : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::minutes rereadAfter{10};
    static constexpr int parallelReads = 4;
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    // Null `sync`: nothing reads by itself, only readDue() does.
    NodeVersions(Session *session, FleetStore *store, SyncEngine *sync, QObject *parent = nullptr);
    ~NodeVersions() override;

    // Queues the planes with a configuration not read within `rereadAfter`; returns how many.
    int readDue();
    // Reads under way or queued.
    bool reading() const { return m_workers > 0 || !m_queue.isEmpty(); }
    // How many reads were answered since this object was made (for reports).
    int readsDone() const { return m_reads; }
    // The planes whose last read failed, with what went wrong.
    const QHash<QString, QString> &failures() const { return m_failures; }
    // Signed out, another organisation: stops reading and forgets when planes were read.
    void stop();
    void setClock(Clock clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    // What readDue() queued has been read (or failed); reading() is false.
    void roundFinished();

private:
    struct Epoch {
        std::shared_ptr<const int> counter;
        int at = 0;
        bool current() const { return *counter == at; }
    };
    QCoro::Task<> work(Epoch at);

    Session *m_session;
    FleetStore *m_store;
    Clock m_clock;
    QHash<QString, std::chrono::steady_clock::time_point> m_readAt; // plane -> when last asked
    QStringList m_queue;
    int m_workers = 0;
    int m_reads = 0;
    QHash<QString, QString> m_failures;
    std::shared_ptr<int> m_epoch = std::make_shared<int>(0);
};

} // namespace kd
