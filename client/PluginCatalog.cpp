#include "client/PluginCatalog.h"

#include "client/internal/JsonCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kd::plugins {

namespace {
struct PluginCatalogTr {
    Q_DECLARE_TR_FUNCTIONS(kd::plugins)
};

struct Entry {
    const char *plugin;
    PartialType type;
    const char *path;
};

// From `x-supported-partials` in konnect-api/plugin-schemas/gateway-3.15 (checked against
// the files by tst_plugincatalog when they are beside the checkout).
constexpr Entry catalog[] = {
    {"ace", PartialType::RedisEe, "config.rate_limiting.redis"},
    {"acme", PartialType::RedisCe, "config.storage_config.redis"},
    {"ai-proxy-advanced", PartialType::Embeddings, "config.embeddings"},
    {"ai-proxy-advanced", PartialType::Model, "config.targets[]"},
    {"ai-proxy-advanced", PartialType::VectorDb, "config.vectordb"},
    {"ai-rag-injector", PartialType::Embeddings, "config.embeddings"},
    {"ai-rag-injector", PartialType::VectorDb, "config.vectordb"},
    {"ai-rate-limiting-advanced", PartialType::RedisEe, "config.redis"},
    {"ai-semantic-cache", PartialType::Embeddings, "config.embeddings"},
    {"ai-semantic-cache", PartialType::VectorDb, "config.vectordb"},
    {"ai-semantic-prompt-guard", PartialType::Embeddings, "config.embeddings"},
    {"ai-semantic-prompt-guard", PartialType::VectorDb, "config.vectordb"},
    {"ai-semantic-response-guard", PartialType::Embeddings, "config.embeddings"},
    {"ai-semantic-response-guard", PartialType::VectorDb, "config.vectordb"},
    {"basic-auth", PartialType::RedisCe, "config.brute_force_protection.redis"},
    {"datakit", PartialType::RedisEe, "config.resources.cache.redis"},
    {"graphql-proxy-cache-advanced", PartialType::RedisEe, "config.redis"},
    {"graphql-rate-limiting-advanced", PartialType::RedisEe, "config.redis"},
    {"openid-connect", PartialType::RedisEe, "config.redis"},
    {"proxy-cache-advanced", PartialType::RedisEe, "config.redis"},
    {"rate-limiting", PartialType::RedisCe, "config.redis"},
    {"rate-limiting-advanced", PartialType::RedisEe, "config.redis"},
    {"response-ratelimiting", PartialType::RedisCe, "config.redis"},
    {"saml", PartialType::RedisEe, "config.redis"},
    {"service-protection", PartialType::RedisEe, "config.redis"},
    {"upstream-oauth", PartialType::RedisEe, "config.cache.redis"},
};
} // namespace

QList<PartialSlot> partialSlots(const QString &pluginName) {
    QList<PartialSlot> found;
    for (const Entry &entry : catalog) {
        if (pluginName == QLatin1StringView(entry.plugin))
            found.append({entry.type, QString::fromLatin1(entry.path)});
    }
    return found;
}

