#pragma once

#include "client/Result.h"
#include "client/Types.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>

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
    // For writing only: plugins as the store holds them, shared rather than copied (a copy of
    // 60,000 took ~20 MB while the file was written); written after `plugins`.
    QList<std::shared_ptr<const Plugin>> sharedPlugins;
    QHash<QString, QString> configHashes; // control plane id -> expected config hash
};

// What start-up found of a save that a crash or kill interrupted before it replaced the
// previous snapshot.
struct SnapshotRecovery {
    enum class Outcome {
        Nothing,   // no interrupted save
        Recovered, // its file was complete and now is the snapshot
        Discarded, // its file was incomplete and was removed; the previous snapshot stands
        Failed,    // its file could be neither put in place nor removed
    };
    Outcome outcome = Outcome::Nothing;
    QString message; // for a person: what happened and what to do; empty for Nothing
};

// A snapshot as start-up finds it, after an interrupted save was finished or cleaned up.
struct SnapshotOpening {
    SnapshotRecovery recovery;
    bool found = false; // there is a snapshot file (data says whether it could be read)
    Result<SnapshotData> data;
};

// A SQLite file per profile under the user's cache location, readable by the user only.
// Reading and writing run on a worker thread so that a large fleet never blocks the GUI.
// A save writes a new file beside the old one and renames it over the old one, so a save
// interrupted at any point leaves either the old or the new snapshot in place.
class SnapshotStore final {
public:
    // The inventory (control planes, gateways, caches, networks) is shown first; plugins and
    // partials, by far the most rows, follow.
    enum class Part { Everything, Inventory, CoreEntities };

    static QString pathFor(const QString &profileName);
    // Where a save writes before it replaces the snapshot at `path`.
    static QString temporaryPathFor(const QString &path);

    // `make` runs on the worker too: building a large fleet's data takes tens of milliseconds.
    static QCoro::Task<Status> save(QString path, std::function<SnapshotData()> make);
    // A sync that changed nothing: the snapshot at `path` still holds the fleet, and only its
    // time moves to `checkedAt` (one row, in SQLite's own crash-safe transaction) instead of
    // writing 60,000 plugins again.
    static QCoro::Task<Status> confirm(QString path, QDateTime checkedAt);
    static QCoro::Task<Result<SnapshotData>> load(QString path, Part part = Part::Everything);
    // Call before load() on start: finishes or cleans up a save that was interrupted.
    static QCoro::Task<SnapshotRecovery> recover(QString path);
    // On start: recover(), then load() when there is a snapshot, in one trip to a worker.
    static QCoro::Task<SnapshotOpening> open(QString path, Part part = Part::Everything);

    // The blocking halves, for the worker thread (and tests).
    static Status write(const QString &path, const SnapshotData &data);
    static Status confirmNow(const QString &path, const QDateTime &checkedAt);
    static Result<SnapshotData> read(const QString &path, Part part = Part::Everything);
    static SnapshotRecovery recoverNow(const QString &path);
};

class FleetStore;
// Puts a snapshot's plugins and partials into the store a few control planes at a time,
// yielding to the event loop in between; planes that a live sync has filled are left alone.
QCoro::Task<> restoreCoreEntitiesGradually(FleetStore *store, SnapshotData data);

} // namespace kd
