#pragma once

#include "client/Error.h"
#include "client/Geo.h"
#include "client/Metrics.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <optional>

namespace kd {

class FleetStore;
class Session;

// What one chart needs from Konnect's analytics: metrics over time, optionally broken down
// by one more dimension, under some filters.
struct TelemetryNeed {
    Datasource datasource = Datasource::ApiUsage;
    QStringList metrics;
    QString breakdown; // a dimension besides time, or empty
    QList<MetricsFilter> filters;
    // Every geo of the organisation whatever the feed's scope (health columns of a table).
    bool wholeOrganisation = false;
    friend bool operator==(const TelemetryNeed &, const TelemetryNeed &) = default;
};

// Where a subscription's data stands, so that a chart can say it instead of looking empty.
struct TelemetryStatus {
    enum class Kind { Idle, Loading, Waiting, Failed, Ready };
    Kind kind = Kind::Idle;
    QDateTime until; // Waiting: when the budget (or Konnect's back-off) lets it ask again
    QString message; // Failed: what happened and what to do
};

// One line of a chart: a regular grid of buckets, NaN where Konnect had no data (a gap is
// a gap, never a zero).
struct TelemetrySeries {
    QString key; // stable: geo, breakdown value and metric
    QString metric;
    QString unit; // from meta.metric_units: ms, count, ratio…
    Geo geo = Geo::Us;
    QString breakdownValue; // the dimension's id
    QString label;          // for people: names from meta.display, deleted ones marked
    qint64 granularityMs = 0;
    QList<qint64> times; // bucket starts, ms since the epoch
    QList<double> values;
    bool operator==(const TelemetrySeries &) const = default;
};

// Plans and runs every analytics query of the app within Konnect's limit of 10 a minute:
// metrics of the same shape share a query (at most three in one), charts that need the
// same data share it, hidden charts ask nothing, geos without what a datasource measures
// (no cache, no AI plugin) are not asked, and a refresh comes only as often as the budget
// allows. On 429 or 408 it backs off and says so, per subscription.
class TelemetryFeed final : public QObject {
    Q_OBJECT
public:
    enum class ScopeKind { Organisation, Geo, ControlPlane };
    struct Scope {
        ScopeKind kind = ScopeKind::Organisation;
        Geo geo = Geo::Us;
        QString controlPlaneId;
    };
    struct PlannedQuery {
        Geo geo = Geo::Us;
        MetricsQuery query;
        QList<int> subscribers;
        bool visible = false;
    };

    static constexpr int queriesPerMinute = 10; // [SPEC] per user

    TelemetryFeed(Session *session, FleetStore *store, QObject *parent = nullptr);

    int subscribe(const TelemetryNeed &need, bool visible = true);
    void unsubscribe(int id);
    void setVisible(int id, bool visible);
    // A background subscription (the advisor's) is not on screen but wants data anyway, at
    // low priority: it shares the queries of its shape asked for charts on screen, and its
    // own queries go after theirs; it never starts a round by itself, so with nothing on
    // screen it asks nothing.
    void setBackground(int id, bool background);
    void setScope(const Scope &scope);
    Scope scope() const { return m_scope; }
    void setRange(TimeRange range);
    TimeRange range() const { return m_range; }
    // Live: refresh as soon as new buckets can have arrived and the budget allows.
    void setLive(bool live);
    bool live() const { return m_live; }
    void refreshNow();

    QList<TelemetrySeries> series(int id) const { return m_series.value(id); }
    TelemetryStatus status(int id) const { return m_status.value(id); }
    QList<PlannedQuery> plan() const;
    // When the next round of queries starts; invalid when none is planned.
    QDateTime nextRefresh() const { return m_nextRefresh; }
    // Why data is late (the limit, a back-off), empty when it is not.
    QString delay() const { return m_delay; }
    // When each query was sent (the last hour), to check the budget.
    const QList<QDateTime> &sent() const { return m_sent; }
    int failures() const { return m_failures; }

    // How long a round of `queries` takes within the limit.
    static std::chrono::milliseconds roundDuration(int queries);

Q_SIGNALS:
    void seriesChanged(int id);
    void statusChanged(int id);
    void scheduleChanged();
    void roundFinished();

private:
    void restart();
    // The store changed what exists (planes, caches, AI plugins): a new plan if it differs.
    void inventoryChanged();
    void startRound();
    void sendNext();
    void finishQuery(const PlannedQuery &planned, const Result<MetricsResult> &result);
    void scheduleNextRound();
    int slotsFree() const;
    QList<Geo> scopeGeos() const;
    QList<Geo> geosFor(const TelemetryNeed &need) const;
    void setStatus(int id, TelemetryStatus status);

    Session *m_session;
    FleetStore *m_store;
    QHash<int, TelemetryNeed> m_needs;
    QHash<int, bool> m_visible;
    QSet<int> m_background;
    QHash<int, QList<TelemetrySeries>> m_series;
    QHash<int, TelemetryStatus> m_status;
    // Per round: every subscriber's series, filled query by query.
    QHash<int, QList<TelemetrySeries>> m_incoming;
    QHash<int, int> m_pending; // per subscriber: its queries of this round not answered yet
    int m_nextId = 1;
    Scope m_scope;
    TimeRange m_range = TimeRange::Hour1;
    bool m_live = false;
    QList<PlannedQuery> m_queue;
    int m_inFlight = 0;
    int m_generation = 0; // bumps when scope, range or subscriptions change
    QList<QDateTime> m_sent;
    QStringList m_roundPlan; // the queries of the running or last round
    QTimer m_timer;
    QTimer m_inventorySettle; // a sync announces planes, caches and plugins in bursts
    QDateTime m_roundStart;
    QDateTime m_nextRefresh;
    QDateTime m_pausedUntil;
    int m_backoff = 0;
    int m_failures = 0;
    QString m_delay;
};

// Lines a chart derives from what the feed delivers.
namespace telemetry {
// From counts broken down by a group (status_code_grouped: 2XX, 4XX, 5XX…), the share of
// each wanted group in the total, per geo and bucket ("ratio", 0…1). A bucket Konnect did
// not send stays NaN.
QList<TelemetrySeries> shares(const QList<TelemetrySeries> &byGroup, const QStringList &wanted);
// Counts per bucket as a rate per minute.
QList<TelemetrySeries> perMinute(QList<TelemetrySeries> counts);
} // namespace telemetry

} // namespace kd
