#pragma once

#include "client/Error.h"
#include "client/Geo.h"
#include "client/Transport.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace kd {

class FleetStore;
class Session;

struct GeoStatus {
    enum class State { Idle, Syncing, InSync, Failed };
    State state = State::Idle;
    QDateTime lastSuccess;
    std::optional<Error> error;
    int controlPlanes = 0;
    // Plugins and partials are read per control plane: how many of them are done.
    int coreDone = 0;
    int coreTotal = 0;
};

// Reads every geo in parallel into the store, first in full and then every interval. Each
// geo succeeds or fails on its own; the global host (cloud gateways) counts as one more.
class SyncEngine final : public QObject {
    Q_OBJECT
public:
    SyncEngine(Session *session, FleetStore *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setInterval(std::chrono::seconds interval);
    std::chrono::seconds interval() const;
    void start();
    // Stops refreshing; a sync under way ends without touching the store (the store may
    // be cleared for another organisation).
    void stop();
    // Reads everything now, plugins and partials of every control plane included.
    void refreshNow();
    // Reads the lists, and plugins and partials only of control planes whose expected config
    // hash moved since they were read (one small request per plane): the periodic refresh.
    void refreshChanged();
    bool running() const { return m_pending > 0; }
    // How many configurations or caches go into the store per turn of the event loop.
    void setSliceSize(int size) { m_slice = std::max(1, size); }

    QList<Geo> geos() const; // the profile's regional geos plus Global
    GeoStatus status(Geo geo) const { return m_status.value(geo); }
    int requestsMade() const { return m_requests; }
    // Control planes whose plugins and partials the last sync left alone: hash unchanged.
    int unchangedPlanes() const { return m_unchanged; }
    // The last sync's requests, retries and 429s (its allowance), for reports.
    std::shared_ptr<const SyncAllowance> lastAllowance() const { return m_allowance; }
    // Save the store here after every fully successful sync (empty: no snapshot).
    void setSnapshotPath(const QString &path) { m_snapshotPath = path; }

Q_SIGNALS:
    void geoStatusChanged(kd::Geo geo);
    void syncStarted();
    void syncFinished(bool allSucceeded);
    void snapshotSaved(const QString &error); // empty when it worked

private:
    enum class Depth { Full, Changed };
    void refresh(Depth depth);
    QCoro::Task<std::optional<Error>> syncRegional(Geo geo, Depth depth);
    QCoro::Task<std::optional<Error>> syncCoreEntities(Geo geo, QStringList controlPlaneIds,
                                                       Depth depth);
    QCoro::Task<std::optional<Error>> syncGlobal();
    void finishGeo(Geo geo, const std::optional<Error> &error);
    // Which sync a coroutine belongs to. It outlives the engine (a coroutine may resume after
    // the engine is gone), so a coroutine checks it before it touches the engine again.
    struct Epoch {
        std::shared_ptr<const int> counter;
        int at = 0;
        bool current() const { return *counter == at; }
    };
    Epoch epoch() const { return {m_epoch, *m_epoch}; }

    Session *m_session;
    FleetStore *m_store;
    QTimer m_timer;
    QHash<Geo, GeoStatus> m_status;
    int m_pending = 0;
    bool m_allSucceeded = true;
    int m_requests = 0;
    QString m_snapshotPath;
    // The store's revision the snapshot file holds: 0 for one restored from it (restoring
    // does not move the revision), unknown after a failed save.
    std::optional<quint64> m_savedRevision = 0;
    void saveSnapshot();
    int m_unchanged = 0;
    int m_slice = 25;
    // Moves on stop() and when the engine goes: what a stopped sync reads is dropped.
    std::shared_ptr<int> m_epoch = std::make_shared<int>(0);
    std::shared_ptr<SyncAllowance> m_allowance = std::make_shared<SyncAllowance>();
};

} // namespace kd
