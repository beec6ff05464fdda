#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace kd {
class FleetStore;
class TelemetryFeed;
} // namespace kd

namespace kd::advisor {

class Advisor;

// Feeds the advisor's memory rule from telemetry while the app runs: each managed cache's
// highest memory utilisation over the range the feed uses, keyed by the cache's owner.
//
// It asks the feed for the same data as the Managed caches pane's memory column (one shape,
// one metric), as a background subscription: while the pane shows the column both share
// one query; otherwise the feed asks it after the charts on screen, within its budget of
// Konnect's 10 analytics queries a minute, and never when nothing is on screen.
class CacheMemoryFeed final : public QObject {
    Q_OBJECT
public:
    CacheMemoryFeed(TelemetryFeed *feed, FleetStore *store, Advisor *advisor,
                    QObject *parent = nullptr);
    ~CacheMemoryFeed() override;

    // The peaks last handed to the advisor, 0..1 by owner control plane.
    const QHash<QString, double> &memory() const { return m_memory; }

private:
    void update();

    QPointer<TelemetryFeed> m_feed;
    FleetStore *m_store;
    QPointer<Advisor> m_advisor;
    int m_id = 0;
    QHash<QString, double> m_memory;
};

} // namespace kd::advisor
