#include "client/CoreWrite.h"
#include "client/KonnectClient.h"
#include "sim/SimInstance.h"
#include "sim/SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;

namespace kd::test {

namespace {
const QString token = u"kpat_corewrite-fixture-not-a-token"_s;

template <typename T>
T await(QCoro::Task<T> &&task) {
    return QCoro::waitFor(std::move(task));
}

QJsonObject bodyOf(const CoreWrite &write) {
    return QJsonDocument::fromJson(write.request().body).object();
}

CoreWrite writeOf(CoreWrite::Action action, const QString &controlPlaneId, const QString &id,
                  std::variant<PartialWrite, PluginWrite, ControlPlaneWrite> entity) {
    CoreWrite write;
    write.action = action;
    write.geo = Geo::Eu;
    write.controlPlaneId = controlPlaneId;
    write.id = id;
    write.entity = std::move(entity);
    write.what = u"apply a test write"_s;
    return write;
}

PluginWrite rateLimiting() {
    PluginWrite plugin;
    plugin.name = u"rate-limiting-advanced"_s;
    plugin.instanceName = u"rla-partners"_s;
    plugin.protocols = QStringList{u"https"_s};
    plugin.tags = QStringList{u"team:billing"_s};
    plugin.config = {{u"limit"_s, QVariantList{10}},
                     {u"window_size"_s, QVariantList{60}},
                     {u"strategy"_s, u"redis"_s}};
    return plugin;
}
} // namespace

// The typed writes the compare's apply sends: the request each one makes (what the review
// shows), and each sent to a real konnect-sim over HTTP and read back through the client.
class TestCoreWrite final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<sim::SimInstance> m_sim;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<KonnectClient> m_client;
    QString m_cp;

private Q_SLOTS:
    void initTestCase() {
        sim::SimLaunch launch;
        launch.options.tokens = {token};
        QString error;
        m_sim = sim::SimInstance::start(launch, &error);
        QVERIFY2(m_sim, qPrintable(error));
        m_transport =
            std::make_unique<Transport>(*EndpointTemplate::parse(m_sim->endpointTemplate()));
        m_transport->setToken(token);
        m_client = std::make_unique<KonnectClient>(m_transport.get());
        ControlPlaneCreate create;
        create.name = u"corewrite-target"_s;
        create.description = u"before"_s;
        create.labels = {{u"team"_s, u"billing"_s}, {u"stale"_s, u"yes"_s}};
        const auto plane = await(m_client->createControlPlane(Geo::Eu, create));
        QVERIFY2(plane, qPrintable(plane ? QString() : plane.error().message()));
        m_cp = plane->id;
    }

    void eachWriteIsExactlyOneRequest() {
        PluginWrite plugin = rateLimiting();
        plugin.partials = {{{}, u"shared-redis"_s, u"config.redis"_s}};
        plugin.serviceId = u"svc-1"_s;
        const CoreWrite create = writeOf(CoreWrite::Action::Create, m_cp, {}, plugin);
        QCOMPARE(create.request().method, QByteArray("POST"));
        QCOMPARE(create.request().geo, Geo::Eu);
        QCOMPARE(create.request().priority, Priority::User);
        QCOMPARE(create.request().path, u"/v2/control-planes/%1/core-entities/plugins"_s.arg(m_cp));
        const QJsonObject body = bodyOf(create);
        QCOMPARE(body.value(u"instance_name"_s).toString(), u"rla-partners"_s);
        QCOMPARE(body.value(u"service"_s).toObject(), QJsonObject({{u"id"_s, u"svc-1"_s}}));
        QVERIFY(!body.contains(u"route"_s));
        // A link to a partial that does not exist yet: name and path, no id.
        QCOMPARE(body.value(u"partials"_s).toArray().first().toObject(),
                 QJsonObject({{u"name"_s, u"shared-redis"_s}, {u"path"_s, u"config.redis"_s}}));

        const CoreWrite put = writeOf(CoreWrite::Action::Replace, m_cp, u"p-1"_s, PartialWrite{});
        QCOMPARE(put.request().method, QByteArray("PUT"));
        QVERIFY(put.request().path.endsWith(u"/core-entities/partials/p-1"_s));
        const CoreWrite remove = writeOf(CoreWrite::Action::Delete, m_cp, u"x"_s, PluginWrite{});
        QCOMPARE(remove.request().method, QByteArray("DELETE"));
        QVERIFY(remove.request().path.endsWith(u"/core-entities/plugins/x"_s));
        QVERIFY(remove.request().body.isEmpty());

        ControlPlaneWrite patch;
        patch.labels = Labels{{u"team"_s, u"payments"_s}};
        const CoreWrite labels = writeOf(CoreWrite::Action::Replace, m_cp, m_cp, patch);
        QCOMPARE(labels.request().method, QByteArray("PATCH"));
        QCOMPARE(labels.request().path, u"/v2/control-planes/"_s + m_cp);
        QCOMPARE(bodyOf(labels),
                 QJsonObject({{u"labels"_s, QJsonObject{{u"team"_s, u"payments"_s}}}}));
    }

