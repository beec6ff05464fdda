#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

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
        QString cacheId;
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
    // Starts following and writes the operation down.
    void track(const QString &cacheId, const QString &ownerControlPlaneId, const QString &name,
               Operation operation);
    // Follows everything the file lists (after sign-in).
    void resume();
    // Stops following (sign-out); the file keeps the operations for the next time.
    void pause();
    QList<Pending> pending() const { return m_pending.values(); }
    // When the operation on this owner's cache began; invalid when none is tracked.
    QDateTime startedAt(const QString &ownerControlPlaneId) const;
    QString path() const { return m_path; }

Q_SIGNALS:
    // ready: the cache serves its groups (Provision) or is gone (Delete).
    void settled(const QString &ownerControlPlaneId, const QString &name, bool succeeded,
                 const QString &message);
    void pendingChanged();

private:
    void follow(const Pending &pending);
    void finish(const QString &cacheId);
    void load();
    void save() const;

    FleetActions *m_actions;
    FleetStore *m_store;
    QString m_path;
    QHash<QString, Pending> m_pending; // by cache id
    std::chrono::milliseconds m_interval{10000};
    int m_generation = 0; // bumps on pause so that old followers stop reporting
};

} // namespace kd
