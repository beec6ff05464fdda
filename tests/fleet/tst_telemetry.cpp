#include "client/KonnectClient.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/TelemetryFeed.h"
#include "sim/SimInstance.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <qcoro/qcorotask.h>

#include "common/SimSession.h"
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd {

// The telemetry feed against konnect-sim, which enforces Konnect's 10 analytics queries a
// minute per token: planning, the budget, merged geos, gaps, and a change that shows.
class TestTelemetry final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_telemetry-fixture-not-a-token"_s;

    struct Fixture {
        std::unique_ptr<sim::SimInstance> sim;
        std::unique_ptr<Session> session;
        FleetStore store;
        std::unique_ptr<TelemetryFeed> feed;
        QString prod;
        QString staging;
    };

    // A simulator of its own (a budget of its own), the demo organisation, these geos.
    std::unique_ptr<Fixture> start(QList<Geo> geos) {
        auto f = std::make_unique<Fixture>();
        f->sim = test::startSim(m_token);
        f->session = test::sessionOn(*f->sim, u"telemetry"_s, m_token, std::move(geos));
        for (Geo geo : {Geo::Us, Geo::Eu}) {
            const auto planes = QCoro::waitFor(f->session->client().controlPlanes(geo));
            if (planes)
                f->store.replaceControlPlanes(geo, *planes);
        }
        for (const QString &id : f->store.controlPlaneIds()) {
            if (f->store.controlPlane(id)->name == u"prod-billing-svcs"_s)
                f->prod = id;
            if (f->store.controlPlane(id)->name == u"staging-billing-svcs"_s)
                f->staging = id;
        }
        f->feed = std::make_unique<TelemetryFeed>(f->session.get(), &f->store);
        return f;
    }

    static TelemetryNeed need(Datasource source, QStringList metrics, QString breakdown = {}) {
        TelemetryNeed n;
        n.datasource = source;
        n.metrics = std::move(metrics);
        n.breakdown = std::move(breakdown);
        return n;
    }

    static int analytics429s(Session &session) {
        int count = 0;
        for (const CallRecord &record : session.transport().callLog().records())
            count += record.path.endsWith(u"/v2/metrics"_s) && record.status == 429 ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void plansPackedSharedQueriesHiddenAskNothing() {
        auto f = start({Geo::Us, Geo::Eu, Geo::Au, Geo::Me, Geo::In, Geo::Sg});
        TelemetryFeed &feed = *f->feed;
        const auto caches = QCoro::waitFor(f->session->client().managedCaches());
        QVERIFY(caches);
        f->store.replaceCaches(*caches);
        QList<Geo> cacheGeos;
        for (const QString &owner : f->store.cacheOwnerIds()) {
            if (!cacheGeos.contains(f->store.controlPlane(owner)->geo))
                cacheGeos.append(f->store.controlPlane(owner)->geo);
        }
        QCOMPARE(cacheGeos, QList<Geo>{Geo::Us}); // the demo's one cache
        const int latency = feed.subscribe(
            need(Datasource::ApiUsage, {u"response_latency_p50"_s, u"response_latency_p95"_s,
                                        u"response_latency_p99"_s}));
        const int p95 = feed.subscribe(need(Datasource::ApiUsage, {u"response_latency_p95"_s}));
        const int hits = feed.subscribe(need(Datasource::ApiUsage, {u"cache_hit_rate"_s}));
        const int status =
            feed.subscribe(need(Datasource::ApiUsage, {u"request_count"_s}, u"status_code"_s));
        const int cacheMemory =
            feed.subscribe(need(Datasource::ManagedCacheUsage,
                                {u"cache_memory_utilization_max"_s, u"cache_eviction_rate"_s,
                                 u"cache_expiration_rate"_s},
                                u"managed_cache"_s));
        QList<TelemetryFeed::PlannedQuery> plan = feed.plan();
        // Four metrics of one shape make two queries, not four; then status, for the two geos
        // that have control planes (the other four have no traffic to ask about); caches only
        // where there is a cache.
        QCOMPARE(plan.size(), 3 * 2 + 1);
        QVERIFY(std::all_of(plan.cbegin(), plan.cend(),
                            [](const auto &q) { return q.geo == Geo::Us || q.geo == Geo::Eu; }));
        for (const auto &query : std::as_const(plan)) {
            QVERIFY(query.query.metrics().size() <= MetricsQuery::maxMetrics);
            QVERIFY(!query.query.validate());
            if (query.query.datasource() == Datasource::ManagedCacheUsage)
                QCOMPARE(query.geo, Geo::Us);
        }
        // The two latency charts share one query.
        const auto shared = std::find_if(plan.cbegin(), plan.cend(), [](const auto &q) {
            return q.query.metrics().contains(u"response_latency_p95"_s);
        });
        QVERIFY(shared->subscribers.contains(latency));
        QVERIFY(shared->subscribers.contains(p95));
        // Hidden charts spend no query: without the caches chart, no cache query.
        feed.setVisible(cacheMemory, false);
        plan = feed.plan();
        QCOMPARE(plan.size(), 3 * 2);
        QVERIFY(std::none_of(plan.cbegin(), plan.cend(), [](const auto &q) {
            return q.query.datasource() == Datasource::ManagedCacheUsage;
        }));
        for (int id : {latency, p95, hits, status})
            feed.setVisible(id, false);
        QVERIFY(feed.plan().isEmpty());
        for (int id : {latency, p95, hits, status, cacheMemory})
            feed.setVisible(id, true);
        // A control plane: its geo only, filtered to it.
        feed.setScope({TelemetryFeed::ScopeKind::ControlPlane, Geo::Us, f->prod});
        plan = feed.plan();
        QCOMPARE(plan.size(), 4);
        QVERIFY(plan.first().query.key().contains(f->prod));
        // A round takes as long as the limit needs: 24 queries, 2.4 minutes.
        QCOMPARE(TelemetryFeed::roundDuration(24).count(), 24 * 61000 / 10);
    }

    // konnect-sim answers llm_usage from its AI plugins: tokens and cost per provider where a
    // control plane has one, nothing elsewhere, and the spec's checks on metrics.
    void llmUsageFollowsTheAiPlugins() {
        auto f = start({Geo::Us, Geo::Eu});
        MetricsQuery query(Datasource::LlmUsage);
        query.metric(u"total_tokens"_s).metric(u"cost"_s);
        query.dimension(u"time"_s).dimension(u"ai_provider"_s).range(TimeRange::Hour1);
        QVERIFY(!query.validate());
        int withTraffic = 0;
        for (Geo geo : {Geo::Us, Geo::Eu}) {
            const auto result = QCoro::waitFor(f->session->client().metrics(geo, query));
            QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
            for (const MetricsRow &row : result->rows) {
                QCOMPARE(row.dimensions.value(u"ai_provider"_s), u"openai"_s);
                QVERIFY(row.values.value(u"total_tokens"_s) > 0);
                QVERIFY(row.values.value(u"cost"_s) > 0);
            }
            withTraffic += result->rows.isEmpty() ? 0 : 1;
        }
        QCOMPARE(withTraffic, 1); // the demo's AI rate limit is on one control plane
        // An api_usage metric is not an llm_usage one: Konnect answers 400.
        MetricsQuery wrong(Datasource::LlmUsage);
        wrong.metric(u"request_count"_s);
        QVERIFY(wrong.validate()); // refused before it is sent
    }

    void liveNeverExceedsTheBudget() {
        // Two geos, five shapes: 10 queries a round. Live for 70 s: two rounds, each query
        // spaced so that no sliding minute holds more than ten, and no 429.
        auto f = start({Geo::Us, Geo::Eu});
        TelemetryFeed &feed = *f->feed;
        feed.subscribe(
            need(Datasource::ApiUsage, {u"response_latency_p50"_s, u"response_latency_p95"_s,
                                        u"response_latency_p99"_s}));
        feed.subscribe(need(Datasource::ApiUsage, {u"cache_hit_rate"_s}));
        feed.subscribe(need(Datasource::ApiUsage, {u"request_count"_s}, u"status_code"_s));
        feed.subscribe(need(Datasource::ManagedCacheUsage,
                            {u"cache_memory_utilization_max"_s, u"cache_eviction_rate"_s,
                             u"cache_expiration_rate"_s},
                            u"managed_cache"_s));
        TelemetryNeed limited = need(Datasource::ApiUsage, {u"request_count"_s}, u"status_code"_s);
        limited.filters.append({u"status_code"_s, u"in"_s, {u"429"_s}});
        feed.subscribe(limited); // the five charts of the telemetry pane: 10 queries a round
        feed.setRange(TimeRange::Minutes15);
        feed.setLive(true);
        // KD_TELEMETRY_SECONDS=600 makes this the 10-minute run of the closing note.
        const int seconds = qEnvironmentVariableIntValue("KD_TELEMETRY_SECONDS");
        QTest::qWait((seconds > 0 ? seconds : 70) * 1000);
        std::printf("telemetry live run: %lld queries in %d s, %d answered 429\n",
                    static_cast<long long>(feed.sent().size()), seconds > 0 ? seconds : 70,
                    analytics429s(*f->session));
        const QList<QDateTime> &sent = feed.sent();
        QVERIFY2(sent.size() >= 12, qPrintable(QString::number(sent.size())));
        for (qsizetype i = 0; i < sent.size(); ++i) {
            int inWindow = 0;
            for (qsizetype j = i; j < sent.size() && sent.at(i).msecsTo(sent.at(j)) < 60000; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= TelemetryFeed::queriesPerMinute, qPrintable(QString::number(i)));
        }
        QCOMPARE(analytics429s(*f->session), 0);
        QCOMPARE(feed.failures(), 0);
        QVERIFY(feed.nextRefresh().isValid());
    }

    void backsOffOn429AndSaysSo() {
        auto f = start({Geo::Us});
        TelemetryFeed &feed = *f->feed;
        sim::Faults limited;
        limited.rateLimited = 1; // every answer is a 429 for now
        f->sim->server().setFaults(limited);
        feed.subscribe(need(Datasource::ApiUsage, {u"cache_hit_rate"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(feed.delay().contains(u"429"_s), 30000);
        QVERIFY(feed.delay().contains(u"waiting until"_s));
        f->sim->server().setFaults({});
        // Backing off: nothing more is sent for a while, although Konnect is fine again.
        const auto sentBefore = feed.sent().size();
        QTest::qWait(3000);
        QCOMPARE(feed.sent().size(), sentBefore);
        QVERIFY(feed.series(1).isEmpty());
    }

    void geosMergeAndGapsStayGaps() {
        auto f = start({Geo::Us, Geo::Eu});
        TelemetryFeed &feed = *f->feed;
        feed.setRange(TimeRange::Hours24);
        const int id =
            feed.subscribe(need(Datasource::ApiUsage, {u"request_count"_s}, u"control_plane"_s));
        QSignalSpy changed(&feed, &TelemetryFeed::seriesChanged);
        QVERIFY(changed.wait(20000));
        const QList<TelemetrySeries> series = feed.series(id);
        // prod answers from the US, staging from the EU: one feed, both geos.
        const auto find = [&series](const QString &cp) {
            return std::find_if(series.cbegin(), series.cend(),
                                [&cp](const TelemetrySeries &s) { return s.breakdownValue == cp; });
        };
        QVERIFY(find(f->prod) != series.cend());
        QVERIFY(find(f->staging) != series.cend());
        QCOMPARE(find(f->prod)->geo, Geo::Us);
        QCOMPARE(find(f->staging)->geo, Geo::Eu);
        QVERIFY2(find(f->staging)->label.startsWith(u"staging-billing-svcs"_s),
                 qPrintable(find(f->staging)->label)); // meta.display, not the id
        QCOMPARE(find(f->prod)->unit, u"count"_s);
        // Every bucket Konnect left out is NaN; every one it sent is there: compare with the
        // rows of the same query.
        MetricsQuery query(Datasource::ApiUsage);
        query.metric(u"request_count"_s)
            .dimension(u"time"_s)
            .dimension(u"control_plane"_s)
            .range(TimeRange::Hours24)
            .limit(1000);
        const auto direct = QCoro::waitFor(f->session->client().metrics(Geo::Eu, query));
        QVERIFY(direct);
        int rows = 0;
        for (const MetricsRow &row : direct->rows)
            rows += row.dimensions.value(u"control_plane"_s) == f->staging ? 1 : 0;
        const TelemetrySeries &staging = *find(f->staging);
        const auto present = std::count_if(staging.values.cbegin(), staging.values.cend(),
                                           [](double v) { return !std::isnan(v); });
        QVERIFY(rows > 0);
        QVERIFY(std::abs(present - rows) <= 1); // one bucket may have rolled over meanwhile
        QCOMPARE(staging.times.size(), staging.values.size());
        for (qsizetype i = 1; i < staging.times.size(); ++i)
            QCOMPARE(staging.times.at(i) - staging.times.at(i - 1), staging.granularityMs);
    }

    void aLowerRateLimitShowsMore429s() {
        auto f = start({Geo::Us});
        TelemetryFeed &feed = *f->feed;
        feed.setScope({TelemetryFeed::ScopeKind::ControlPlane, Geo::Us, f->prod});
        TelemetryNeed limited = need(Datasource::ApiUsage, {u"request_count"_s}, u"status_code"_s);
        limited.filters.append({u"status_code"_s, u"in"_s, {u"429"_s}});
        const int id = feed.subscribe(limited);
        QSignalSpy changed(&feed, &TelemetryFeed::seriesChanged);
        const auto total429 = [&feed, id] {
            double sum = 0;
            for (const TelemetrySeries &s : feed.series(id)) {
                for (double v : s.values)
                    sum += std::isnan(v) ? 0 : v;
            }
            return sum;
        };
        QVERIFY(changed.wait(20000));
        const double before = total429();
        // In Konnect (the simulator): rla-billing-api now allows far fewer requests.
        sim::Organisation &org = f->sim->server().organisation();
        for (QJsonObject plugin : org.plugins[f->prod].values()) {
            if (plugin.value(u"instance_name"_s).toString() == u"rla-billing-api"_s) {
                QJsonObject config = plugin.value(u"config"_s).toObject();
                config.insert(u"limit"_s, QJsonArray{5});
                config.insert(u"window_size"_s, QJsonArray{60});
                plugin.insert(u"config"_s, config);
                org.plugins[f->prod].insert(plugin);
            }
        }
        changed.clear();
        feed.refreshNow();
        QVERIFY(changed.wait(20000));
        const double after = total429();
        QVERIFY2(after > before * 1.5, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestTelemetry)
#include "tst_telemetry.moc"
