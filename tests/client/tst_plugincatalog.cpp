#include "client/PluginCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

// What the app knows from Kong's plugin schemas, and the JSON editor's checks.
class TestPluginCatalog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogMatchesKongsSchemas() {
        const QDir schemas(QString::fromUtf8(KD_SPEC_DIR) + u"/plugin-schemas/gateway-3.15"_s);
        if (!schemas.exists())
            QSKIP(qPrintable(u"The plugin schemas are not at %1."_s.arg(schemas.path())));
        // File names are the plugin names in CamelCase: RateLimitingAdvanced.json.
        QStringList seen;
        for (const QString &file : schemas.entryList({u"*.json"_s})) {
            QFile f(schemas.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject schema = QJsonDocument::fromJson(f.readAll()).object();
            QString name;
            for (const QChar c : file.chopped(5)) {
                if (c.isUpper() && !name.isEmpty())
                    name += u'-';
                name += c.toLower();
            }
            const QJsonArray supported = schema.value(u"x-supported-partials"_s).toArray();
            QList<std::pair<QString, QString>> expected;
            for (const QJsonValue &entry : supported) {
                for (const QJsonValue &path : entry.toObject().value(u"paths"_s).toArray())
                    expected.append(
                        {entry.toObject().value(u"name"_s).toString(), path.toString()});
            }
            QList<std::pair<QString, QString>> actual;
            for (const plugins::PartialSlot &slot : plugins::partialSlots(name))
                actual.append({partialTypeId(slot.type), slot.path});
            std::sort(expected.begin(), expected.end());
            std::sort(actual.begin(), actual.end());
            QVERIFY2(actual == expected, qPrintable(name));
            seen.append(name);
        }
        for (const QString &name : plugins::pluginsTakingPartials())
            QVERIFY2(seen.contains(name), qPrintable(name + u" has no schema"_s));
    }

    void partialPickerTypes() {
        QCOMPARE(plugins::slotFor(u"rate-limiting-advanced"_s, PartialType::RedisEe)->path,
                 u"config.redis"_s);
        QVERIFY(!plugins::slotFor(u"rate-limiting-advanced"_s, PartialType::RedisCe));
        QVERIFY(plugins::slotFor(u"rate-limiting"_s, PartialType::RedisCe));
        QVERIFY(!plugins::slotFor(u"key-auth"_s, PartialType::RedisEe));
        for (const QString &name : plugins::redisPlugins())
            QVERIFY2(plugins::slotFor(name, PartialType::RedisEe), qPrintable(name));
    }

    void managedCacheReferences() {
        ManagedCache cache;
        cache.stateMetadata = {
            {u"cache_host"_s, u"{vault://env/ADDON_MANAGED_CACHE_HOST}"_s},
            {u"cache_port"_s, u"{vault://env/ADDON_MANAGED_CACHE_PORT}"_s},
            {u"cache_config_id"_s, u"x"_s},
            {u"cloud_authentication"_s,
             QVariantMap{
                 {u"auth_provider"_s, u"{vault://env/ADDON_MANAGED_CACHE_AUTH_PROVIDER}"_s}}}};
        const QVariantMap fields = plugins::managedCacheRedisFields(cache);
        QCOMPARE(fields.value(u"host"_s).toString(), u"{vault://env/ADDON_MANAGED_CACHE_HOST}"_s);
        QCOMPARE(fields.value(u"port"_s).toString(), u"{vault://env/ADDON_MANAGED_CACHE_PORT}"_s);
        QCOMPARE(fields.value(u"ssl"_s).toBool(), true);
        QVERIFY(!fields.contains(u"cache_config_id"_s));
        QCOMPARE(plugins::valueAtPath(fields, u"cloud_authentication.auth_provider"_s).toString(),
                 u"{vault://env/ADDON_MANAGED_CACHE_AUTH_PROVIDER}"_s);
        QVERIFY(plugins::managedCacheRedisFields(ManagedCache{}).isEmpty());

        QVariantMap config;
        plugins::setAtPath(config, u"config.cache.redis"_s, fields);
        QCOMPARE(plugins::valueAtPath(config, u"config.cache.redis.host"_s),
                 fields.value(u"host"_s));
        QVERIFY(plugins::isVaultReference(u"{vault://env/X}"_s));
        QVERIFY(!plugins::isVaultReference(u"{vault://env/X"_s));
        QVERIFY(!plugins::isVaultReference(u"redis.internal"_s));
    }

    void jsonEditorChecksBeforeSending() {
        Plugin base;
        base.id = u"p1"_s;
        base.name = u"key-auth"_s;
        base.controlPlaneId = u"cp"_s;
        base.geo = Geo::Eu;
        base.setJson(R"({"id":"p1","name":"key-auth","enabled":true,"protocols":["https"],
                      "created_at":1,"route":{"id":"r1"},"config":{"key_names":["apikey"]}})");
        base.setConfig({{u"key_names"_s, QStringList{u"apikey"_s}}});
        base.routeId = u"r1"_s;
        const QByteArray document = plugins::toDocument(base);
        QVERIFY(!document.contains("created_at")); // Konnect's, not the user's
        QVERIFY(document.contains("\"key_names\""));

        QByteArray edited = document;
        edited.replace("\"apikey\"", "\"x-api-key\"");
        edited.replace("\"enabled\": true", "\"enabled\": false");
        const auto plugin = plugins::fromDocument(edited, base);
        QVERIFY2(plugin, qPrintable(plugin ? QString() : plugin.error().message()));
        QCOMPARE(plugin->config().value(u"key_names"_s).toStringList(),
                 QStringList{u"x-api-key"_s});
        QCOMPARE(plugin->enabled, false);
        QCOMPARE(plugin->routeId, u"r1"_s); // kept from what Konnect sent
        QCOMPARE(plugin->id, u"p1"_s);
        QCOMPARE(plugin->geo, Geo::Eu);

        const auto broken =
            plugins::fromDocument("{\n  \"name\": \"key-auth\",\n  \"config\": {,\n}", base);
        QVERIFY(!broken);
        QVERIFY2(broken.error().message().contains(u"Line 3"_s),
                 qPrintable(broken.error().message()));
        const auto renamed = plugins::fromDocument(R"({"name":"cors"})", base);
        QVERIFY(!renamed);
        QVERIFY(renamed.error().message().contains(u"key-auth"_s));
        QVERIFY(!plugins::fromDocument(R"({"name":"key-auth","enabled":"yes"})", base));
        QVERIFY(!plugins::fromDocument(R"({"name":"key-auth","config":[]})", base));
        QVERIFY(!plugins::fromDocument(R"({"name":"key-auth","partials":[{"name":"x"}]})", base));
        QVERIFY(!plugins::fromDocument(R"([1,2])", base));

        // A plugin not created yet has no id, before and after.
        Plugin fresh;
        fresh.name = u"cors"_s;
        const auto created = plugins::fromDocument(plugins::toDocument(fresh), fresh);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        QVERIFY(created->id.isEmpty());
        QVERIFY(!created->json().contains("\"id\""));

        const auto config = plugins::configFromDocument("{\"host\": \"db\"}");
        QCOMPARE(config->value(u"host"_s).toString(), u"db"_s);
        QVERIFY(!plugins::configFromDocument("{\"host\": }"));
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestPluginCatalog)
#include "tst_plugincatalog.moc"