QStringList pluginsTakingPartials() {
    QStringList names;
    for (const Entry &entry : catalog) {
        const QString name = QString::fromLatin1(entry.plugin);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

std::optional<PartialSlot> slotFor(const QString &pluginName, PartialType type) {
    for (const PartialSlot &slot : partialSlots(pluginName)) {
        if (slot.type == type)
            return slot;
    }
    return std::nullopt;
}

const QStringList &redisPlugins() {
    static const QStringList names{u"rate-limiting-advanced"_s, u"ai-rate-limiting-advanced"_s,
                                   u"proxy-cache-advanced"_s, u"graphql-rate-limiting-advanced"_s,
                                   u"service-protection"_s};
    return names;
}

const QStringList &governancePlugins() {
    static const QStringList names{u"key-auth"_s,
                                   u"openid-connect"_s,
                                   u"mtls-auth"_s,
                                   u"basic-auth"_s,
                                   u"jwt"_s,
                                   u"acl"_s,
                                   u"ip-restriction"_s,
                                   u"cors"_s,
                                   u"ai-prompt-guard"_s,
                                   u"request-transformer"_s,
                                   u"response-transformer"_s,
                                   u"correlation-id"_s,
                                   u"request-size-limiting"_s,
                                   u"bot-detection"_s};
    return names;
}

QVariantMap managedCacheRedisFields(const ManagedCache &cache) {
    const QVariantMap &m = cache.stateMetadata;
    QVariantMap fields;
    const auto take = [&m, &fields](const QString &from, const QString &to) {
        const QString value = m.value(from).toString();
        if (!value.isEmpty())
            fields.insert(to, value);
    };
    take(u"cache_host"_s, u"host"_s);
    take(u"cache_port"_s, u"port"_s);
    take(u"cache_username"_s, u"username"_s);
    take(u"cache_server_name"_s, u"server_name"_s);
    if (!fields.isEmpty()) {
        fields.insert(u"ssl"_s, true);
        fields.insert(u"ssl_verify"_s, true);
    }
    const QVariantMap auth = m.value(u"cloud_authentication"_s).toMap();
    if (!auth.isEmpty())
        fields.insert(u"cloud_authentication"_s, auth);
    return fields;
}

QByteArray toDocument(const Plugin &plugin) {
    QJsonObject body = json::pluginBody(plugin);
    // Konnect's own fields are not the user's to edit.
    for (const QString &key : {u"id"_s, u"created_at"_s, u"updated_at"_s})
        body.remove(key);
    return QJsonDocument(body).toJson(QJsonDocument::Indented);
}

namespace {
Result<QJsonObject> parseDocument(const QByteArray &document, const QString &what) {
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(document.left(parseError.offset).count('\n')) + 1;
        return Error::invalid(
            what, PluginCatalogTr::tr("Line %1: %2.").arg(line).arg(parseError.errorString()));
    }
    if (!parsed.isObject())
        return Error::invalid(what,
                              PluginCatalogTr::tr("The text must be one JSON object ({ … })."));
    return parsed.object();
}
} // namespace

QByteArray configToDocument(const QVariantMap &config) {
    return QJsonDocument(QJsonObject::fromVariantMap(config)).toJson(QJsonDocument::Indented);
}

Result<QVariantMap> configFromDocument(const QByteArray &document) {
    auto object = parseDocument(document, u"config"_s);
    if (!object)
        return object.error();
    return object->toVariantMap();
}

bool isVaultReference(const QString &value) {
    return value.startsWith(u"{vault://"_s) && value.endsWith(u'}') && value.size() > 10;
}

void setAtPath(QVariantMap &config, const QString &path, const QVariant &value) {
    QStringList keys = path.split(u'.');
    if (!keys.isEmpty() && keys.first() == u"config"_s)
        keys.removeFirst();
    if (keys.isEmpty())
        return;
    const QString key = keys.takeFirst();
    if (keys.isEmpty()) {
        if (value.isValid())
            config.insert(key, value);
        else
            config.remove(key);
        return;
    }
    QVariantMap inner = config.value(key).toMap();
    setAtPath(inner, keys.join(u'.'), value);
    config.insert(key, inner);
}

QVariant valueAtPath(const QVariantMap &config, const QString &path) {
    QStringList keys = path.split(u'.');
    if (!keys.isEmpty() && keys.first() == u"config"_s)
        keys.removeFirst();
    QVariant current = config;
    for (const QString &key : std::as_const(keys))
        current = current.toMap().value(key);
    return current;
}

Result<Plugin> fromDocument(const QByteArray &document, const Plugin &base) {
    const auto invalid = [](const QString &message) {
        return Error::invalid(u"plugin"_s, message);
    };
    auto parsed = parseDocument(document, u"plugin"_s);
    if (!parsed)
        return parsed.error();
    QJsonObject object = *parsed;
    if (object.value(u"name"_s).toString() != base.name)
        return invalid(PluginCatalogTr::tr(
                           "The plugin's name must stay \"%1\"; create a new plugin for another "
                           "kind.")
                           .arg(base.name));
    if (object.contains(u"enabled"_s) && !object.value(u"enabled"_s).isBool())
        return invalid(PluginCatalogTr::tr("\"enabled\" must be true or false."));
    if (object.contains(u"config"_s) && !object.value(u"config"_s).isObject())
        return invalid(PluginCatalogTr::tr("\"config\" must be an object."));
    for (const QString &key : {u"tags"_s, u"protocols"_s, u"partials"_s}) {
        if (object.contains(key) && !object.value(key).isArray())
            return invalid(PluginCatalogTr::tr("\"%1\" must be a list.").arg(key));
    }
    for (const QJsonValue link : object.value(u"partials"_s).toArray()) {
        if (!link.toObject().value(u"id"_s).isString())
            return invalid(
                PluginCatalogTr::tr("Every entry of \"partials\" needs the partial's \"id\"."));
    }
    if (object.contains(u"instance_name"_s) && !object.value(u"instance_name"_s).isString()
        && !object.value(u"instance_name"_s).isNull())
        return invalid(PluginCatalogTr::tr("\"instance_name\" must be text."));
    if (!base.id.isEmpty())
        object.insert(u"id"_s, base.id);
    // Everything Konnect sent and the document left out (timestamps, scope) is kept.
    QJsonObject merged = QJsonDocument::fromJson(base.json()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    for (const QString &key : {u"instance_name"_s, u"tags"_s, u"partials"_s}) {
        if (!object.contains(key))
            merged.remove(key);
    }
    // A plugin not created yet has no id: read it with a stand-in, then drop that again.
    const bool created = merged.contains(u"id"_s);
    if (!created)
        merged.insert(u"id"_s, u"(new)"_s);
    auto plugin = json::plugin(merged);
    if (!plugin)
        return plugin.error();
    Plugin result = std::move(plugin).value();
    if (!created) {
        merged.remove(u"id"_s);
        result.id.clear();
        result.setJson(QJsonDocument(merged).toJson(QJsonDocument::Compact));
    }
    result.geo = base.geo;
    result.controlPlaneId = base.controlPlaneId;
    return result;
}

} // namespace kd::plugins
