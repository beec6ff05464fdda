#pragma once

// Internal to client/: work done on another thread comes back to the awaiting coroutine as
// one posted event on its owner's thread (not the handful a QFutureWatcher or a QNetworkReply
// posts), so that a sync of thousands of requests costs the GUI thread one small event each.

#include "client/TurnBudget.h"

#include <QMetaObject>
#include <QObject>

#include <coroutine>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace kd::handoff {

// Posts calls to `target`'s thread for as long as its owner lives. Other threads may post at
// any time; the owner closes the relay before it goes, after which posts are dropped (a
// coroutine waiting on one is then never resumed: its owner is gone).
class Relay final {
public:
    explicit Relay(QObject *target)
        : m_target(target) {}

    void post(std::function<void()> call) {
        const std::lock_guard lock(m_mutex);
        if (m_target)
            QMetaObject::invokeMethod(m_target, std::move(call), Qt::QueuedConnection);
    }
    void close() {
        const std::lock_guard lock(m_mutex);
        m_target = nullptr;
    }
    bool isOpen() {
        const std::lock_guard lock(m_mutex);
        return m_target != nullptr;
    }

private:
    std::mutex m_mutex;
    QObject *m_target;
};

// co_await it: `launch(deliver)` hands the work to another thread, which calls deliver(result)
// once; the coroutine resumes on the relay's thread with the result, in a turn of the
// thread's TurnBudget: answers that arrive together do not stall the thread together. Name the
// awaiter before awaiting it (GCC 12 destroys temporaries of a co_await expression twice).
template <typename R>
class Awaiter final {
public:
    using Deliver = std::function<void(R)>;

    Awaiter(std::shared_ptr<Relay> relay, std::function<void(Deliver)> launch)
        : m_relay(std::move(relay))
        , m_launch(std::move(launch)) {}

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> awaiting) {
        m_launch([this, awaiting](R result) {
            // Written here, read after the posted event: the event queue orders the two.
            m_result.emplace(std::move(result));
            m_relay->post([awaiting, relay = std::weak_ptr(m_relay)] {
                // The owner may go between the post and the turn: then nobody waits any more.
                TurnBudget::callInTurn([awaiting, relay] {
                    if (const auto open = relay.lock(); open && open->isOpen())
                        awaiting.resume();
                });
            });
        });
    }
    R await_resume() { return std::move(*m_result); }

private:
    std::shared_ptr<Relay> m_relay;
    std::function<void(Deliver)> m_launch;
    std::optional<R> m_result;
};

} // namespace kd::handoff
