#include <QTest>

#include "SimFixture.h"

using namespace Qt::StringLiterals;

namespace kd::sim::test {

// Services, routes and consumers as Kong keeps them: defaults filled, `url` shorthand, the
// foreign keys of routes and plugins, what a delete refuses and what it takes with it.
class TestSimGatewayEntities final : public QObject {
    Q_OBJECT
private:
    SimFixture m_sim;
    QString m_core;

    QString prodCore() {
        const Reply planes =
            m_sim.call("GET", u"us"_s, u"/v2/control-planes?filter[name][eq]=prod-billing-svcs"_s);
        return u"/v2/control-planes/"_s
               + planes.json.value(u"data"_s).toArray().first().toObject().value(u"id"_s).toString()
               + u"/core-entities/"_s;
    }

private Q_SLOTS:
    void initTestCase() { m_core = prodCore(); }

    void aServiceGetsKongsDefaultsAndItsUrlSplit() {
        const Reply created = m_sim.call(
            "POST", u"us"_s, m_core + u"services"_s,
            {{u"name"_s, u"orders"_s}, {u"url"_s, u"https://orders.internal:8443/v1"_s}});
        QCOMPARE(created.status, 201);
        const QJsonObject service = created.json;
        QCOMPARE(service.value(u"protocol"_s).toString(), u"https"_s);
        QCOMPARE(service.value(u"host"_s).toString(), u"orders.internal"_s);
        QCOMPARE(service.value(u"port"_s).toInt(), 8443);
        QCOMPARE(service.value(u"path"_s).toString(), u"/v1"_s);
        QCOMPARE(service.value(u"retries"_s).toInt(), 5);
        QCOMPARE(service.value(u"connect_timeout"_s).toInt(), 60000);
        QVERIFY(service.value(u"tls_verify"_s).isNull());
        QVERIFY(!service.contains(u"url"_s));
        QCOMPARE(m_sim
                     .call("POST", u"us"_s, m_core + u"services"_s,
                           {{u"name"_s, u"orders"_s}, {u"host"_s, u"x"_s}})
                     .status,
                 409); // names are unique
        QCOMPARE(
            m_sim.call("POST", u"us"_s, m_core + u"services"_s, {{u"name"_s, u"nohost"_s}}).status,
            400);
    }

    void routesAndPluginsMustReferenceWhatExists() {
        const QJsonObject missing{{u"id"_s, u"00000000-0000-4000-8000-000000000000"_s}};
        const Reply route =
            m_sim.call("POST", u"us"_s, m_core + u"routes"_s,
                       {{u"paths"_s, QJsonArray{u"/x"_s}}, {u"service"_s, missing}});
        QCOMPARE(route.status, 400);
        QCOMPARE(route.json.value(u"message"_s).toString(), u"foreign key violation"_s);
        QVERIFY(route.json.value(u"details"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"messages"_s)
                    .toArray()
                    .first()
                    .toString()
                    .contains(u"does not reference an existing 'services' entity"_s));
        const Reply plugin = m_sim.call("POST", u"us"_s, m_core + u"plugins"_s,
                                        {{u"name"_s, u"key-auth"_s}, {u"consumer"_s, missing}});
        QCOMPARE(plugin.status, 400);
        // A route matches something.
        QCOMPARE(
            m_sim.call("POST", u"us"_s, m_core + u"routes"_s, {{u"name"_s, u"empty"_s}}).status,
            400);
        // A consumer has a username or a custom_id.
        QCOMPARE(m_sim.call("POST", u"us"_s, m_core + u"consumers"_s, {{u"tags"_s, QJsonArray{}}})
                     .status,
                 400);
    }

    void deletesRefuseWhatIsUsedAndTakeScopedPlugins() {
        const QString service =
            m_sim.call("POST", u"us"_s, m_core + u"services"_s, {{u"host"_s, u"svc.internal"_s}})
                .json.value(u"id"_s)
                .toString();
        const QString route = m_sim
                                  .call("POST", u"us"_s, m_core + u"routes"_s,
                                        {{u"paths"_s, QJsonArray{u"/svc"_s}},
                                         {u"service"_s, QJsonObject{{u"id"_s, service}}}})
                                  .json.value(u"id"_s)
                                  .toString();
        const Reply plugin =
            m_sim.call("POST", u"us"_s, m_core + u"plugins"_s,
                       {{u"name"_s, u"key-auth"_s}, {u"route"_s, QJsonObject{{u"id"_s, route}}}});
        QCOMPARE(plugin.status, 201);
        QCOMPARE(m_sim.call("DELETE", u"us"_s, m_core + u"services/"_s + service).status, 400);
        QCOMPARE(m_sim.call("DELETE", u"us"_s, m_core + u"routes/"_s + route).status, 204);
        QCOMPARE(m_sim
                     .call("GET", u"us"_s,
                           m_core + u"plugins/"_s + plugin.json.value(u"id"_s).toString())
                     .status,
                 404);
        QCOMPARE(m_sim.call("DELETE", u"us"_s, m_core + u"services/"_s + service).status, 204);
        QCOMPARE(m_sim.call("GET", u"us"_s, m_core + u"services/"_s + service).status, 404);
    }
};

} // namespace kd::sim::test

QTEST_GUILESS_MAIN(kd::sim::test::TestSimGatewayEntities)
#include "tst_sim_gatewayentities.moc"
