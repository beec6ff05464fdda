#include "client/RequestBudget.h"

#include <qcoro/qcorosignal.h>

#include <algorithm>
#include <cmath>

namespace kd {

namespace {
constexpr qint64 minuteMs = 60000;
}

struct RequestBudget::Waiter final : public QObject {
    Q_OBJECT
public:
    Waiter(RequestBudget *budget, bool analytics, int host)
        : m_budget(budget)
        , analytics(analytics)
        , host(host) {}
    ~Waiter() override {
        // A waiting coroutine that is destroyed leaves the queue.
        for (auto *queue : {&m_budget->m_user, &m_budget->m_background})
            queue->erase(std::remove(queue->begin(), queue->end(), this), queue->end());
    }
    RequestBudget *m_budget;
    bool analytics;
    int host;

Q_SIGNALS:
    void granted();
};

RequestBudget::RequestBudget(QObject *parent)
    : QObject(parent) {
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &RequestBudget::wakeWaiters);
}

void RequestBudget::setConcurrency(int calls) {
    m_adaptive = false;
    m_initial = m_ceiling = m_maxReached = std::max(1, calls);
    for (Host &h : m_hosts)
        h.limit = m_initial;
    wakeWaiters();
}

void RequestBudget::setAdaptive(int initial, int ceiling) {
    m_adaptive = true;
    m_ceiling = std::max(1, ceiling);
    m_initial = std::clamp(initial, 1, m_ceiling);
    m_maxReached = m_initial;
    for (Host &h : m_hosts)
        h = Host{static_cast<double>(m_initial)};
    wakeWaiters();
}

RequestBudget::Host &RequestBudget::host(int id) {
    auto it = m_hosts.find(id);
    if (it == m_hosts.end())
        it = m_hosts.insert(id, Host{static_cast<double>(m_initial)});
    return *it;
}

int RequestBudget::concurrency(int id) const {
    return static_cast<int>(m_hosts.value(id, Host{static_cast<double>(m_initial)}).limit);
}

void RequestBudget::adapt(Host &h, Feedback feedback, qint64 latencyMs) {
    if (!m_adaptive || feedback == Feedback::Neutral)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (feedback == Feedback::Overloaded) {
        // Once per round trip: the calls already under way were sent before the news.
        const qint64 roundTrip = std::max<qint64>(h.fastestMs, 100);
        if (now - h.lastDecrease >= roundTrip) {
            h.limit = std::max(1.0, std::floor(h.limit / 2));
            h.lastDecrease = now;
        }
        h.slowStart = false;
        return;
    }
    // The baseline is the fastest recent answer: it creeps up by 1/32 an answer, so that
    // calls of another kind (a slower endpoint) become the norm after a few dozen answers.
    h.fastestMs = h.fastestMs < 0
                      ? latencyMs
                      : std::min(latencyMs, h.fastestMs + std::max<qint64>(1, h.fastestMs / 32));
    // Latency well above the baseline means the host queues: more calls would not help.
    if (latencyMs > 2 * h.fastestMs + 50)
        return;
    h.limit = std::min<double>(m_ceiling, h.limit + (h.slowStart ? 1.0 : 1.0 / h.limit));
    m_maxReached = std::max(m_maxReached, static_cast<int>(h.limit));
}

void RequestBudget::setRatePerMinute(int calls) {
    m_ratePerMinute = std::max(0, calls);
    wakeWaiters();
}

void RequestBudget::setAnalyticsPerMinute(int queries) {
    m_analyticsPerMinute = std::max(1, queries);
    wakeWaiters();
}

void RequestBudget::prune() const {
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() - minuteMs;
    while (!m_recent.empty() && m_recent.front() <= horizon)
        m_recent.pop_front();
    while (!m_recentAnalytics.empty() && m_recentAnalytics.front() <= horizon)
        m_recentAnalytics.pop_front();
}

bool RequestBudget::generalPause() const {
    prune();
    if (m_pausedUntil.isValid() && QDateTime::currentDateTimeUtc() < m_pausedUntil)
        return true;
    return m_ratePerMinute > 0 && static_cast<int>(m_recent.size()) >= m_ratePerMinute;
}

bool RequestBudget::mayStart(bool analytics, int id) const {
    if (generalPause())
        return false;
    const auto it = m_hosts.constFind(id);
    if (it != m_hosts.cend()
        && (it->inFlight >= static_cast<int>(it->limit)
            || it->pausedUntil > QDateTime::currentMSecsSinceEpoch()))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (analytics) {
        if (m_analyticsPausedUntil.isValid() && now < m_analyticsPausedUntil)
            return false;
        if (static_cast<int>(m_recentAnalytics.size()) >= m_analyticsPerMinute)
            return false;
    }
    return true;
}

