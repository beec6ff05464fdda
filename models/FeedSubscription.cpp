#include "models/FeedSubscription.h"

namespace kd {

FeedSubscription::~FeedSubscription() {
    release();
}

void FeedSubscription::release() {
    if (m_feed && m_id) {
        m_feed->unsubscribe(m_id);
        disconnect(m_feed, nullptr, this, nullptr);
    }
    m_feed = nullptr;
    m_id = 0;
}

void FeedSubscription::subscribe(TelemetryFeed *feed, const TelemetryNeed &need) {
    release();
    if (!feed)
        return;
    m_feed = feed;
    m_id = feed->subscribe(need, false);
    connect(feed, &TelemetryFeed::seriesChanged, this, [this](int id) {
        if (id == m_id && m_feed)
            Q_EMIT arrived();
    });
    connect(feed, &TelemetryFeed::destroyed, this, [this] {
        m_feed = nullptr;
        m_id = 0;
    });
}

void FeedSubscription::setShown(bool shown) {
    if (m_feed && m_id)
        m_feed->setVisible(m_id, shown);
}

QList<TelemetrySeries> FeedSubscription::series() const {
    return m_feed && m_id ? m_feed->series(m_id) : QList<TelemetrySeries>{};
}

} // namespace kd
