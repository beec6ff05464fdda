#include "client/KonnectClient.h"
#include "client/Metrics.h"
#include "sim/SimInstance.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include "RawHttpServer.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd::test {

namespace {
const QString token = u"kpat_client-fixture-not-a-token"_s;

// The client against a real konnect-sim over loopback HTTP(S).
struct Fixture {
    explicit Fixture(const QString &seed = u"demo"_s, bool tls = false, double timeScale = 3600) {
        sim::SimLaunch launch;
        launch.options.tokens = {token};
        launch.options.timeScale = timeScale;
        launch.seed = seed;
        launch.tls = tls;
        QString error;
        instance = sim::SimInstance::start(launch, &error);
        if (!instance)
            qFatal("sim: %s", qPrintable(error));
        transport =
            std::make_unique<Transport>(*EndpointTemplate::parse(instance->endpointTemplate()));
        transport->setToken(token);
        RetryPolicy fast;
        fast.initialBackoff = 50ms;
        fast.maxBackoff = 400ms;
        transport->setRetryPolicy(fast);
        client = std::make_unique<KonnectClient>(transport.get());
    }
    sim::Organisation &org() { return instance->server().organisation(); }
    void setFaults(const sim::Faults &faults) { instance->server().setFaults(faults); }
    int callsTo(const QString &fragment) const {
        int count = 0;
        for (const CallRecord &record : transport->callLog().records())
            count += record.path.contains(fragment) ? 1 : 0;
        return count;
    }

    std::unique_ptr<sim::SimInstance> instance;
    std::unique_ptr<Transport> transport;
    std::unique_ptr<KonnectClient> client;
};

template <typename T>
T await(QCoro::Task<T> &&task) {
    return QCoro::waitFor(std::move(task));
}

QString prodId(Fixture &f) {
    ControlPlaneFilter filter;
    filter.nameEquals = u"prod-billing-svcs"_s;
    return await(f.client->controlPlanes(Geo::Us, filter))->value(0).id;
}
} // namespace

