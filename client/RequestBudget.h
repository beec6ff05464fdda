#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <deque>

namespace kd {

enum class Priority { User, Background };

// One budget for every caller of the transport: calls in flight per host, an optional
// per-token rate, user actions served before background sync, and a pause when Konnect says
// 429 with Retry-After. The analytics endpoint's 10-a-minute limit is tracked on its own so
// the telemetry scheduler can plan around it.
//
// Calls in flight adapt per host (AIMD, as TCP does): a host starts at a few, gains one per
// answer while nothing was refused (slow start), then one per window of answers, as long as
// answers come back without 429/503 and their latency stays near the fastest seen; a 429 or
// 503 halves it (once per round trip), within [1, ceiling].
class RequestBudget final : public QObject {
    Q_OBJECT
public:
    // What an answer says about the host's load.
    enum class Feedback { Fine, Overloaded, Neutral };

    explicit RequestBudget(QObject *parent = nullptr);

    // A fixed limit for every host: no adaptation (tests, benchmarks, a cautious user).
    void setConcurrency(int calls);
    // Adapt between 1 and `ceiling`, each host starting at `initial`.
    void setAdaptive(int initial, int ceiling);
    void setRatePerMinute(int calls); // 0: no client-side rate
    void setAnalyticsPerMinute(int queries);
    // The current limit of a host.
    int concurrency(int host) const;
    int ceiling() const { return m_ceiling; }
    int maxConcurrencyReached() const { return m_maxReached; }
    int inFlight() const { return m_inFlight; }
    int waiting() const { return static_cast<int>(m_user.size() + m_background.size()); }

    // Waits for a slot on `host`. Analytics calls also wait for an analytics slot.
    QCoro::Task<> acquire(Priority priority, bool analytics, int host = 0);
    void release(int host = 0, Feedback feedback = Feedback::Neutral, qint64 latencyMs = 0);
    // Konnect said 429: nobody sends until `until` (analytics only, when analytics).
    void pauseUntil(const QDateTime &until, bool analytics);
    // A host said 429 without saying how long: it gets no calls for a while.
    void pauseHost(int host, std::chrono::milliseconds pause);

    int analyticsLeft() const;           // queries allowed right now
    QDateTime nextAnalyticsSlot() const; // when the next one is allowed
    QDateTime pausedUntil() const { return m_pausedUntil; }

    static constexpr int defaultInitial = 4;
    static constexpr int defaultCeiling = 32;

Q_SIGNALS:
    void analyticsBudgetChanged();
    // Konnect asked everyone to wait (Retry-After) until pausedUntil().
    void pausedUntilChanged(const QDateTime &until);

private:
    struct Waiter;
    struct Host {
        double limit = defaultInitial;
        int inFlight = 0;
        bool slowStart = true;
        qint64 fastestMs = -1;
        qint64 lastDecrease = 0; // ms since epoch
        qint64 pausedUntil = 0;  // ms since epoch
    };
    Host &host(int id);
    bool mayStart(bool analytics, int host) const;
    bool generalPause() const;
    void wakeWaiters();
    void prune() const;
    void scheduleWake(qint64 inMs);
    void adapt(Host &host, Feedback feedback, qint64 latencyMs);

    bool m_adaptive = true;
    int m_initial = defaultInitial;
    int m_ceiling = defaultCeiling;
    int m_maxReached = defaultInitial;
    int m_ratePerMinute = 0;
    int m_analyticsPerMinute = 10;
    int m_inFlight = 0;
    QHash<int, Host> m_hosts;
    QDateTime m_pausedUntil;
    QDateTime m_analyticsPausedUntil;
    mutable std::deque<qint64> m_recent;          // start times, for the rate
    mutable std::deque<qint64> m_recentAnalytics; // start times of analytics queries
    std::deque<Waiter *> m_user;
    std::deque<Waiter *> m_background;
    QTimer m_wake;
};

} // namespace kd
