#include <QTest>

#include "SimFixture.h"

using namespace Qt::StringLiterals;

namespace kd::sim::test {

// Plugins and partials come back whole, as Kong answers them: schema defaults filled in.
class TestSimDefaults final : public QObject {
    Q_OBJECT
private:
    QString base(SimFixture &sim) {
        return u"/v2/control-planes/"_s + sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s)
               + u"/core-entities/"_s;
    }

private Q_SLOTS:
    void pluginConfigIsFilledOnCreateAndOnPut() {
        SimFixture sim;
        const QString core = base(sim);
        const Reply created = sim.call(
            "POST", u"us"_s, core + u"plugins"_s,
            QJsonObject{
                {u"name"_s, u"rate-limiting-advanced"_s},
                {u"config"_s,
                 QJsonObject{
                     {u"limit"_s, QJsonArray{10}},
                     {u"window_size"_s, QJsonArray{60}},
                     {u"redis"_s, QJsonObject{{u"host"_s, u"redis.example"_s},
                                              {u"cluster_nodes"_s,
                                               QJsonArray{QJsonObject{{u"ip"_s, u"a"_s}}}}}}}}});
        QCOMPARE(created.status, 201);
        const QJsonObject config = created.json.value(u"config"_s).toObject();
        QCOMPARE(config.value(u"limit"_s).toArray(), QJsonArray{10});
        QCOMPARE(config.value(u"error_code"_s).toInt(), 429);
        QCOMPARE(config.value(u"dictionary_name"_s).toString(), u"kong_rate_limiting_counters"_s);
        QCOMPARE(config.value(u"strategy"_s).toString(), u"local"_s);
        QVERIFY(config.contains(u"header_name"_s));
        QVERIFY(config.value(u"header_name"_s).isNull()); // no default: null
        QVERIFY(config.value(u"compound_identifier"_s).isNull());
        const QJsonObject redis = config.value(u"redis"_s).toObject();
        QCOMPARE(redis.value(u"host"_s).toString(), u"redis.example"_s);
        QCOMPARE(redis.value(u"port"_s).toInt(), 6379); // a nested record gets its defaults
        QCOMPARE(redis.value(u"connect_timeout"_s).toInt(), 2000);
        QVERIFY(redis.value(u"username"_s).isNull());
        QVERIFY(redis.contains(u"cloud_authentication"_s));
        QVERIFY(redis.value(u"cloud_authentication"_s).isNull()); // a record Kong leaves null
        // Arrays stay as sent, their items are not filled.
        QCOMPARE(redis.value(u"cluster_nodes"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"ip"_s, u"a"_s}}}));
        // A record left out entirely is filled too.
        const Reply bare =
            sim.call("POST", u"us"_s, core + u"plugins"_s,
                     QJsonObject{{u"name"_s, u"rate-limiting-advanced"_s},
                                 {u"instance_name"_s, u"bare-rla"_s},
                                 {u"config"_s, QJsonObject{{u"limit"_s, QJsonArray{1}},
                                                           {u"window_size"_s, QJsonArray{1}}}}});
        QCOMPARE(bare.json.value(u"config"_s)
                     .toObject()
                     .value(u"redis"_s)
                     .toObject()
                     .value(u"host"_s)
                     .toString(),
                 u"127.0.0.1"_s);

        QJsonObject put{{u"name"_s, u"rate-limiting-advanced"_s},
                        {u"config"_s, QJsonObject{{u"limit"_s, QJsonArray{5}},
                                                  {u"window_size"_s, QJsonArray{30}},
                                                  {u"error_code"_s, 503}}}};
        const Reply replaced = sim.call(
            "PUT", u"us"_s, core + u"plugins/"_s + created.json.value(u"id"_s).toString(), put);
        QCOMPARE(replaced.status, 200);
        const QJsonObject after = replaced.json.value(u"config"_s).toObject();
        QCOMPARE(after.value(u"error_code"_s).toInt(), 503);
        QCOMPARE(after.value(u"error_message"_s).toString(), u"API rate limit exceeded"_s);
        QCOMPARE(after.value(u"redis"_s).toObject().value(u"host"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(sim.get(u"us"_s, core + u"plugins/"_s + created.json.value(u"id"_s).toString())
                     .json.value(u"config"_s),
                 QJsonValue(after));
    }

    void pluginsWithoutASchemaHereKeepTheirConfig() {
        SimFixture sim;
        const Reply custom =
            sim.call("POST", u"us"_s, base(sim) + u"plugins"_s,
                     QJsonObject{{u"name"_s, u"my-header-stamp"_s},
                                 {u"config"_s, QJsonObject{{u"header"_s, u"x-stamp"_s}}}});
        QCOMPARE(custom.status, 201);
        QCOMPARE(custom.json.value(u"config"_s).toObject(),
                 (QJsonObject{{u"header"_s, u"x-stamp"_s}}));
    }

    void partialConfigGetsDefaultsButNoNulls() {
        SimFixture sim;
        const QString core = base(sim);
        const Reply ee = sim.call(
            "POST", u"us"_s, core + u"partials"_s,
            QJsonObject{{u"type"_s, u"redis-ee"_s},
                        {u"config"_s, QJsonObject{{u"host"_s, u"r.example"_s},
                                                  {u"cloud_authentication"_s,
                                                   QJsonObject{{u"auth_provider"_s, u"aws"_s}}}}}});
        QCOMPARE(ee.status, 201);
        const QJsonObject config = ee.json.value(u"config"_s).toObject();
        QCOMPARE(config.value(u"port"_s).toInt(), 6379);
        QCOMPARE(config.value(u"read_timeout"_s).toInt(), 2000);
        QCOMPARE(config.value(u"connection_is_proxied"_s).toBool(), false);
        QVERIFY(!config.contains(u"username"_s)); // the spec has no null here
        QVERIFY(!config.contains(u"timeout"_s));  // redis-ce only
        QCOMPARE(config.value(u"cloud_authentication"_s).toObject(),
                 (QJsonObject{{u"auth_provider"_s, u"aws"_s}, {u"aws_is_serverless"_s, true}}));

        const Reply ce = sim.call(
            "POST", u"us"_s, core + u"partials"_s,
            QJsonObject{{u"type"_s, u"redis-ce"_s}, {u"config"_s, QJsonObject{{u"ssl"_s, true}}}});
        QCOMPARE(ce.status, 201);
        const QJsonObject ceConfig = ce.json.value(u"config"_s).toObject();
        QCOMPARE(ceConfig, (QJsonObject{{u"ssl"_s, true},
                                        {u"ssl_verify"_s, true},
                                        {u"database"_s, 0},
                                        {u"port"_s, 6379},
                                        {u"timeout"_s, 2000}}));

        QJsonObject put = ce.json;
        put.insert(u"config"_s, QJsonObject{{u"database"_s, 2}});
        const Reply replaced = sim.call(
            "PUT", u"us"_s, core + u"partials/"_s + ce.json.value(u"id"_s).toString(), put);
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.json.value(u"config"_s).toObject().value(u"timeout"_s).toInt(), 2000);
        QCOMPARE(replaced.json.value(u"config"_s).toObject().value(u"ssl"_s).toBool(), false);
    }

    void seededPluginsAreFilled() {
        SimFixture sim;
        const QJsonArray plugins =
            sim.get(u"us"_s, base(sim) + u"plugins?filter%5Bname%5D%5Beq%5D=key-auth"_s)
                .json.value(u"data"_s)
                .toArray();
        QCOMPARE(plugins.size(), 1);
        const QJsonObject config = plugins.at(0).toObject().value(u"config"_s).toObject();
        QCOMPARE(config.value(u"hide_credentials"_s).toBool(), true); // as seeded
        QCOMPARE(config.value(u"key_in_header"_s).toBool(), true);
        QVERIFY(config.contains(u"anonymous"_s) && config.value(u"anonymous"_s).isNull());
    }

    void linksLeaveOutAMissingInstanceName() {
        SimFixture sim;
        const QString core = base(sim);
        const Reply partial =
            sim.call("POST", u"us"_s, core + u"partials"_s,
                     QJsonObject{{u"type"_s, u"redis-ee"_s}, {u"config"_s, QJsonObject{}}});
        const QString id = partial.json.value(u"id"_s).toString();
        QCOMPARE(sim.call("POST", u"us"_s, core + u"plugins"_s,
                          QJsonObject{{u"name"_s, u"proxy-cache-advanced"_s},
                                      {u"partials"_s, QJsonArray{QJsonObject{{u"id"_s, id}}}},
                                      {u"config"_s, QJsonObject{{u"strategy"_s, u"redis"_s}}}})
                     .status,
                 201);
        const Reply links = sim.get(u"us"_s, core + u"partials/"_s + id + u"/links"_s);
        QCOMPARE(links.status, 200);
        const QJsonObject link = links.json.value(u"data"_s).toArray().at(0).toObject();
        QCOMPARE(link.value(u"name"_s).toString(), u"proxy-cache-advanced"_s);
        QVERIFY(!link.contains(u"instance_name"_s));
    }
};

} // namespace kd::sim::test

QTEST_GUILESS_MAIN(kd::sim::test::TestSimDefaults)
#include "tst_sim_defaults.moc"
