#pragma once

#include <QElapsedTimer>
#include <qcoro/qcorotask.h>
#include <qcoro/qcorotimer.h>

#include <chrono>

namespace kd {

// A coroutine that works through thousands of items on the GUI thread gives the event loop
// a turn after every few milliseconds of work:
//     TurnBudget turn;
//     for (...) { co_await turn.pause(); ...one item... }
class TurnBudget {
public:
    explicit TurnBudget(std::chrono::milliseconds budget = std::chrono::milliseconds(4))
        : m_budgetMs(budget.count()) {
        m_busy.start();
    }

    // Returns at once while the budget lasts; otherwise after one turn of the event loop.
    QCoro::Task<> pause() {
        if (m_busy.elapsed() < m_budgetMs)
            co_return;
        co_await QCoro::sleepFor(std::chrono::milliseconds(0));
        m_busy.restart();
    }

private:
    QElapsedTimer m_busy;
    qint64 m_budgetMs;
};

} // namespace kd
