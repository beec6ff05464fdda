#include "fleet/advisor/CacheMemoryFeed.h"

#include "fleet/FleetStore.h"
#include "fleet/TelemetryFeed.h"
#include "fleet/advisor/Advisor.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd::advisor {

CacheMemoryFeed::CacheMemoryFeed(TelemetryFeed *feed, FleetStore *store, Advisor *advisor,
                                 QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_store(store)
    , m_advisor(advisor) {
    if (!feed)
        return;
    // The Managed caches pane's need (CacheModel::setTelemetry): equal shapes share a query.
    TelemetryNeed need;
    need.datasource = Datasource::ManagedCacheUsage;
    need.metrics = {u"cache_memory_utilization_max"_s};
    need.breakdown = u"managed_cache"_s;
    need.wholeOrganisation = true;
    m_id = feed->subscribe(need, false);
    feed->setBackground(m_id, true);
    connect(feed, &TelemetryFeed::seriesChanged, this, [this](int id) {
        if (id == m_id)
            update();
    });
    // The series name caches by id; a cache that comes or goes moves its owner.
    for (auto signal :
         {&FleetStore::cachesAdded, &FleetStore::cachesChanged, &FleetStore::cachesRemoved})
        connect(store, signal, this, &CacheMemoryFeed::update);
}

CacheMemoryFeed::~CacheMemoryFeed() {
    if (m_feed && m_id)
        m_feed->unsubscribe(m_id);
}

void CacheMemoryFeed::update() {
    if (!m_feed || !m_advisor)
        return;
    QHash<QString, double> peakByCache; // percent, by managed cache id
    for (const TelemetrySeries &series : m_feed->series(m_id)) {
        for (double v : series.values) {
            if (std::isnan(v))
                continue;
            double &peak = peakByCache[series.breakdownValue];
            peak = std::max(peak, v);
        }
    }
    QHash<QString, double> memory;
    for (const QString &owner : m_store->cacheOwnerIds()) {
        const ManagedCache *cache = m_store->cacheOf(owner);
        const auto peak = cache ? peakByCache.constFind(cache->id) : peakByCache.cend();
        if (peak != peakByCache.cend())
            memory.insert(owner, *peak / 100.0);
    }
    if (memory == m_memory)
        return;
    m_memory = memory;
    m_advisor->setCacheMemory(memory);
}

} // namespace kd::advisor
