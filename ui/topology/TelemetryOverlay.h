#pragma once

#include "fleet/TelemetryFeed.h"
#include "ui/topology/MapLabel.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <cmath>
#include <limits>

namespace kd {

class TopologyGraph;

// The figures of the telemetry overlay, the last bucket with data of each line: per control
// plane its p95 latency and error share (Konnect's api_usage does not tell data-plane groups
// apart), per data-plane group the memory use of the managed cache serving it
// (managed_cache_usage broken down by data_plane_group).
struct OverlayValues {
    Q_DECLARE_TR_FUNCTIONS(OverlayValues)
public:
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();
    struct Plane {
        double p95Ms = none;
        double errorPercent = none;
    };
    QHash<QString, Plane> planes;      // control plane id
    QHash<QString, double> groupCache; // data-plane group id → cache memory, percent

    bool isEmpty() const { return planes.isEmpty() && groupCache.isEmpty(); }
    static OverlayValues from(const QList<TelemetrySeries> &planeSeries,
                              const QList<TelemetrySeries> &groupCacheSeries);
    // What the markers show: a group, a cache in one region (the busiest of the groups it
    // serves there), a closed region (the worst of its groups).
    MarkerOverlay group(const TopologyGraph &graph, int group) const;
    MarkerOverlay cache(const TopologyGraph &graph, int cache) const;
    MarkerOverlay region(const TopologyGraph &graph, int region) const;
    double cacheMemory(const TopologyGraph &graph, int cache) const;
};

// The overlay's subscriptions to the telemetry feed: off until turned on (they cost
// queries), and asked for only while the map is visible.
class TelemetryOverlay final : public QObject {
    Q_OBJECT
public:
    explicit TelemetryOverlay(QObject *parent = nullptr);
    ~TelemetryOverlay() override;

    void setFeed(TelemetryFeed *feed);
    bool hasFeed() const { return m_feed != nullptr; }
    void setEnabled(bool enabled, bool visible);
    bool isEnabled() const { return m_planes != 0; }
    void setVisible(bool visible);
    const OverlayValues &values() const { return m_values; }

Q_SIGNALS:
    void valuesChanged();

private:
    void read();

    TelemetryFeed *m_feed = nullptr;
    int m_planes = 0; // feed subscriptions, 0: off
    int m_caches = 0;
    OverlayValues m_values;
};

} // namespace kd
