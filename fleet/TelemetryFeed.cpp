#include "fleet/TelemetryFeed.h"

#include "client/KonnectClient.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"

#include <qcoro/qcorotask.h>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
// Konnect counts queries over a sliding minute; a second of margin covers the time a query
// takes to arrive, so that a query sent just after the minute is not counted in it.
constexpr auto window = std::chrono::seconds(61);

// The shape of a query: what must be equal for metrics to share one.
QString shapeOf(const TelemetryNeed &need) {
    QString key = QString::number(static_cast<int>(need.datasource)) + u'|' + need.breakdown
                  + (need.wholeOrganisation ? u"|org"_s : QString());
    for (const MetricsFilter &filter : need.filters)
        key += u'|' + filter.field + u'~' + filter.op + u'~' + filter.values.join(u',');
    return key;
}
} // namespace

TelemetryFeed::TelemetryFeed(Session *session, FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store) {
    m_timer.setSingleShot(true);
    for (auto signal : {&FleetStore::controlPlanesAdded, &FleetStore::controlPlanesRemoved,
                        &FleetStore::cachesAdded, &FleetStore::cachesRemoved,
                        &FleetStore::pluginsAdded, &FleetStore::pluginsRemoved})
        connect(store, signal, &m_inventorySettle, qOverload<>(&QTimer::start));
    m_inventorySettle.setSingleShot(true);
    m_inventorySettle.setInterval(1500);
    connect(&m_inventorySettle, &QTimer::timeout, this, &TelemetryFeed::inventoryChanged);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_queue.isEmpty() && m_inFlight == 0)
            startRound();
        else
            sendNext();
    });
}

std::chrono::milliseconds TelemetryFeed::roundDuration(int queries) {
    return std::chrono::milliseconds(std::chrono::milliseconds(window).count() * queries
                                     / queriesPerMinute);
}

int TelemetryFeed::subscribe(const TelemetryNeed &need, bool visible) {
    const int id = m_nextId++;
    m_needs.insert(id, need);
    m_visible.insert(id, visible);
    restart();
    return id;
}

void TelemetryFeed::unsubscribe(int id) {
    m_needs.remove(id);
    m_visible.remove(id);
    m_background.remove(id);
    m_series.remove(id);
    m_status.remove(id);
}

void TelemetryFeed::setStatus(int id, TelemetryStatus status) {
    const TelemetryStatus &old = m_status.value(id);
    if (old.kind == status.kind && old.until == status.until && old.message == status.message)
        return;
    m_status.insert(id, status);
    Q_EMIT statusChanged(id);
}

void TelemetryFeed::setVisible(int id, bool visible) {
    if (!m_visible.contains(id) || m_visible.value(id) == visible)
        return;
    m_visible[id] = visible;
    // Shown for the first time, or shown again with nothing planned: go and get its data.
    const bool idle = m_queue.isEmpty() && m_inFlight == 0 && !m_timer.isActive();
    if (visible && (!m_series.contains(id) || idle))
        restart();
}

void TelemetryFeed::setBackground(int id, bool background) {
    if (!m_needs.contains(id) || m_background.contains(id) == background)
        return;
    if (background)
        m_background.insert(id);
    else
        m_background.remove(id);
    // Planned from the next round on: a background wish alone never sends a query now.
}

void TelemetryFeed::setScope(const Scope &scope) {
    m_scope = scope;
    restart();
}

void TelemetryFeed::setRange(TimeRange range) {
    m_range = range;
    restart();
}

void TelemetryFeed::setLive(bool live) {
    m_live = live;
    const bool idle = m_queue.isEmpty() && m_inFlight == 0;
    if (!idle || (m_timer.isActive() && !m_nextRefresh.isValid()))
        return; // a round is running or about to start: its end plans the next one
    if (live) {
        scheduleNextRound();
    } else {
        m_timer.stop();
        m_nextRefresh = {};
        Q_EMIT scheduleChanged();
    }
}

void TelemetryFeed::refreshNow() {
    restart();
}

void TelemetryFeed::restart() {
    ++m_generation; // answers of the old plan are dropped
    m_queue.clear();
    m_inFlight = 0;
    m_incoming.clear();
    m_pending.clear();
    m_timer.stop();
    m_timer.start(0); // after the caller's other changes
}

