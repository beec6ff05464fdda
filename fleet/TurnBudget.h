#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <coroutine>
#include <deque>

namespace kd {

// Coroutines that work through thousands of items on the GUI thread give the event loop a turn
// after every few milliseconds of their work taken together:
//     TurnBudget turn;
//     for (...) { co_await turn.pause(); ...one item... }
// Every TurnBudget of a thread draws on one budget per turn of the event loop, so six geos
// syncing at once stall the window no longer than one does.
class TurnBudget {
public:
    TurnBudget() = default;

    // Returns at once while this turn's budget lasts; otherwise in a later turn, in the order
    // the coroutines asked.
    QCoro::Task<> pause() {
        if (Turns::forThread().hasTime())
            co_return;
        co_await Wait{};
    }

private:
    static constexpr qint64 budgetNs = 4'000'000;

    // The coroutines waiting for a turn on this thread, resumed by one zero timer per turn.
    class Turns {
    public:
        static Turns &forThread() {
            thread_local Turns turns;
            return turns;
        }
        bool hasTime() const { return m_running && m_turn.nsecsElapsed() < budgetNs; }
        void enqueue(std::coroutine_handle<> waiting) {
            m_waiting.push_back(waiting);
            schedule();
        }

    private:
        void schedule() {
            if (std::exchange(m_scheduled, true))
                return;
            QTimer::singleShot(0, [this] { run(); });
        }
        void run() {
            m_scheduled = false;
            m_running = true;
            m_turn.start();
            // Those that asked first go first; one that asks again while time is left goes on.
            for (auto n = m_waiting.size(); n > 0 && hasTime(); --n) {
                const std::coroutine_handle<> next = m_waiting.front();
                m_waiting.pop_front();
                next.resume();
            }
            m_running = false;
            if (!m_waiting.empty())
                schedule();
        }

        QElapsedTimer m_turn;
        std::deque<std::coroutine_handle<>> m_waiting;
        bool m_running = false;
        bool m_scheduled = false;
    };

    struct Wait {
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> waiting) { Turns::forThread().enqueue(waiting); }
        void await_resume() const noexcept {}
    };
};

} // namespace kd
