#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <coroutine>
#include <deque>
#include <functional>
#include <memory>

namespace kd {

// Coroutines that work through thousands of items on the GUI thread give the event loop a turn
// after every few milliseconds of their work taken together:
//     TurnBudget turn;
//     for (...) { co_await turn.pause(); ...one item... }
// Every TurnBudget of a thread draws on one budget per turn of the event loop, so six geos
// syncing at once stall the window no longer than one does. Answers that come back from the
// network and parse threads resume their coroutines in these turns too (callInTurn), so a
// burst of them is spread over turns instead of running in one.
class TurnBudget {
public:
    TurnBudget() = default;

    // Calls `call` in a turn of this thread's event loop, after those already waiting.
    static void callInTurn(std::function<void()> call) {
        Turns::forThread().enqueue(std::move(call));
    }
    // Whether a turn is running on this thread and has time left: work sliced by its own
    // clock checks this too, so that all of it together keeps to one budget per turn.
    static bool timeLeft() { return Turns::forThread().hasTime(); }

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
        void enqueue(std::function<void()> waiting) {
            m_waiting.push_back(std::move(waiting));
            schedule();
        }

    private:
        // A zero timer, not a posted call (QTimer::singleShot(0) posts one): the event loop
        // fires timers once per pass, so other timers and the window's paints come between two
        // turns, where posted calls could follow one another in the same pass.
        void schedule() {
            if (m_timer && m_timer->isActive())
                return;
            if (!m_timer) {
                // Owned by the application, so that it goes before the event dispatcher does.
                QObject *app = QCoreApplication::instance();
                m_timer =
                    new QTimer(app && app->thread() == QThread::currentThread() ? app : nullptr);
                m_timer->setSingleShot(true);
                m_timer->setInterval(0);
                QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] { run(); });
            }
            m_timer->start();
        }
        void run() {
            m_running = true;
            m_turn.start();
            // Those that asked first go first; one that asks again while time is left goes on.
            for (auto n = m_waiting.size(); n > 0 && hasTime(); --n) {
                const std::function<void()> next = std::move(m_waiting.front());
                m_waiting.pop_front();
                next();
            }
            m_running = false;
            if (!m_waiting.empty())
                schedule();
        }

        QElapsedTimer m_turn;
        QPointer<QTimer> m_timer;
        std::deque<std::function<void()>> m_waiting;
        bool m_running = false;
    };

    struct Wait {
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> waiting) {
            Turns::forThread().enqueue([waiting] { waiting.resume(); });
        }
        void await_resume() const noexcept {}
    };
};

// Work an object slices by itself (a slice per turn, rescheduled while work is left), run in
// the turns of TurnBudget: schedule() asks for one call in a turn, however often it is asked;
// none comes once the task is gone.
class TurnTask {
public:
    explicit TurnTask(std::function<void()> run)
        : m_state(std::make_shared<State>(State{std::move(run)})) {}
    TurnTask(const TurnTask &) = delete;
    TurnTask &operator=(const TurnTask &) = delete;

    void schedule() {
        if (std::exchange(m_state->scheduled, true))
            return;
        // The turn holds the state weakly: a task gone before its turn is not called.
        TurnBudget::callInTurn([weak = std::weak_ptr(m_state)] {
            if (const auto state = weak.lock()) {
                state->scheduled = false;
                state->run();
            }
        });
    }
    bool isScheduled() const { return m_state->scheduled; }

private:
    struct State {
        std::function<void()> run;
        bool scheduled = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace kd