namespace {
QStringList keysOf(const QList<TelemetryFeed::PlannedQuery> &plan) {
    QStringList keys;
    for (const TelemetryFeed::PlannedQuery &query : plan)
        keys.append(geoId(query.geo) + query.query.key());
    return keys;
}
} // namespace

void TelemetryFeed::inventoryChanged() {
    // A sync that finds the first control planes, a new cache or AI plugin: ask for them now,
    // not at the next refresh; a sync that changes nothing costs nothing.
    if (keysOf(plan()) == m_roundPlan)
        return;
    restart();
}

QList<Geo> TelemetryFeed::scopeGeos() const {
    switch (m_scope.kind) {
    case ScopeKind::Organisation: {
        // Geos without a control plane have no traffic: asking them would spend the budget.
        QList<Geo> used;
        for (Geo geo : m_session->profile().geos) {
            const QStringList &ids = m_store->controlPlaneIds();
            if (std::any_of(ids.cbegin(), ids.cend(), [this, geo](const QString &id) {
                    return m_store->controlPlane(id)->geo == geo;
                }))
                used.append(geo);
        }
        // Before the first sync nothing is known: asking every geo would spend the budget on
        // geos without traffic; the sync's first control planes start the round.
        return used;
    }
    case ScopeKind::Geo:
        return {m_scope.geo};
    case ScopeKind::ControlPlane:
        if (const ControlPlane *cp = m_store->controlPlane(m_scope.controlPlaneId))
            return {cp->geo};
        return {};
    }
    return {};
}

QList<Geo> TelemetryFeed::geosFor(const TelemetryNeed &need) const {
    QList<Geo> geos = scopeGeos();
    if (need.wholeOrganisation) {
        geos.clear();
        for (Geo geo : m_session->profile().geos) {
            const QStringList &ids = m_store->controlPlaneIds();
            if (std::any_of(ids.cbegin(), ids.cend(), [this, geo](const QString &id) {
                    return m_store->controlPlane(id)->geo == geo;
                }))
                geos.append(geo);
        }
    }
    if (need.datasource == Datasource::ApiUsage)
        return geos;
    // Caches and AI traffic live with some control planes only: other geos would answer
    // nothing and spend the budget.
    const auto inScope = [&](const QString &controlPlaneId, Geo geo) {
        if (!geos.contains(geo))
            return false;
        return need.wholeOrganisation || m_scope.kind != ScopeKind::ControlPlane
               || controlPlaneId == m_scope.controlPlaneId;
    };
    QList<Geo> used;
    if (need.datasource == Datasource::ManagedCacheUsage) {
        for (const QString &owner : m_store->cacheOwnerIds()) {
            const ControlPlane *cp = m_store->controlPlane(owner);
            if (cp && inScope(owner, cp->geo) && !used.contains(cp->geo))
                used.append(cp->geo);
        }
    } else {
        for (const QString &id : m_store->pluginIds()) {
            const Plugin *plugin = m_store->plugin(id);
            if (plugin && plugin->name.startsWith(u"ai-"_s)
                && inScope(plugin->controlPlaneId, plugin->geo) && !used.contains(plugin->geo))
                used.append(plugin->geo);
        }
    }
    std::sort(used.begin(), used.end());
    return used;
}

