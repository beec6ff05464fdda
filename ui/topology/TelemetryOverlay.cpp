#include "ui/topology/TelemetryOverlay.h"

#include "models/TopologyGraph.h"

using namespace Qt::StringLiterals;

namespace kd {

namespace {
const QString p95Metric = u"response_latency_p95"_s;
const QString errorMetric = u"error_rate"_s; // percent
const QString memoryMetric = u"cache_memory_utilization_max"_s;

double latest(const TelemetrySeries &series) {
    for (qsizetype i = series.values.size() - 1; i >= 0; --i) {
        if (!std::isnan(series.values.at(i)))
            return series.values.at(i);
    }
    return OverlayValues::none;
}

QString figure(double value, int decimals) {
    return std::isnan(value) ? u"–"_s : QString::number(value, 'f', decimals);
}

double maxOf(double a, double b) {
    return std::isnan(a) ? b : std::isnan(b) ? a : std::max(a, b);
}
} // namespace

OverlayValues OverlayValues::from(const QList<TelemetrySeries> &planeSeries,
                                  const QList<TelemetrySeries> &groupCacheSeries) {
    OverlayValues values;
    for (const TelemetrySeries &series : planeSeries) {
        const double value = latest(series);
        if (std::isnan(value))
            continue;
        Plane &plane = values.planes[series.breakdownValue];
        if (series.metric == p95Metric)
            plane.p95Ms = value;
        else if (series.metric == errorMetric)
            plane.errorPercent = value;
    }
    for (const TelemetrySeries &series : groupCacheSeries) {
        const double value = latest(series);
        if (series.metric == memoryMetric && !std::isnan(value))
            values.groupCache.insert(series.breakdownValue, value);
    }
    return values;
}

MarkerOverlay OverlayValues::group(const TopologyGraph &graph, int index) const {
    const TopologyGraph::Group &group = graph.groups().at(index);
    const auto plane = planes.constFind(group.controlPlaneId);
    const auto memory = groupCache.constFind(group.id);
    MarkerOverlay overlay;
    if (plane != planes.cend()) {
        overlay.text =
            tr("p95 %1 ms · err %2 %").arg(figure(plane->p95Ms, 0), figure(plane->errorPercent, 1));
        overlay.health =
            MapPalette::worst(latencyHealth(plane->p95Ms), errorHealth(plane->errorPercent));
    }
    if (memory != groupCache.cend()) {
        const QString mem = tr("mem %1 %").arg(figure(*memory, 0));
        overlay.text = overlay.text.isEmpty() ? mem : overlay.text + u" · "_s + mem;
        overlay.health = MapPalette::worst(overlay.health, memoryHealth(*memory));
    }
    return overlay;
}

double OverlayValues::cacheMemory(const TopologyGraph &graph, int cache) const {
    double memory = none;
    const TopologyGraph::Region &region = graph.regions().at(graph.caches().at(cache).region);
    for (int g : region.groups) {
        if (graph.groups().at(g).cache == cache)
            memory = maxOf(memory, groupCache.value(graph.groups().at(g).id, none));
    }
    return memory;
}

MarkerOverlay OverlayValues::cache(const TopologyGraph &graph, int cache) const {
    const double memory = cacheMemory(graph, cache);
    if (std::isnan(memory))
        return {};
    return {tr("mem %1 %").arg(figure(memory, 0)), memoryHealth(memory)};
}

MarkerOverlay OverlayValues::region(const TopologyGraph &graph, int index) const {
    double p95 = none;
    double errors = none;
    Health health = Health::Unknown;
    for (int g : graph.regions().at(index).groups) {
        const Plane plane = planes.value(graph.groups().at(g).controlPlaneId);
        p95 = maxOf(p95, plane.p95Ms);
        errors = maxOf(errors, plane.errorPercent);
        health = MapPalette::worst(health, group(graph, g).health);
    }
    if (std::isnan(p95) && std::isnan(errors))
        return {{}, health};
    return {tr("p95 ≤ %1 ms · err ≤ %2 %").arg(figure(p95, 0), figure(errors, 1)), health};
}

TelemetryOverlay::TelemetryOverlay(QObject *parent)
    : QObject(parent) {
}

TelemetryOverlay::~TelemetryOverlay() {
    // The feed lives on: it stops planning the overlay's queries.
    if (m_feed && m_planes) {
        m_feed->unsubscribe(m_planes);
        m_feed->unsubscribe(m_caches);
    }
}

void TelemetryOverlay::setFeed(TelemetryFeed *feed) {
    m_feed = feed;
    connect(feed, &TelemetryFeed::seriesChanged, this, [this](int id) {
        if (id != 0 && (id == m_planes || id == m_caches))
            read();
    });
}

void TelemetryOverlay::setEnabled(bool enabled, bool visible) {
    if (!m_feed || enabled == isEnabled())
        return;
    if (enabled) {
        // One query per geo for the planes, one for the caches' groups.
        TelemetryNeed planes;
        planes.metrics = {p95Metric, errorMetric};
        planes.breakdown = u"control_plane"_s;
        m_planes = m_feed->subscribe(planes, visible);
        TelemetryNeed caches;
        caches.datasource = Datasource::ManagedCacheUsage;
        caches.metrics = {memoryMetric};
        caches.breakdown = u"data_plane_group"_s;
        m_caches = m_feed->subscribe(caches, visible);
    } else {
        m_feed->unsubscribe(m_planes);
        m_feed->unsubscribe(m_caches);
        m_planes = 0;
        m_caches = 0;
    }
    read();
}

void TelemetryOverlay::setVisible(bool visible) {
    if (m_feed && m_planes) {
        m_feed->setVisible(m_planes, visible);
        m_feed->setVisible(m_caches, visible);
    }
}

void TelemetryOverlay::read() {
    m_values = m_planes ? OverlayValues::from(m_feed->series(m_planes), m_feed->series(m_caches))
                        : OverlayValues{};
    Q_EMIT valuesChanged();
}

} // namespace kd
