#pragma once

#include "client/Result.h"
#include "client/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <qcoro/qcorotask.h>

namespace kd {

// What the store held after a successful sync: shown at once on the next start, and all
// there is when Konnect cannot be reached. Never holds a token.
struct SnapshotData {
    QDateTime savedAt;
    QList<ControlPlane> controlPlanes;
    QList<CloudGatewayConfiguration> configurations;
    QList<ManagedCache> caches;
    QList<Network> networks;
    QList<ProviderAccount> accounts;
    QList<Partial> partials;
    QList<Plugin> plugins;
};

// A SQLite file per profile under the user's cache location. Reading and writing run on a
// worker thread so that a large fleet never blocks the GUI.
class SnapshotStore final {
public:
    // The inventory (control planes, gateways, caches, networks) is shown first; plugins and
    // partials, by far the most rows, follow.
    enum class Part { Everything, Inventory, CoreEntities };

    static QString pathFor(const QString &profileName);

    static QCoro::Task<Status> save(QString path, SnapshotData data);
    static QCoro::Task<Result<SnapshotData>> load(QString path, Part part = Part::Everything);

    // The blocking halves, for the worker thread (and tests).
    static Status write(const QString &path, const SnapshotData &data);
    static Result<SnapshotData> read(const QString &path, Part part = Part::Everything);
};

class FleetStore;
// Puts a snapshot's plugins and partials into the store a few control planes at a time,
// yielding to the event loop in between; planes that a live sync has filled are left alone.
QCoro::Task<> restoreCoreEntitiesGradually(FleetStore *store, SnapshotData data);

} // namespace kd