QList<TelemetryFeed::PlannedQuery> TelemetryFeed::plan() const {
    // Subscriptions of one shape pool their metrics; each pool is cut into queries of three.
    QList<QString> shapes;
    QHash<QString, QList<int>> byShape;
    QList<int> ids = m_needs.keys();
    std::sort(ids.begin(), ids.end());
    for (int id : std::as_const(ids)) {
        if (!m_visible.value(id) && !m_background.contains(id))
            continue; // a hidden chart spends no query
        const QString shape = shapeOf(m_needs.value(id));
        if (!byShape.contains(shape))
            shapes.append(shape);
        byShape[shape].append(id);
    }
    QList<PlannedQuery> planned;
    for (const QString &shape : std::as_const(shapes)) {
        const QList<int> &subscribers = byShape.value(shape);
        const TelemetryNeed &first = m_needs.value(subscribers.first());
        const QList<Geo> geos = geosFor(first);
        QStringList metrics;
        for (int id : subscribers) {
            for (const QString &metric : m_needs.value(id).metrics) {
                if (!metrics.contains(metric))
                    metrics.append(metric);
            }
        }
        for (qsizetype i = 0; i < metrics.size(); i += MetricsQuery::maxMetrics) {
            const QStringList chunk = metrics.mid(i, MetricsQuery::maxMetrics);
            for (Geo geo : geos) {
                PlannedQuery query;
                query.geo = geo;
                query.query = MetricsQuery(first.datasource);
                for (const QString &metric : chunk)
                    query.query.metric(metric);
                query.query.dimension(u"time"_s);
                if (!first.breakdown.isEmpty())
                    query.query.dimension(first.breakdown);
                for (const MetricsFilter &filter : first.filters)
                    query.query.filter(filter.field, filter.values, filter.op);
                if (m_scope.kind == ScopeKind::ControlPlane && !first.wholeOrganisation)
                    query.query.filter(u"control_plane"_s, {m_scope.controlPlaneId});
                query.query.range(m_range);
                query.query.limit(1000);
                for (int id : subscribers) {
                    const QStringList &wanted = m_needs.value(id).metrics;
                    if (std::any_of(chunk.cbegin(), chunk.cend(),
                                    [&wanted](const QString &m) { return wanted.contains(m); })) {
                        query.subscribers.append(id);
                        query.visible = query.visible || m_visible.value(id);
                    }
                }
                planned.append(query);
            }
        }
    }
    // What is on screen first.
    std::stable_sort(
        planned.begin(), planned.end(),
        [](const PlannedQuery &a, const PlannedQuery &b) { return a.visible && !b.visible; });
    return planned;
}

int TelemetryFeed::slotsFree() const {
    const QDateTime since =
        QDateTime::currentDateTimeUtc().addMSecs(-std::chrono::milliseconds(window).count());
    int used = 0; // queries in flight were sent, so they are counted here
    for (const QDateTime &at : m_sent)
        used += at > since ? 1 : 0;
    return queriesPerMinute - used;
}

void TelemetryFeed::startRound() {
    // Nothing on screen: nothing is asked (the budget is for what people look at); charts
    // not on screen ride along after the visible ones once something is shown.
    if (std::none_of(m_visible.cbegin(), m_visible.cend(), [](bool v) { return v; })) {
        m_roundPlan.clear();
        m_nextRefresh = {};
        Q_EMIT scheduleChanged();
        return;
    }
    m_queue = plan();
    m_roundPlan = keysOf(m_queue);
    m_incoming.clear();
    m_pending.clear();
    for (const PlannedQuery &query : std::as_const(m_queue)) {
        for (int id : query.subscribers)
            ++m_pending[id];
    }
    m_roundStart = QDateTime::currentDateTimeUtc();
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!m_series.contains(it.key()))
            setStatus(it.key(), {TelemetryStatus::Kind::Loading, {}, {}});
    }
    if (m_queue.isEmpty())
        return;
    sendNext();
}

void TelemetryFeed::sendNext() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Forget sends older than an hour.
    m_sent.removeIf([&now](const QDateTime &at) { return at.secsTo(now) > 3600; });
    if (m_pausedUntil.isValid() && now < m_pausedUntil) {
        m_timer.start(std::chrono::milliseconds(now.msecsTo(m_pausedUntil) + 10));
        return;
    }
    while (!m_queue.isEmpty() && slotsFree() > 0) {
        const PlannedQuery planned = m_queue.takeFirst();
        m_sent.append(QDateTime::currentDateTimeUtc());
        ++m_inFlight;
        const int generation = m_generation;
        QCoro::connect(m_session->client().metrics(planned.geo, planned.query), this,
                       [this, planned, generation](const Result<MetricsResult> &result) {
                           if (generation != m_generation)
                               return; // another plan since
                           --m_inFlight;
                           finishQuery(planned, result);
                       });
    }
    if (!m_queue.isEmpty()) {
        // Wait for the oldest send of the last minute to leave the window.
        QDateTime oldest = now;
        for (const QDateTime &at : std::as_const(m_sent)) {
            if (at.msecsTo(now) < std::chrono::milliseconds(window).count())
                oldest = std::min(oldest, at);
        }
        const QDateTime free = oldest.addMSecs(std::chrono::milliseconds(window).count() + 50);
        m_delay = tr("Konnect allows %1 analytics queries a minute: %n more of this refresh "
                     "follow at %2.",
                     nullptr, static_cast<int>(m_queue.size()))
                      .arg(queriesPerMinute)
                      .arg(QLocale().toString(free.toLocalTime().time(), QLocale::ShortFormat));
        if (m_inFlight == 0)
            m_timer.start(std::chrono::milliseconds(std::max<qint64>(10, now.msecsTo(free))));
        for (const PlannedQuery &queued : std::as_const(m_queue)) {
            for (int id : queued.subscribers)
                setStatus(id, {TelemetryStatus::Kind::Waiting, free, {}});
        }
        Q_EMIT scheduleChanged();
    }
}

