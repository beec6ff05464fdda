#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <memory>
#include <optional>

namespace kd {

class FleetActions;
class FleetStore;
class Session;

// The one owner of background follows of long Konnect operations (a managed cache, or a
// control plane's data-plane groups, on their way to ready): at most one follower per id, all
// stopped on stopAll() (pause, sign-out), when the session loses its token and when the owner
// goes. A stopped follower sends nothing more and touches nothing more.
class Followers final : public QObject {
    Q_OBJECT
public:
    enum class End { Settled, AlreadyFollowed, Stopped, GaveUp };
    Q_ENUM(End)
    // Konnect takes about 15 minutes; a follow still unsettled after this gives up.
    static constexpr std::chrono::hours deadline{2};

    Followers(Session *session, FleetStore *store, FleetActions *actions,
              QObject *parent = nullptr);
    ~Followers() override;

    // Reads the cache every `interval` until it is ready, failed or gone.
    QCoro::Task<End> followCache(QString cacheId, QString ownerControlPlaneId,
                                 std::chrono::milliseconds interval);
    // Reads the control plane's configuration every `interval` until each group is ready or
    // failed.
    QCoro::Task<End> followConfiguration(QString controlPlaneId,
                                         std::chrono::milliseconds interval);
    bool following(const QString &id) const { return m_running.contains(id); }
    int count() const { return static_cast<int>(m_running.size()); }
    void stopAll();

Q_SIGNALS:
    // ready: the cache serves its groups; !ready: it failed or is gone (`gone`).
    void cacheSettled(const QString &cacheId, const QString &ownerControlPlaneId, bool ready,
                      bool gone);
    void configurationSettled(const QString &controlPlaneId);
    // The deadline passed before the operation settled.
    void gaveUp(const QString &id);

private:
    // Which generation of followers a coroutine belongs to; it outlives the owner, so a
    // coroutine checks it after every await before it touches the owner again.
    struct Epoch {
        std::shared_ptr<const int> counter;
        int at = 0;
        bool current() const { return *counter == at; }
    };
    Epoch epoch() const { return {m_epoch, *m_epoch}; }
    bool mayRequest() const;
    // Registers `id` (unless followed already) and returns when it is, or how it ended.
    std::optional<End> begin(const QString &id);
    // Waits one interval; says how the follow ends when it may not go on asking.
    QCoro::Task<std::optional<End>> tick(QString id, Epoch at, std::chrono::milliseconds interval);

    Session *m_session;
    FleetStore *m_store;
    FleetActions *m_actions;
    QHash<QString, std::chrono::steady_clock::time_point> m_running; // id -> deadline
    std::shared_ptr<int> m_epoch = std::make_shared<int>(0);
};

} // namespace kd
