#include "client/RequestBudget.h"

#include <qcoro/qcorosignal.h>

#include <algorithm>

namespace kd {

namespace {
constexpr qint64 minuteMs = 60000;
}

struct RequestBudget::Waiter final : public QObject {
    Q_OBJECT
public:
    Waiter(RequestBudget *budget, bool analytics)
        : m_budget(budget)
        , analytics(analytics) {}
    ~Waiter() override {
        // A waiting coroutine that is destroyed leaves the queue.
        for (auto *queue : {&m_budget->m_user, &m_budget->m_background})
            queue->erase(std::remove(queue->begin(), queue->end(), this), queue->end());
    }
    RequestBudget *m_budget;
    bool analytics;

Q_SIGNALS:
    void granted();
};

RequestBudget::RequestBudget(QObject *parent)
    : QObject(parent) {
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &RequestBudget::wakeWaiters);
}

void RequestBudget::setConcurrency(int calls) {
    m_concurrency = std::max(1, calls);
    wakeWaiters();
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

bool RequestBudget::mayStart(bool analytics) const {
    prune();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_inFlight >= m_concurrency)
        return false;
    if (m_pausedUntil.isValid() && now < m_pausedUntil)
        return false;
    if (m_ratePerMinute > 0 && static_cast<int>(m_recent.size()) >= m_ratePerMinute)
        return false;
    if (analytics) {
        if (m_analyticsPausedUntil.isValid() && now < m_analyticsPausedUntil)
            return false;
        if (static_cast<int>(m_recentAnalytics.size()) >= m_analyticsPerMinute)
            return false;
    }
    return true;
}

QCoro::Task<> RequestBudget::acquire(Priority priority, bool analytics) {
    const auto start = [this, analytics] {
        ++m_inFlight;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_recent.push_back(now);
        if (analytics) {
            m_recentAnalytics.push_back(now);
            Q_EMIT analyticsBudgetChanged();
        }
    };
    if (m_user.empty() && (priority == Priority::User || m_background.empty())
        && mayStart(analytics)) {
        start();
        co_return;
    }
    Waiter waiter(this, analytics);
    (priority == Priority::User ? m_user : m_background).push_back(&waiter);
    connect(&waiter, &Waiter::granted, this, start);
    m_wake.start(0); // not now: the grant must come after this coroutine suspends
    co_await qCoro(&waiter, &Waiter::granted);
}

void RequestBudget::release() {
    m_inFlight = std::max(0, m_inFlight - 1);
    wakeWaiters();
}

void RequestBudget::wakeWaiters() {
    // Grant slots while the general limits allow; analytics waiters also need an analytics
    // slot, so a blocked analytics query does not hold up the calls behind it.
    while (mayStart(false)) {
        Waiter *next = nullptr;
        std::deque<Waiter *> *from = nullptr;
        const bool analyticsFree = mayStart(true);
        for (auto *queue : {&m_user, &m_background}) {
            const auto it = std::find_if(queue->begin(), queue->end(), [analyticsFree](Waiter *w) {
                return !w->analytics || analyticsFree;
            });
            if (it != queue->end()) {
                next = *it;
                from = queue;
                from->erase(it);
                break;
            }
        }
        if (!next)
            break;
        Q_EMIT next->granted();
    }
    // Waiters for a slot are woken by release(); only those waiting for time need a timer.
    if ((m_user.empty() && m_background.empty()) || m_inFlight >= m_concurrency)
        return;
    // Someone waits for time rather than for a free slot: wake up when that time comes.
    prune();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 next = now + 1000;
    if (m_pausedUntil.isValid() && m_pausedUntil.toMSecsSinceEpoch() > now)
        next = m_pausedUntil.toMSecsSinceEpoch();
    else if (m_ratePerMinute > 0 && static_cast<int>(m_recent.size()) >= m_ratePerMinute)
        next = m_recent.front() + minuteMs;
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