void TelemetryFeed::finishQuery(const PlannedQuery &planned, const Result<MetricsResult> &result) {
    if (!result) {
        const int status = result.error().status();
        if (status == 429 || status == 408) {
            // Back off: 1, 2, 4 minutes, at most 5; the query waits at the front.
            const qint64 pause = std::min<qint64>(300000, 60000LL << std::min(m_backoff, 3));
            ++m_backoff;
            m_pausedUntil = QDateTime::currentDateTimeUtc().addMSecs(pause);
            m_queue.prepend(planned);
            m_delay = tr("Konnect's analytics answered %1: waiting until %2 before asking again.")
                          .arg(status)
                          .arg(QLocale().toString(m_pausedUntil.toLocalTime().time(),
                                                  QLocale::ShortFormat));
            m_timer.start(std::chrono::milliseconds(pause));
            for (const PlannedQuery &queued : std::as_const(m_queue)) {
                for (int id : queued.subscribers)
                    setStatus(id, {TelemetryStatus::Kind::Waiting, m_pausedUntil, {}});
            }
            Q_EMIT scheduleChanged();
            return;
        }
        ++m_failures;
        m_delay = result.error().message();
        for (int id : planned.subscribers)
            setStatus(id, {TelemetryStatus::Kind::Failed,
                           {},
                           tr("Konnect's analytics did not answer: %1\nRefresh (Ctrl+R) to ask "
                              "again; if it keeps failing, check the token's Analytics Viewer "
                              "role.")
                               .arg(result.error().message())});
    } else {
        m_backoff = 0;
        const MetricsResult &data = *result;
        const qint64 step = data.granularityMs > 0 ? data.granularityMs : 60000;
        const qint64 start = data.start.toMSecsSinceEpoch() / step * step;
        const qint64 end = data.end.toMSecsSinceEpoch();
        const int buckets = static_cast<int>(std::max<qint64>(0, (end - start) / step));
        const QString breakdown = m_needs.value(planned.subscribers.value(0)).breakdown;
        // One grid per (breakdown value, metric), NaN until a row says otherwise.
        QHash<QString, TelemetrySeries> lines;
        QStringList order;
        const QList<Geo> geos = scopeGeos();
        for (const MetricsRow &row : data.rows) {
            const QString value = breakdown.isEmpty() ? QString() : row.dimensions.value(breakdown);
            const qint64 at = row.timestamp.toMSecsSinceEpoch();
            const int index = static_cast<int>((at - start) / step);
            if (index < 0 || index >= buckets)
                continue;
            for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
                const QString key = geoId(planned.geo) + u'|' + value + u'|' + it.key();
                auto line = lines.find(key);
                if (line == lines.end()) {
                    TelemetrySeries s;
                    s.key = key;
                    s.metric = it.key();
                    s.unit = data.units.value(it.key());
                    s.geo = planned.geo;
                    s.breakdownValue = value;
                    s.granularityMs = step;
                    QString label =
                        breakdown.isEmpty() ? QString() : data.displayName(breakdown, value);
                    if (geos.size() > 1)
                        label = label.isEmpty()
                                    ? geoId(planned.geo).toUpper()
                                    : label + u" ("_s + geoId(planned.geo).toUpper() + u')';
                    s.label = label;
                    s.times.reserve(buckets);
                    for (int b = 0; b < buckets; ++b)
                        s.times.append(start + b * step);
                    s.values = QList<double>(buckets, std::numeric_limits<double>::quiet_NaN());
                    line = lines.insert(key, s);
                    order.append(key);
                }
                line->values[index] = it.value();
            }
        }
        for (int id : planned.subscribers) {
            const QStringList &wanted = m_needs.value(id).metrics;
            for (const QString &key : std::as_const(order)) {
                if (wanted.contains(lines.value(key).metric))
                    m_incoming[id].append(lines.value(key));
            }
        }
    }
    // A subscriber whose queries of this round are all answered gets its data now.
    for (int id : planned.subscribers) {
        if (--m_pending[id] > 0)
            continue;
        QList<TelemetrySeries> next = m_incoming.take(id);
        std::sort(next.begin(), next.end(),
                  [](const TelemetrySeries &a, const TelemetrySeries &b) { return a.key < b.key; });
        if (m_status.value(id).kind == TelemetryStatus::Kind::Failed && !result)
            continue; // nothing new: the chart keeps saying what failed
        if (next != m_series.value(id) || !m_series.contains(id)) {
            m_series.insert(id, next);
            Q_EMIT seriesChanged(id);
        }
        setStatus(id, {TelemetryStatus::Kind::Ready, {}, {}});
    }
    if (m_queue.isEmpty() && m_inFlight == 0) {
        if (m_failures == 0 || result)
            m_delay.clear();
        Q_EMIT roundFinished();
        scheduleNextRound();
    } else {
        sendNext();
    }
}

