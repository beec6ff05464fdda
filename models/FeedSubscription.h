#pragma once

#include "fleet/TelemetryFeed.h"

#include <QObject>

namespace kd {

// One query a model keeps with the telemetry feed: asked only while its view is shown,
// given back when replaced or when the model goes, forgotten when the feed goes.
class FeedSubscription final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~FeedSubscription() override;

    // Replaces the subscription (none with a null feed); hidden until setShown(true).
    void subscribe(TelemetryFeed *feed, const TelemetryNeed &need);
    void setShown(bool shown);
    QList<TelemetrySeries> series() const;

Q_SIGNALS:
    // The feed has new series for this subscription.
    void arrived();

private:
    void release();

    TelemetryFeed *m_feed = nullptr;
    int m_id = 0;
};

} // namespace kd
