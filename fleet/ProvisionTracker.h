#pragma once

#include "client/Result.h"
#include "client/Types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <qcoro/qcorotask.h>

#include <chrono>

namespace kd {

class FleetActions;
class FleetStore;

// Managed caches on their way up (about 15 minutes) or down, kept in a file so that a
// restart picks them up again; says when each one is ready, has failed or is gone. The file
// holds ids and names only, never a token.
class ProvisionTracker final : public QObject {
    Q_OBJECT
public:
    enum class Operation { Provision, Delete };
    Q_ENUM(Operation)
    struct Pending {
        QString cacheId; // empty: the POST was sent, its answer is not in yet (an intent)
        QString ownerControlPlaneId;
        QString name;
        Operation operation = Operation::Provision;
        QDateTime startedAt;
    };

    ProvisionTracker(FleetActions *actions, FleetStore *store, QString path,
                     QObject *parent = nullptr);

    // The file of a profile under the user's data location.
    static QString pathFor(const QString &profileName);
    // How long provisioning takes by Konnect's documentation.
    static constexpr std::chrono::minutes expectedDuration{15};

    void setFollowInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    // POSTs the cache and follows it to ready. The intent is written down before the POST, so
    // the cache is found and followed whatever happens to the caller (a cancelled wizard, a
    // quit): its answer is handled here, and a restart looks the cache up.
    QCoro::Task<Result<ManagedCache>> provision(QString controlPlaneId, Geo geo, QString name,
                                                CacheTier tier);
    // Starts following and writes the operation down.
    void track(const QString &cacheId, const QString &ownerControlPlaneId, const QString &name,
               Operation operation);
    // Follows everything the file lists (after sign-in).
    void resume();
    // Stops following (sign-out); the file keeps the operations for the next time.
    void pause();
    QList<Pending> pending() const { return m_pending.values(); }
    // A provision whose POST has no answer yet on this owner.
    bool intentPending(const QString &ownerControlPlaneId) const {
        return m_pending.contains(intentKey(ownerControlPlaneId));
    }
    // When the operation on this owner's cache began; invalid when none is tracked.
    QDateTime startedAt(const QString &ownerControlPlaneId) const;
    QString path() const { return m_path; }

Q_SIGNALS:
    // ready: the cache serves its groups (Provision) or is gone (Delete).
    void settled(const QString &ownerControlPlaneId, const QString &name, bool succeeded,
                 const QString &message);
    void pendingChanged();
    // A provisioned cache is ready; `partialId` is the Redis configuration Konnect made for it
    // (what plugins link), empty if the store has not read it yet.
    void cacheReady(const QString &ownerControlPlaneId, const QString &name,
                    const QString &partialId);

private:
    static QString intentKey(const QString &owner) { return QStringLiteral("intent:") + owner; }
    void follow(const Pending &pending);
    // A provision interrupted before its answer: follow the cache if Konnect made one.
    void findIntended(const Pending &intent);
    void onCacheSettled(const QString &cacheId, const QString &ownerControlPlaneId);
    void finish(const QString &key);
    void load();
    void save() const;

    FleetActions *m_actions;
    FleetStore *m_store;
    QString m_path;
    QHash<QString, Pending> m_pending; // by cache id, or intentKey(owner) for an intent
    std::chrono::milliseconds m_interval{10000};
};

} // namespace kd