QCoro::Task<> RequestBudget::acquire(Priority priority, bool analytics, int hostId) {
    const auto start = [this, analytics, hostId] {
        ++m_inFlight;
        ++host(hostId).inFlight;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_recent.push_back(now);
        if (analytics) {
            m_recentAnalytics.push_back(now);
            Q_EMIT analyticsBudgetChanged();
        }
    };
    const auto queued = [hostId](const std::deque<Waiter *> &queue) {
        return std::any_of(queue.begin(), queue.end(),
                           [hostId](const Waiter *w) { return w->host == hostId; });
    };
    // First come, first served per host; user actions before background reads.
    if (!queued(m_user) && (priority == Priority::User || !queued(m_background))
        && mayStart(analytics, hostId)) {
        start();
        co_return;
    }
    Waiter waiter(this, analytics, hostId);
    (priority == Priority::User ? m_user : m_background).push_back(&waiter);
    connect(&waiter, &Waiter::granted, this, start);
    m_wake.start(0); // not now: the grant must come after this coroutine suspends
    co_await qCoro(&waiter, &Waiter::granted);
}

void RequestBudget::release(int hostId, Feedback feedback, qint64 latencyMs) {
    m_inFlight = std::max(0, m_inFlight - 1);
    Host &h = host(hostId);
    h.inFlight = std::max(0, h.inFlight - 1);
    adapt(h, feedback, latencyMs);
    wakeWaiters();
}

void RequestBudget::wakeWaiters() {
    // Grant slots while the general limits allow: to the first waiter (users first) whose
    // host has room, and whose analytics slot is free when it needs one; a blocked host or a
    // blocked analytics query does not hold up the calls behind it.
    while (!generalPause()) {
        Waiter *next = nullptr;
        for (auto *queue : {&m_user, &m_background}) {
            const auto it = std::find_if(queue->begin(), queue->end(), [this](Waiter *w) {
                return mayStart(w->analytics, w->host);
            });
            if (it != queue->end()) {
                next = *it;
                queue->erase(it);
                break;
            }
        }
        if (!next)
            break;
        Q_EMIT next->granted();
    }
    if (m_user.empty() && m_background.empty())
        return;
    // Waiters for a slot are woken by release(); those waiting for time need a timer.
    prune();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 next = now + 1000;
    if (m_pausedUntil.isValid() && m_pausedUntil.toMSecsSinceEpoch() > now)
        next = m_pausedUntil.toMSecsSinceEpoch();
    else if (m_ratePerMinute > 0 && static_cast<int>(m_recent.size()) >= m_ratePerMinute)
        next = m_recent.front() + minuteMs;
    for (const Host &h : std::as_const(m_hosts)) {
        if (h.pausedUntil > now)
            next = std::min(next, h.pausedUntil);
    }
    const QDateTime analytics = nextAnalyticsSlot();
    const bool analyticsWaiting =
        std::any_of(m_user.begin(), m_user.end(), [](Waiter *w) { return w->analytics; })
        || std::any_of(m_background.begin(), m_background.end(),
                       [](Waiter *w) { return w->analytics; });
    if (analyticsWaiting && analytics.toMSecsSinceEpoch() > now)
        next = std::min(next, analytics.toMSecsSinceEpoch());
    scheduleWake(std::max<qint64>(1, next - now));
}

void RequestBudget::scheduleWake(qint64 inMs) {
    if (!m_wake.isActive() || m_wake.remainingTime() > inMs)
        m_wake.start(static_cast<int>(std::min<qint64>(inMs, 3600000)));
}

void RequestBudget::pauseUntil(const QDateTime &until, bool analytics) {
    QDateTime &paused = analytics ? m_analyticsPausedUntil : m_pausedUntil;
    if (!paused.isValid() || until > paused)
        paused = until;
    if (analytics)
        Q_EMIT analyticsBudgetChanged();
    else if (paused == until)
        Q_EMIT pausedUntilChanged(until);
    wakeWaiters();
}

void RequestBudget::pauseHost(int id, std::chrono::milliseconds pause) {
    Host &h = host(id);
    h.pausedUntil = std::max(h.pausedUntil, QDateTime::currentMSecsSinceEpoch() + pause.count());
    wakeWaiters();
}

int RequestBudget::analyticsLeft() const {
    prune();
    if (m_analyticsPausedUntil.isValid()
        && QDateTime::currentDateTimeUtc() < m_analyticsPausedUntil)
        return 0;
    return std::max(0, m_analyticsPerMinute - static_cast<int>(m_recentAnalytics.size()));
}

QDateTime RequestBudget::nextAnalyticsSlot() const {
    prune();
    QDateTime next = QDateTime::currentDateTimeUtc();
    if (static_cast<int>(m_recentAnalytics.size()) >= m_analyticsPerMinute)
        next = QDateTime::fromMSecsSinceEpoch(
            m_recentAnalytics.at(m_recentAnalytics.size() - m_analyticsPerMinute) + minuteMs,
            Qt::UTC);
    if (m_analyticsPausedUntil.isValid() && m_analyticsPausedUntil > next)
        next = m_analyticsPausedUntil;
    return next;
}

} // namespace kd

#include "RequestBudget.moc"
