#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <deque>

namespace kd {

enum class Priority { User, Background };

// One budget for every caller of the transport: at most `concurrency` calls in flight, an
// optional per-token rate, user actions served before background sync, and a pause when
// Konnect says 429. The analytics endpoint's 10-a-minute limit is tracked on its own so the
// telemetry scheduler can plan around it.
class RequestBudget final : public QObject {
    Q_OBJECT
public:
    explicit RequestBudget(QObject *parent = nullptr);

    void setConcurrency(int calls);
    void setRatePerMinute(int calls); // 0: no client-side rate
    void setAnalyticsPerMinute(int queries);
    int concurrency() const { return m_concurrency; }
    int inFlight() const { return m_inFlight; }
    int waiting() const { return static_cast<int>(m_user.size() + m_background.size()); }

    // Waits for a slot. Analytics calls also wait for an analytics slot.
    QCoro::Task<> acquire(Priority priority, bool analytics);
    void release();
    // Konnect said 429: nobody sends until `until` (analytics only, when analytics).
    void pauseUntil(const QDateTime &until, bool analytics);

    int analyticsLeft() const;           // queries allowed right now
    QDateTime nextAnalyticsSlot() const; // when the next one is allowed
    QDateTime pausedUntil() const { return m_pausedUntil; }

Q_SIGNALS:
    void analyticsBudgetChanged();
    // Konnect asked everyone to wait (Retry-After) until pausedUntil().
    void pausedUntilChanged(const QDateTime &until);
    void slotFreed(); // internal: wakes waiters

private:
    struct Waiter;
    bool mayStart(bool analytics) const;
    void wakeWaiters();
    void prune() const;
    void scheduleWake(qint64 inMs);

    int m_concurrency = 6;
    int m_ratePerMinute = 0;
    int m_analyticsPerMinute = 10;
    int m_inFlight = 0;
    QDateTime m_pausedUntil;
    QDateTime m_analyticsPausedUntil;
    mutable std::deque<qint64> m_recent;          // start times, for the rate
    mutable std::deque<qint64> m_recentAnalytics; // start times of analytics queries
    std::deque<Waiter *> m_user;
    std::deque<Waiter *> m_background;
    QTimer m_wake;
};

} // namespace kd