    void writesReachKonnectAndReadBack() {
        PartialWrite partial{u"shared-redis"_s,
                             u"redis-ee"_s,
                             {u"team:billing"_s},
                             {{u"host"_s, u"redis.internal"_s}, {u"port"_s, 6380}}};
        const auto partialId =
            await(m_client->write(writeOf(CoreWrite::Action::Create, m_cp, {}, partial)));
        QVERIFY2(partialId, qPrintable(partialId ? QString() : partialId.error().message()));
        QVERIFY(!partialId->isEmpty());

        PluginWrite plugin = rateLimiting();
        plugin.partials = {{*partialId, u"shared-redis"_s, u"config.redis"_s}};
        const auto pluginId =
            await(m_client->write(writeOf(CoreWrite::Action::Create, m_cp, {}, plugin)));
        QVERIFY2(pluginId, qPrintable(pluginId ? QString() : pluginId.error().message()));
        auto read = await(m_client->plugin(Geo::Eu, m_cp, *pluginId));
        QVERIFY(read);
        QCOMPARE(read->instanceName, u"rla-partners"_s);
        QCOMPARE(read->partialIds, QStringList{*partialId});
        QCOMPARE(read->protocols, QStringList{u"https"_s});
        QCOMPARE(read->config().value(u"limit"_s).toList(), QVariantList{10});

        plugin.enabled = false;
        const auto replaced =
            await(m_client->write(writeOf(CoreWrite::Action::Replace, m_cp, *pluginId, plugin)));
        QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message()));
        QCOMPARE(*replaced, *pluginId);
        QCOMPARE(await(m_client->plugin(Geo::Eu, m_cp, *pluginId))->enabled, false);

        ControlPlaneWrite patch;
        patch.description = u"after"_s;
        patch.labels = Labels{{u"team"_s, u"payments"_s}}; // "stale" goes
        const auto patched =
            await(m_client->write(writeOf(CoreWrite::Action::Replace, m_cp, m_cp, patch)));
        QVERIFY2(patched, qPrintable(patched ? QString() : patched.error().message()));
        const auto plane = await(m_client->controlPlane(Geo::Eu, m_cp));
        QCOMPARE(plane->description, u"after"_s);
        QCOMPARE(plane->labels, (Labels{{u"team"_s, u"payments"_s}}));

        QVERIFY(await(
            m_client->write(writeOf(CoreWrite::Action::Delete, m_cp, *pluginId, PluginWrite{}))));
        QVERIFY(await(
            m_client->write(writeOf(CoreWrite::Action::Delete, m_cp, *partialId, PartialWrite{}))));
        QVERIFY(await(m_client->plugins(Geo::Eu, m_cp))->isEmpty());
        QVERIFY(await(m_client->partials(Geo::Eu, m_cp))->isEmpty());
    }

    // More consumers than one page holds, a service, its route; a plugin written scoped to
    // the service reads back scoped to it.
    void servicesRoutesAndConsumersAreReadInFull() {
        const QString core = u"/v2/control-planes/%1/core-entities/"_s.arg(m_cp);
        const auto post = [&](const QString &kind, const QJsonObject &body) {
            sim::SimRequest request;
            request.method = "POST";
            request.host = u"eu"_s;
            request.path = core + kind;
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.token = token;
            const sim::SimResponse response = m_sim->server().respond(request);
            if (response.status != 201)
                qFatal("POST %s: %s", qPrintable(kind), response.body.constData());
            return QJsonDocument::fromJson(response.body).object().value(u"id"_s).toString();
        };
        const int count = KonnectClient::corePageSize + 1;
        for (int i = 0; i < count; ++i)
            post(u"consumers"_s, {{u"username"_s, u"user-%1"_s.arg(i)}});
        const QString service = post(u"services"_s, {{u"name"_s, u"orders"_s},
                                                     {u"host"_s, u"orders.internal"_s},
                                                     {u"tags"_s, QJsonArray{u"team"_s}}});
        const QString route = post(u"routes"_s, {{u"name"_s, u"orders-get"_s},
                                                 {u"paths"_s, QJsonArray{u"/orders"_s}},
                                                 {u"service"_s, QJsonObject{{u"id"_s, service}}}});
        const auto consumers = await(m_client->consumers(Geo::Eu, m_cp));
        QVERIFY2(consumers, qPrintable(consumers ? QString() : consumers.error().message()));
        QCOMPARE(consumers->size(), count); // two pages
        QCOMPARE(consumers->first().controlPlaneId, m_cp);
        QCOMPARE(consumers->first().geo, Geo::Eu);
        const auto services = await(m_client->services(Geo::Eu, m_cp));
        QVERIFY(services);
        QCOMPARE(services->size(), 1);
        QCOMPARE(services->first().name, u"orders"_s);
        QCOMPARE(services->first().tags, QStringList{u"team"_s});
        QCOMPARE(services->first().fields.value(u"host"_s).toString(), u"orders.internal"_s);
        QCOMPARE(services->first().fields.value(u"port"_s).toInt(), 80);
        QVERIFY(!services->first().fields.contains(u"tls_verify"_s)); // null: left out
        QVERIFY(!services->first().fields.contains(u"id"_s));
        const auto routes = await(m_client->routes(Geo::Eu, m_cp));
        QVERIFY(routes);
        QCOMPARE(routes->first().serviceId, service);
        QCOMPARE(routes->first().fields.value(u"paths"_s).toList(), QVariantList{u"/orders"_s});
        QVERIFY(!routes->first().fields.contains(u"service"_s));

        PluginWrite plugin;
        plugin.name = u"key-auth"_s;
        plugin.routeId = route;
        const auto written =
            await(m_client->write(writeOf(CoreWrite::Action::Create, m_cp, {}, plugin)));
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
        QCOMPARE(await(m_client->plugin(Geo::Eu, m_cp, *written))->routeId, route);
        plugin.routeId = u"00000000-0000-4000-8000-000000000000"_s;
        const auto dangling =
            await(m_client->write(writeOf(CoreWrite::Action::Create, m_cp, {}, plugin)));
        QVERIFY(!dangling);
        QCOMPARE(dangling.error().status(), 400);
        QVERIFY(await(
            m_client->write(writeOf(CoreWrite::Action::Delete, m_cp, *written, PluginWrite{}))));
    }

    void aRefusedWriteSaysWhatKonnectSaid() {
        PluginWrite plugin = rateLimiting();
        plugin.partials = {
            {u"00000000-0000-4000-8000-000000000000"_s, u"gone"_s, u"config.redis"_s}};
        const auto refused =
            await(m_client->write(writeOf(CoreWrite::Action::Create, m_cp, {}, plugin)));
        QVERIFY(!refused);
        QCOMPARE(refused.error().status(), 400);
        QVERIFY2(refused.error().message().contains(u"does not exist"_s),
                 qPrintable(refused.error().message()));
    }
};

} // namespace kd::test

QTEST_GUILESS_MAIN(kd::test::TestCoreWrite)
#include "tst_corewrite.moc"