class TestClient final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void identity() {
        Fixture f;
        const auto me = await(f.client->me());
        QVERIFY2(me, qPrintable(me ? QString() : me.error().message()));
        QCOMPARE(me->preferredName, u"Avery"_s);
        const auto org = await(f.client->organization());
        QCOMPARE(org->name, u"Acme Billing"_s);
    }

    void wrongTokenIsAClearError() {
        Fixture f;
        f.transport->setToken(u"kpat_wrong"_s);
        const auto me = await(f.client->me());
        QVERIFY(!me);
        QCOMPARE(me.error().status(), 401);
        QVERIFY(me.error().message().contains(u"token"_s));
        QVERIFY(me.error().traceId().startsWith(u"konnect:trace:"_s));
    }

    void controlPlaneLifecycle() {
        Fixture f;
        ControlPlaneCreate create;
        create.name = u"edge"_s;
        create.cloudGateway = true;
        create.labels = {{u"env"_s, u"test"_s}};
        create.proxyUrls = {{u"gw.example.com"_s, 443, u"https"_s}};
        const auto created = await(f.client->createControlPlane(Geo::Au, create));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        QCOMPARE(created->geo, Geo::Au);
        QCOMPARE(created->clusterType.value, ClusterType::ControlPlane);
        QCOMPARE(created->proxyUrls.value(0).host, u"gw.example.com"_s);

        const auto duplicate = await(f.client->createControlPlane(Geo::Au, create));
        QCOMPARE(duplicate.error().status(), 409);

        ControlPlanePatch patch;
        patch.labels = Labels{{u"env"_s, u"prod"_s}};
        const auto updated = await(f.client->updateControlPlane(Geo::Au, created->id, patch));
        QCOMPARE(updated->labels.value(u"env"_s), u"prod"_s);

        ControlPlaneFilter filter;
        filter.labels = u"env:prod"_s;
        QCOMPARE(await(f.client->controlPlanes(Geo::Au, filter))->size(), 1);
        QVERIFY(await(f.client->deleteControlPlane(Geo::Au, created->id)));
        QCOMPARE(await(f.client->controlPlane(Geo::Au, created->id)).error().status(), 404);

        ControlPlaneCreate invalid;
        invalid.name = u"x"_s;
        const auto refused = await(f.client->createControlPlane(Geo::Au, invalid));
        QCOMPARE(refused.error().status(), 400);
        QCOMPARE(refused.error().invalidParameters().value(0).field, u"name"_s);
    }

    void pageNumberPagingOverManyPages() {
        Fixture f(u"fleet:1300"_s);
        int pages = 0;
        const auto planes = await(f.client->controlPlanes(
            Geo::Us, {}, Priority::Background, [&pages](const QList<ControlPlane> &) { ++pages; }));
        QVERIFY(planes);
        QCOMPARE(planes->size(), 217);
        QCOMPARE(pages, 3);
        QSet<QString> ids;
        for (const ControlPlane &cp : *planes)
            ids.insert(cp.id);
        QCOMPARE(ids.size(), 217);
    }

    void offsetAndCursorPagingOverManyPages() {
        Fixture f;
        const QString prod = prodId(f);
        // 2,500 plugins and 250 nodes: three offset pages and three cursor pages.
        for (int i = 0; i < 2495; ++i)
            f.org().plugins[prod].insert(QJsonObject{{u"id"_s, f.org().newId()},
                                                     {u"name"_s, u"cors"_s},
                                                     {u"enabled"_s, true},
                                                     {u"protocols"_s, QJsonArray{u"https"_s}},
                                                     {u"tags"_s, QJsonArray{}},
                                                     {u"config"_s, QJsonObject{}},
                                                     {u"created_at"_s, 1},
                                                     {u"updated_at"_s, 1}});
        for (int i = 0; i < 244; ++i)
            f.org().nodes[prod].insert(QJsonObject{{u"id"_s, f.org().newId()},
                                                   {u"hostname"_s, u"n%1"_s.arg(i)},
                                                   {u"version"_s, u"3.14.0.0"_s},
                                                   {u"last_ping"_s, 1},
                                                   {u"type"_s, u"kong-proxy"_s}});
        const auto plugins = await(f.client->plugins(Geo::Us, prod));
        QVERIFY(plugins);
        QCOMPARE(plugins->size(), 2500);
        QCOMPARE(f.callsTo(u"/core-entities/plugins"_s), 3);
        const auto nodes = await(f.client->nodes(Geo::Us, prod));
        QVERIFY2(nodes, qPrintable(nodes ? QString() : nodes.error().message()));
        QCOMPARE(nodes->size(), 250);
        QCOMPARE(f.callsTo(u"/nodes"_s), 3);
    }

    void cloudGatewayResources() {
        Fixture f;
        QVERIFY(await(f.client->availability())->regions.value(CloudProvider::Azure).size() > 5);
        const auto accounts = await(f.client->providerAccounts());
        QCOMPARE(accounts->size(), 3);
        const auto networks = await(f.client->networks());
        QCOMPARE(networks->size(), 4);
        QCOMPARE(networks->at(0).state.value, NetworkState::Ready);
        const auto configurations = await(f.client->configurations());
        QCOMPARE(configurations->size(), 2);
        const QString prod = prodId(f);
        const auto prodConfiguration = await(f.client->configurations(Priority::User, prod));
        QCOMPARE(prodConfiguration->size(), 1);
        QCOMPARE(prodConfiguration->at(0).groups.size(), 3);
        QCOMPARE(prodConfiguration->at(0).groups.at(2).provider.value, CloudProvider::Gcp);
        QCOMPARE(prodConfiguration->at(0).groups.at(0).state.value, GroupState::Ready);
    }

    void managedCacheFlow() {
        Fixture f(u"demo"_s, false, 3600);
        const QString prod = prodId(f);
        const auto caches = await(f.client->managedCaches(Priority::User, prod));
        QCOMPARE(caches->size(), 1);
        const ManagedCache cache = caches->at(0);
        QCOMPARE(cache.tier.value, CacheTier::Small);
        QCOMPARE(cache.groups.size(), 2);
        QVERIFY(!cache.cacheConfigId.isEmpty());

        const auto partial = await(f.client->partial(Geo::Us, prod, cache.cacheConfigId));
        QVERIFY(partial->konnectManaged());
        QCOMPARE(partial->type.value, PartialType::RedisEe);
        const auto links = await(f.client->partialLinks(Geo::Us, prod, cache.cacheConfigId));
        QCOMPARE(links->size(), 2);

        QCOMPARE(await(f.client->resizeManagedCache(cache.id, CacheTier::Micro)).error().status(),
                 400);
        QCOMPARE(await(f.client->resizeManagedCache(cache.id, CacheTier::Large))->tier.value,
                 CacheTier::Large);
        const auto refused = await(f.client->deleteManagedCache(cache.id));
        QCOMPARE(refused.error().status(), 400);
        QVERIFY(refused.error().message().contains(u"2 linked plugin(s)"_s));
    }

    void pluginsKeepWhatTheAppDoesNotModel() {
        Fixture f;
        const QString prod = prodId(f);
        const auto plugins =
            await(f.client->plugins(Geo::Us, prod, Priority::User, u"rate-limiting-advanced"_s));
        QCOMPARE(plugins->size(), 1);
        Plugin plugin = plugins->at(0);
        QCOMPARE(plugin.partialIds.size(), 1);
        plugin.enabled = false;
        const auto put = await(f.client->putPlugin(Geo::Us, prod, plugin));
        QVERIFY2(put, qPrintable(put ? QString() : put.error().message()));
        QCOMPARE(put->enabled, false);
        QCOMPARE(put->config().value(u"namespace"_s).toString(), u"billing"_s);
        QCOMPARE(put->config().value(u"window_type"_s).toString(), u"sliding"_s);
        QCOMPARE(put->partialIds, plugin.partialIds);
        QCOMPARE(put->protocols, plugin.protocols); // kept though the app never edits them
        QCOMPARE(put->controlPlaneId, prod);
        QCOMPARE(put->geo, Geo::Us);

        Partial partial;
        partial.name = u"sessions"_s;
        partial.type = partialTypeFrom(u"redis-ee"_s);
        partial.config = {{u"host"_s, u"redis.example"_s}, {u"port"_s, 6380}};
        const auto created = await(f.client->createPartial(Geo::Us, prod, partial));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        Partial edited = *created;
        edited.config.insert(u"database"_s, 2);
        const auto replaced = await(f.client->putPartial(Geo::Us, prod, edited));
        QCOMPARE(replaced->config.value(u"database"_s).toInt(), 2);
        QCOMPARE(replaced->config.value(u"keepalive_pool_size"_s).toInt(), 256);
        QVERIFY(await(f.client->deletePartial(Geo::Us, prod, created->id)));
    }

    void metricsQueries() {
        Fixture f;
        MetricsQuery query;
        query.metric(u"response_latency_p50"_s)
            .metric(u"response_latency_p95"_s)
            .metric(u"response_latency_p99"_s)
            .dimension(u"time"_s)
            .dimension(u"control_plane"_s)
            .range(TimeRange::Minutes15);
        QCOMPARE(query.effectiveGranularity(), Granularity::TenSecondly);
        query.granularity(Granularity::Minutely);
        const auto result = await(f.client->metrics(Geo::Us, query));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QVERIFY(result->rows.size() >= 10);
        QCOMPARE(result->granularityMs, 60000);
        QCOMPARE(result->units.value(u"response_latency_p95"_s), u"ms"_s);
        const MetricsRow &row = result->rows.first();
        QVERIFY(row.values.value(u"response_latency_p50"_s)
                <= row.values.value(u"response_latency_p95"_s));
        QCOMPARE(result->displayName(u"control_plane"_s, row.dimensions.value(u"control_plane"_s)),
                 u"prod-billing-svcs"_s);

        MetricsQuery tooMany;
        tooMany.metric(u"request_count"_s)
            .metric(u"error_rate"_s)
            .metric(u"cache_hit_rate"_s)
            .metric(u"response_latency_p50"_s);
        QCOMPARE(await(f.client->metrics(Geo::Us, tooMany)).error().kind(), Error::Kind::Invalid);
        MetricsQuery badGranularity;
        badGranularity.metric(u"request_count"_s)
            .dimension(u"time"_s)
            .range(TimeRange::Hours24)
            .granularity(Granularity::Minutely);
        QVERIFY(badGranularity.validate());
        MetricsQuery cacheMonth(Datasource::ManagedCacheUsage);
        cacheMonth.metric(u"cache_memory_utilization_max"_s).range(TimeRange::Days30);
        QVERIFY(cacheMonth.validate());
        QCOMPARE(f.transport->callLog().totalCalls(), 1ULL); // invalid queries never left
    }

    void retriesOn429WithAndWithoutRetryAfter() {
        for (const bool retryAfter : {true, false}) {
            Fixture f;
            sim::SimOptions &options =
                const_cast<sim::SimOptions &>(f.instance->server().options());
            options.retryAfterOnRateLimit = retryAfter;
            sim::Faults faults;
            faults.rateLimited = 1;
            f.setFaults(faults);
            QTimer::singleShot(300, &f.instance->server(), [&f] { f.setFaults({}); });
            const auto me = await(f.client->me());
            QVERIFY2(me, qPrintable(me ? QString() : me.error().message()));
            const CallRecord &last = f.transport->callLog().records().constLast();
            QVERIFY(last.retries >= 1);
            QCOMPARE(f.transport->callLog().records().constFirst().status, 429);
        }
    }

    void retryAfterAsAnHttpDate() {
        const QByteArray date =
            QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::RFC2822Date).toLatin1();
        RawHttpServer server(
            QList<QByteArray>{"HTTP/1.1 429 Too Many Requests\r\nRetry-After: " + date
                                  + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                                    "Connection: close\r\n\r\n{}",
                              RawHttpServer::json(R"({"id":"u","email":"a@b.c"})")});
        Transport transport(*EndpointTemplate::parse(server.origin() + u"/{geo}"_s));
        KonnectClient client(&transport);
        QElapsedTimer timer;
        timer.start();
        const auto me = await(client.me());
        QVERIFY2(me, qPrintable(me ? QString() : me.error().message()));
        QCOMPARE(server.received.size(), 2);
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    }

    // A plugin keeps the bytes its page carried: nothing is re-serialised on the way in.
    void pluginsKeepTheirJsonAsSent() {
        // Spaces, and brackets and an escaped quote inside strings, as a server may send them.
        const QByteArray first = "{ \"id\": \"p1\", \"name\": \"cors\", \"config\": "
                                 "{\"origins\": [\"a]\\\"}{,\", \"[b\"]}, \"protocols\": "
                                 "[\"http\"], \"tags\": [], \"enabled\": true }";
        const QByteArray second =
            "{\"id\":\"p2\",\"name\":\"acl\",\"route\":{\"id\":\"r\"},\"config\":{}}";
        const QByteArray body =
            "{\n  \"data\" : [ " + first + " ,\n " + second + " ],\n  \"offset\": null\n}";
        RawHttpServer server(RawHttpServer::json(body));
        Transport transport(*EndpointTemplate::parse(server.origin() + u"/{geo}"_s));
        KonnectClient client(&transport);
        const auto plugins = await(client.plugins(Geo::Eu, u"cp"_s));
        QVERIFY2(plugins, qPrintable(plugins ? QString() : plugins.error().message()));
        QCOMPARE(plugins->size(), 2);
        QCOMPARE(plugins->at(0).json(), first);
        QCOMPARE(plugins->at(0).config().value(u"origins"_s).toStringList(),
                 QStringList({u"a]\"}{,"_s, u"[b"_s}));
        QCOMPARE(plugins->at(1).json(), second);
        QCOMPARE(plugins->at(1).routeId, u"r"_s);
        QCOMPARE(plugins->at(1).controlPlaneId, u"cp"_s);
    }

    void retries503ThenSucceeds() {
        Fixture f;
        sim::Faults faults;
        faults.serverError = 1;
        faults.serverErrorCodes = {503};
        f.setFaults(faults);
        QTimer::singleShot(120, &f.instance->server(), [&f] { f.setFaults({}); });
        const auto planes = await(f.client->controlPlanes(Geo::Us));
        QVERIFY(planes);
        QVERIFY(f.transport->callLog().records().size() >= 2);
    }

    void connectionResetRetriesReadsButNotCreates() {
        Fixture f;
        sim::Faults faults;
        faults.reset = 1;
        f.setFaults(faults);
        QTimer::singleShot(150, &f.instance->server(), [&f] { f.setFaults({}); });
        QVERIFY(await(f.client->me()));

        const QString staging = await(f.client->controlPlanes(Geo::Eu))->value(0).id;
        f.setFaults(faults);
        const int before = static_cast<int>(f.org().addOns.size());
        const auto created =
            await(f.client->createManagedCache(u"lost"_s, staging, Geo::Eu, CacheTier::Small));
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::OutcomeUnknown);
        QVERIFY(created.error().message().contains(u"lost"_s));
        f.setFaults({});
        QCOMPARE(static_cast<int>(f.org().addOns.size()), before); // never sent twice
    }

    void truncatedBodiesNeverCrash() {
        Fixture f;
        sim::Faults faults;
        faults.truncate = 1;
        f.setFaults(faults);
        const auto planes = await(f.client->controlPlanes(Geo::Us));
        QVERIFY(!planes);
        QVERIFY(planes.error().kind() == Error::Kind::Transport
                || planes.error().kind() == Error::Kind::Parse);
        QVERIFY(!planes.error().message().isEmpty());
    }

    void redirectToAnotherHostIsRefusedWithoutTheToken() {
        RawHttpServer elsewhere(RawHttpServer::json("{}"));
        RawHttpServer konnect("HTTP/1.1 302 Found\r\nLocation: " + elsewhere.origin().toUtf8()
                              + "/steal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        Transport transport(*EndpointTemplate::parse(konnect.origin() + u"/{geo}"_s));
        transport.setToken(token);
        KonnectClient client(&transport);
        const auto me = await(client.me());
        QVERIFY(!me);
        QCOMPARE(me.error().kind(), Error::Kind::RedirectRefused);
        QVERIFY(konnect.received.value(0).contains("Authorization: Bearer " + token.toUtf8()));
        QVERIFY(elsewhere.received.isEmpty());
        // And a template host never gets a token for a URL it does not cover.
        QVERIFY(!transport.endpoints().covers(QUrl(elsewhere.origin() + u"/global"_s)));
    }

    void wronglyTypedAndUnknownEnumBodies() {
        const QByteArray plane =
            R"({"meta":{"page":{"number":1,"size":100,"total":1}},"data":[{"id":"a","name":"x","description":"","labels":{},"config":{"control_plane_endpoint":"e","telemetry_endpoint":"t","cluster_type":"CLUSTER_TYPE_QUANTUM","auth_type":"pinned_client_certs","cloud_gateway":false,"proxy_urls":[]},"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}]})";
        RawHttpServer future(RawHttpServer::json(plane));
        Transport transport(*EndpointTemplate::parse(future.origin() + u"/{geo}"_s));
        KonnectClient client(&transport);
        const auto planes = await(client.controlPlanes(Geo::Us));
        QVERIFY(planes);
        QCOMPARE(planes->at(0).clusterType.value, ClusterType::Unknown);
        QCOMPARE(planes->at(0).clusterType.raw, u"CLUSTER_TYPE_QUANTUM"_s);

        QByteArray wrong = plane;
        wrong.replace(R"("name":"x")", R"("name":42)");
        RawHttpServer typed(RawHttpServer::json(wrong));
        Transport transport2(*EndpointTemplate::parse(typed.origin() + u"/{geo}"_s));
        KonnectClient client2(&transport2);
        RetryPolicy once;
        once.maxAttempts = 1;
        transport2.setRetryPolicy(once);
        const auto broken = await(client2.controlPlanes(Geo::Us));
        QCOMPARE(broken.error().kind(), Error::Kind::Parse);
        QCOMPARE(broken.error().field(), u"control plane.name"_s);

        RawHttpServer garbage(RawHttpServer::json("{\"meta\": [1,2"));
        Transport transport3(*EndpointTemplate::parse(garbage.origin() + u"/{geo}"_s));
        transport3.setRetryPolicy(once);
        KonnectClient client3(&transport3);
        QCOMPARE(await(client3.me()).error().kind(), Error::Kind::Parse);
    }

    void httpsWithTheSimulatorsCaAndWithout() {
        Fixture f(u"demo"_s, true);
        RetryPolicy once;
        once.maxAttempts = 1;
        f.transport->setRetryPolicy(once);
        const auto untrusted = await(f.client->me());
        QVERIFY(!untrusted);
        QCOMPARE(untrusted.error().transportKind(), Error::TransportKind::Tls);
        f.transport->setExtraCaCertificates(QSslCertificate::fromData(f.instance->caPem()));
        const auto trusted = await(f.client->me());
        QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message()));
    }

    void callLogHasNoToken() {
        Fixture f;
        QVERIFY(await(f.client->controlPlanes(Geo::Eu)));
        ControlPlaneCreate create;
        create.name = u"logged"_s;
        QVERIFY(await(f.client->createControlPlane(Geo::Eu, create)));
        for (const CallRecord &record : f.transport->callLog().records()) {
            QVERIFY(!record.url.contains(token));
            QVERIFY(!record.requestBody.contains(token.toUtf8()));
            const QString curl = CallLog::toCurl(record);
            QVERIFY(!curl.contains(token));
            QVERIFY(curl.contains(u"$KONNECT_TOKEN"_s));
        }
        const CallRecord &post = f.transport->callLog().records().constLast();
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.status, 201);
        QCOMPARE(post.geo, Geo::Eu);
        QVERIFY(post.bytes > 0);
    }

    void budgetLimitsAnalyticsAndConcurrency() {
        RequestBudget budget;
        budget.setAnalyticsPerMinute(2);
        QCOMPARE(budget.analyticsLeft(), 2);
        QCoro::waitFor(budget.acquire(Priority::Background, true));
        budget.release();
        QCoro::waitFor(budget.acquire(Priority::Background, true));
        budget.release();
        QCOMPARE(budget.analyticsLeft(), 0);
        QVERIFY(budget.nextAnalyticsSlot() > QDateTime::currentDateTimeUtc().addSecs(50));

        budget.setConcurrency(1);
        QCoro::waitFor(budget.acquire(Priority::Background, false));
        QCOMPARE(budget.inFlight(), 1);
        QStringList order;
        // Parameters, not captures: a coroutine lambda's captures die with the temporary.
        const auto acquireAndRecord = [](RequestBudget &budget, QStringList &order,
                                         Priority priority, QString label) -> QCoro::Task<> {
            co_await budget.acquire(priority, false);
            order.append(label);
            budget.release();
        };
        auto background = acquireAndRecord(budget, order, Priority::Background, u"background"_s);
        auto user = acquireAndRecord(budget, order, Priority::User, u"user"_s);
        QCOMPARE(budget.waiting(), 2);
        budget.release();
        QCoro::waitFor(std::move(background));
        QCoro::waitFor(std::move(user));
        QCOMPARE(order, (QStringList{u"user"_s, u"background"_s})); // user actions first
    }

    void noJsonTypeInPublicHeaders() {
        QDirIterator it(QStringLiteral(KD_SOURCE_DIR "/client"), {u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        int checked = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/internal/"_s))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("QJson"), qPrintable(path));
            ++checked;
        }
        QVERIFY(checked >= 8);
    }
};

} // namespace kd::test

QTEST_GUILESS_MAIN(kd::test::TestClient)
#include "tst_client.moc"
