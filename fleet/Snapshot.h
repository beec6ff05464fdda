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
    static QString pathFor(const QString &profileName);

    static QCoro::Task<Status> save(QString path, SnapshotData data);
    static QCoro::Task<Result<SnapshotData>> load(QString path);

    // The blocking halves, for the worker thread (and tests).
    static Status write(const QString &path, const SnapshotData &data);
    static Result<SnapshotData> read(const QString &path);
};

} // namespace kd