void TelemetryFeed::scheduleNextRound() {
    if (!m_live) {
        m_nextRefresh = {};
        Q_EMIT scheduleChanged();
        return;
    }
    // As soon as a new bucket can exist, but never faster than the limit allows.
    const int queries = static_cast<int>(plan().size());
    const qint64 granularity = granularityMs(MetricsQuery().range(m_range).effectiveGranularity());
    const qint64 interval = std::max<qint64>(granularity, roundDuration(queries).count());
    const QDateTime base = m_roundStart.isValid() ? m_roundStart : QDateTime::currentDateTimeUtc();
    m_nextRefresh = base.addMSecs(interval);
    m_timer.start(std::chrono::milliseconds(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_nextRefresh))));
    Q_EMIT scheduleChanged();
}

namespace telemetry {

QList<TelemetrySeries> shares(const QList<TelemetrySeries> &byGroup, const QStringList &wanted) {
    QList<TelemetrySeries> result;
    QList<Geo> geos;
    for (const TelemetrySeries &s : byGroup) {
        if (!geos.contains(s.geo))
            geos.append(s.geo);
    }
    for (Geo geo : std::as_const(geos)) {
        QList<const TelemetrySeries *> ofGeo;
        for (const TelemetrySeries &s : byGroup) {
            if (s.geo == geo)
                ofGeo.append(&s);
        }
        const TelemetrySeries &grid = *ofGeo.first();
        const qsizetype buckets = grid.values.size();
        QList<double> total(buckets, std::numeric_limits<double>::quiet_NaN());
        for (const TelemetrySeries *s : std::as_const(ofGeo)) {
            for (qsizetype i = 0; i < std::min(buckets, s->values.size()); ++i) {
                if (!std::isnan(s->values.at(i)))
                    total[i] = (std::isnan(total.at(i)) ? 0 : total.at(i)) + s->values.at(i);
            }
        }
        for (const QString &group : wanted) {
            TelemetrySeries share = grid;
            share.key = geoId(geo) + u'|' + group + u"|share"_s;
            share.metric = u"share"_s;
            share.unit = u"ratio"_s;
            share.breakdownValue = group;
            share.label = geos.size() > 1 ? group + u" · "_s + geoId(geo).toUpper() : group;
            const auto part =
                std::find_if(ofGeo.cbegin(), ofGeo.cend(), [&group](const TelemetrySeries *s) {
                    return s->breakdownValue == group;
                });
            for (qsizetype i = 0; i < buckets; ++i) {
                const double all = total.at(i);
                if (std::isnan(all)) {
                    share.values[i] = std::numeric_limits<double>::quiet_NaN();
                    continue;
                }
                const double mine =
                    part == ofGeo.cend() || i >= (*part)->values.size() ? 0 : (*part)->values.at(i);
                share.values[i] = all > 0 ? (std::isnan(mine) ? 0 : mine) / all : 0;
            }
            result.append(share);
        }
    }
    return result;
}

QList<TelemetrySeries> perMinute(QList<TelemetrySeries> counts) {
    for (TelemetrySeries &s : counts) {
        const double minutes = s.granularityMs > 0 ? s.granularityMs / 60000.0 : 1;
        for (double &v : s.values)
            v = std::isnan(v) ? v : v / minutes;
        s.unit = u"per minute"_s;
    }
    return counts;
}

} // namespace telemetry

} // namespace kd
