#include "sim/Api.h"
#include "sim/GatewayEntities.h"
#include "sim/Paging.h"
#include "sim/SchemaDefaults.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
const QStringList partialTypes{u"redis-ce"_s, u"redis-ee"_s, u"vectordb"_s, u"embeddings"_s,
                               u"model"_s};

// Which partial type a plugin can link [SPEC ps x-supported-partials].
QString partialTypeFor(const QString &plugin) {
    static const QStringList redisEe{u"rate-limiting-advanced"_s,
                                     u"ai-rate-limiting-advanced"_s,
                                     u"graphql-rate-limiting-advanced"_s,
                                     u"service-protection"_s,
                                     u"proxy-cache-advanced"_s,
                                     u"graphql-proxy-cache-advanced"_s,
                                     u"openid-connect"_s,
                                     u"saml"_s,
                                     u"upstream-oauth"_s,
                                     u"datakit"_s,
                                     u"ace"_s};
    static const QStringList redisCe{u"rate-limiting"_s, u"response-ratelimiting"_s, u"acme"_s,
                                     u"basic-auth"_s};
    static const QStringList vector{u"ai-semantic-cache"_s, u"ai-rag-injector"_s,
                                    u"ai-semantic-prompt-guard"_s, u"ai-semantic-response-guard"_s,
                                    u"ai-proxy-advanced"_s};
    if (redisEe.contains(plugin))
        return u"redis-ee"_s;
    if (redisCe.contains(plugin))
        return u"redis-ce"_s;
    if (vector.contains(plugin))
        return u"vectordb"_s;
    return {};
}

bool matchesTags(const QJsonObject &entity, const QString &filter) {
    if (filter.isEmpty())
        return true;
    const QJsonArray tags = entity.value(u"tags"_s).toArray();
    const bool any = filter.contains(u'/');
    const QStringList wanted = filter.split(any ? u'/' : u',', Qt::SkipEmptyParts);
    for (const QString &tag : wanted) {
        const bool has = tags.contains(tag);
        if (any && has)
            return true;
        if (!any && !has)
            return false;
    }
    return !any;
}

QString entityPath(const SimRequest &request, const QString &kind) {
    return u"/v2/control-planes/"_s + request.args[0] + u"/core-entities/"_s + kind;
}

SimResponse validation(const QString &message, const QString &field = {}) {
    return SimResponse::kongError(400, 3, u"validation error"_s, field, message);
}

SimResponse uniqueConflict(const QString &field) {
    SimResponse response =
        SimResponse::kongError(400, 3, u"data constraint error"_s, field,
                               u"%1 (type: unique) constraint failed"_s.arg(field));
    return response;
}

std::optional<SimResponse> checkPartial(Organisation &org, const QString &cpId,
                                        QJsonObject &partial, const QString &id) {
    static const QStringList allowed{u"id"_s,     u"name"_s,       u"type"_s,      u"tags"_s,
                                     u"config"_s, u"created_at"_s, u"updated_at"_s};
    for (auto it = partial.begin(); it != partial.end(); ++it) {
        if (!allowed.contains(it.key()))
            return validation(u"unknown field"_s, it.key());
    }
    const QString type = partial.value(u"type"_s).toString();
    if (!partialTypes.contains(type))
        return validation(u"expected one of: "_s + partialTypes.join(u", "_s), u"type"_s);
    if (!partial.value(u"config"_s).isObject())
        return validation(u"required field missing"_s, u"config"_s);
    const QJsonObject config = partial.value(u"config"_s).toObject();
    const QStringList fields = SchemaDefaults::instance().partialFields(type);
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (!fields.contains(it.key()))
            return validation(u"unknown field"_s, u"config."_s + it.key());
    }
    if (type == u"redis-ee"_s || type == u"redis-ce"_s) {
        const QJsonValue port = config.value(u"port"_s);
        if (port.isDouble() && (port.toInt() < 0 || port.toInt() > 65535))
            return validation(u"value should be between 0 and 65535"_s, u"config.port"_s);
        if (port.isString() && !port.toString().startsWith(u"{vault://"_s))
            return validation(u"expected an integer or a vault reference"_s, u"config.port"_s);
        if (type == u"redis-ee"_s && config.contains(u"sentinel_role"_s)
            && !config.value(u"sentinel_role"_s).isNull()
            && !QStringList{u"any"_s, u"master"_s, u"slave"_s}.contains(
                config.value(u"sentinel_role"_s).toString()))
            return validation(u"expected one of: any, master, slave"_s, u"config.sentinel_role"_s);
    }
    if (partial.contains(u"name"_s) && !partial.value(u"name"_s).isNull()) {
        const QString name = partial.value(u"name"_s).toString();
        if (org.partials[cpId].findIf([&](const QJsonObject &other) {
                return other.value(u"name"_s).toString() == name
                       && other.value(u"id"_s).toString() != id;
            }))
            return uniqueConflict(u"name"_s);
    }
    return std::nullopt;
}

std::optional<SimResponse> checkPlugin(Organisation &org, const QString &cpId, QJsonObject &plugin,
                                       const QString &id) {
    static const QStringList allowed{
        u"id"_s,        u"name"_s,  u"instance_name"_s, u"enabled"_s,        u"protocols"_s,
        u"service"_s,   u"route"_s, u"consumer"_s,      u"consumer_group"_s, u"condition"_s,
        u"ordering"_s,  u"tags"_s,  u"partials"_s,      u"config"_s,         u"created_at"_s,
        u"updated_at"_s};
    for (auto it = plugin.begin(); it != plugin.end(); ++it) {
        if (!allowed.contains(it.key()))
            return validation(u"unknown field"_s, it.key());
    }
    const QString name = plugin.value(u"name"_s).toString();
    if (name.isEmpty())
        return validation(u"required field missing"_s, u"name"_s);
    if (auto error = checkPluginScope(org, cpId, plugin))
        return error;
    if (plugin.contains(u"config"_s) && !plugin.value(u"config"_s).isObject())
        return validation(u"expected a record"_s, u"config"_s);
    QJsonObject config = plugin.value(u"config"_s).toObject();
    if (name == u"rate-limiting-advanced"_s || name == u"ai-rate-limiting-advanced"_s) {
        if (name == u"rate-limiting-advanced"_s
            && (!config.value(u"limit"_s).isArray() || !config.value(u"window_size"_s).isArray()))
            return validation(u"required field missing"_s, u"config.limit"_s);
        if (config.contains(u"sync_rate"_s) && config.value(u"sync_rate"_s).isDouble()) {
            const double rate = config.value(u"sync_rate"_s).toDouble();
            if (rate != 0 && rate != -1 && rate < 0.02)
                return validation(u"sync_rate must be 0, -1 or at least 0.02"_s,
                                  u"config.sync_rate"_s);
        }
    }
    static const QStringList protocols{
        u"grpc"_s, u"grpcs"_s,           u"http"_s, u"https"_s, u"tcp"_s,
        u"tls"_s,  u"tls_passthrough"_s, u"udp"_s,  u"ws"_s,    u"wss"_s};
    for (const QJsonValue &protocol : plugin.value(u"protocols"_s).toArray()) {
        if (!protocols.contains(protocol.toString()))
            return validation(u"expected one of: "_s + protocols.join(u", "_s), u"protocols"_s);
    }
    const QJsonArray links = plugin.value(u"partials"_s).toArray();
    QJsonArray normalized;
    for (const QJsonValue &value : links) {
        const QJsonObject link = value.toObject();
        const QJsonObject *partial = org.partials[cpId].find(link.value(u"id"_s).toString());
        if (!partial)
            return SimResponse::kongError(
                400, 3, u"data constraint error"_s, u"partials"_s,
                u"partial %1 does not exist"_s.arg(link.value(u"id"_s).toString()));
        const QString wanted = partialTypeFor(name);
        if (wanted != partial->value(u"type"_s).toString())
            return validation(u"plugin %1 cannot use a partial of type %2"_s.arg(
                                  name, partial->value(u"type"_s).toString()),
                              u"partials"_s);
        normalized.append(
            QJsonObject{{u"id"_s, partial->value(u"id"_s)},
                        {u"name"_s, partial->value(u"name"_s)},
                        {u"path"_s, link.value(u"path"_s).toString(u"config.redis"_s)}});
    }
    if (!links.isEmpty())
        plugin.insert(u"partials"_s, normalized);
    const QString instance = plugin.value(u"instance_name"_s).toString();
    if (!instance.isEmpty() && org.plugins[cpId].findIf([&](const QJsonObject &other) {
            return other.value(u"instance_name"_s).toString() == instance
                   && other.value(u"id"_s).toString() != id;
        }))
        return uniqueConflict(u"instance_name"_s);
    return std::nullopt;
}

QJsonObject withPluginDefaults(QJsonObject plugin) {
    const QJsonObject defaults{
        {u"enabled"_s, true},
        {u"protocols"_s, QJsonArray{u"grpc"_s, u"grpcs"_s, u"http"_s, u"https"_s}},
        {u"service"_s, QJsonValue::Null},
        {u"route"_s, QJsonValue::Null},
        {u"consumer"_s, QJsonValue::Null},
        {u"consumer_group"_s, QJsonValue::Null},
        {u"instance_name"_s, QJsonValue::Null},
        {u"tags"_s, QJsonArray{}},
        {u"config"_s, QJsonObject{}}};
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!plugin.contains(it.key()))
            plugin.insert(it.key(), it.value());
    }
    plugin.insert(u"config"_s,
                  SchemaDefaults::instance().pluginConfig(plugin.value(u"name"_s).toString(),
                                                          plugin.value(u"config"_s).toObject()));
    return plugin;
}

bool controlPlaneExists(Organisation &org, const SimRequest &request) {
    return org.controlPlane(request.host, request.args[0]) != nullptr;
}

// Registers list/create/get/put/delete for one core entity kind.
template <typename Check, typename Finish>
void registerEntity(Router &router, Organisation &org, const QString &kind,
                    QHash<QString, EntityTable> Organisation::*tables, Check check, Finish finish) {
    const QString collection = u"/v2/control-planes/{}/core-entities/"_s + kind;
    const QString item = collection + u"/{}"_s;
    router.add(
        "GET", HostKind::Regional, collection,
        [&org, kind, tables](SimRequest &request) {
            if (!controlPlaneExists(org, request))
                return SimResponse::kongNotFound();
            const QString tags = request.queryValue(u"tags"_s);
            const QString nameEq = request.queryValue(u"filter[name][eq]"_s);
            const QString nameContains = request.queryValue(u"filter[name][contains]"_s);
            QList<QByteArray> matching;
            const EntityTable &table = (org.*tables)[request.args[0]];
            for (const QString &id : table.ids()) {
                const QJsonObject &entity = *table.find(id);
                const QString name = entity.value(u"name"_s).toString();
                if (matchesTags(entity, tags) && (nameEq.isEmpty() || name == nameEq)
                    && (nameContains.isEmpty() || name.contains(nameContains)))
                    matching.append(table.json(id));
            }
            return offsetList(request, matching, entityPath(request, kind));
        },
        ErrorStyle::Kong);

    router.add(
        "POST", HostKind::Regional, collection,
        [&org, tables, check, finish](SimRequest &request) {
            if (!controlPlaneExists(org, request))
                return SimResponse::kongNotFound();
            QJsonObject entity = request.json;
            const QString id = entity.value(u"id"_s).toString(org.newId());
            if ((org.*tables)[request.args[0]].contains(id))
                return uniqueConflict(u"id"_s);
            if (auto error = check(org, request.args[0], entity, id))
                return *error;
            entity.insert(u"id"_s, id);
            const qint64 now = org.epochSeconds();
            entity.insert(u"created_at"_s, now);
            entity.insert(u"updated_at"_s, now);
            entity = finish(entity);
            (org.*tables)[request.args[0]].insert(entity);
            return SimResponse::json(201, entity);
        },
        ErrorStyle::Kong);

    router.add(
        "GET", HostKind::Regional, item,
        [&org, tables](SimRequest &request) {
            if (!controlPlaneExists(org, request))
                return SimResponse::kongNotFound();
            if (const QJsonObject *entity = (org.*tables)[request.args[0]].find(request.args[1]))
                return SimResponse::json(200, *entity);
            return SimResponse::kongNotFound();
        },
        ErrorStyle::Kong);

    router.add(
        "PUT", HostKind::Regional, item,
        [&org, tables, check, finish](SimRequest &request) {
            if (!controlPlaneExists(org, request))
                return SimResponse::kongNotFound();
            QJsonObject entity = request.json;
            const QString id = request.args[1];
            if (entity.contains(u"id"_s) && entity.value(u"id"_s).toString() != id)
                return validation(u"id in the body does not match the path"_s, u"id"_s);
            if (auto error = check(org, request.args[0], entity, id))
                return *error;
            const QJsonObject *existing = (org.*tables)[request.args[0]].find(id);
            const qint64 now = org.epochSeconds();
            entity.insert(u"id"_s, id);
            entity.insert(u"created_at"_s,
                          existing ? existing->value(u"created_at"_s) : QJsonValue(now));
            entity.insert(u"updated_at"_s, now);
            entity = finish(entity);
            (org.*tables)[request.args[0]].insert(entity);
            return SimResponse::json(200, entity);
        },
        ErrorStyle::Kong);
}
} // namespace

void registerCoreEntitiesApi(Router &router, Organisation &org) {
    registerEntity(router, org, u"partials"_s, &Organisation::partials, checkPartial,
                   [](const QJsonObject &partial) {
                       QJsonObject result = partial;
                       if (!result.contains(u"tags"_s))
                           result.insert(u"tags"_s, QJsonArray{});
                       result.insert(u"config"_s, SchemaDefaults::instance().partialConfig(
                                                      result.value(u"type"_s).toString(),
                                                      result.value(u"config"_s).toObject()));
                       return result;
                   });
    registerEntity(router, org, u"plugins"_s, &Organisation::plugins, checkPlugin,
                   withPluginDefaults);
    registerEntity(router, org, u"services"_s, &Organisation::services, checkService,
                   withServiceDefaults);
    registerEntity(router, org, u"routes"_s, &Organisation::routes, checkRoute, withRouteDefaults);
    registerEntity(router, org, u"consumers"_s, &Organisation::consumers, checkConsumer,
                   withConsumerDefaults);
    for (const QString &kind : {u"services"_s, u"routes"_s, u"consumers"_s}) {
        router.add(
            "DELETE", HostKind::Regional,
            u"/v2/control-planes/{}/core-entities/"_s + kind + u"/{}"_s,
            [&org, kind](SimRequest &request) {
                if (!controlPlaneExists(org, request))
                    return SimResponse::kongNotFound();
                return deleteGatewayEntity(org, request.args[0], kind, request.args[1]);
            },
            ErrorStyle::Kong);
    }

    router.add(
        "DELETE", HostKind::Regional, u"/v2/control-planes/{}/core-entities/partials/{}"_s,
        [&org](SimRequest &request) {
            if (!controlPlaneExists(org, request))
                return SimResponse::kongNotFound();
            // [INFER] Kong refuses to delete a partial that plugins still reference.
            const auto linked = org.pluginsLinking(request.args[0], request.args[1]);
            if (!linked.isEmpty())
                return SimResponse::kongError(
                    400, 3, u"data constraint error"_s, {},
                    u"partial is referenced by %1 plugin(s) and cannot be deleted"_s.arg(
                        linked.size()));
            org.partials[request.args[0]].remove(request.args[1]);
            return SimResponse::noContent(); // 204 also when it did not exist [SPEC]
        },
        ErrorStyle::Kong);

    router.add(
        "DELETE", HostKind::Regional, u"/v2/control-planes/{}/core-entities/plugins/{}"_s,
        [&org](SimRequest &request) {
            if (!controlPlaneExists(org, request))
                return SimResponse::kongNotFound();
            org.plugins[request.args[0]].remove(request.args[1]);
            return SimResponse::noContent();
        },
        ErrorStyle::Kong);

    router.add(
        "GET", HostKind::Regional, u"/v2/control-planes/{}/core-entities/partials/{}/links"_s,
        [&org](SimRequest &request) {
            if (!controlPlaneExists(org, request)
                || !org.partials[request.args[0]].contains(request.args[1]))
                return SimResponse::kongNotFound();
            QList<QJsonObject> links;
            for (const QJsonObject &plugin : org.pluginsLinking(request.args[0], request.args[1])) {
                QJsonObject link{{u"id"_s, plugin.value(u"id"_s)},
                                 {u"name"_s, plugin.value(u"name"_s)}};
                // The spec types instance_name as a string: a plugin without one leaves it out.
                if (plugin.value(u"instance_name"_s).isString())
                    link.insert(u"instance_name"_s, plugin.value(u"instance_name"_s));
                links.append(link);
            }
            return offsetList(request, links,
                              entityPath(request, u"partials/"_s + request.args[1] + u"/links"_s),
                              ",\"count\":" + QByteArray::number(links.size()));
        },
        ErrorStyle::Kong);

    // Data-plane nodes: page[size] + page[after] cursor, {items, page{total_count, next}}.
    router.add(
        "GET", HostKind::Regional, u"/v2/control-planes/{}/nodes"_s,
        [&org](SimRequest &request) {
            if (!controlPlaneExists(org, request))
                return SimResponse::kongNotFound();
            const QList<QJsonObject> all = org.nodes[request.args[0]].values();
            bool ok = true;
            const int size = request.hasQuery(u"page[size]"_s)
                                 ? request.queryValue(u"page[size]"_s).toInt(&ok)
                                 : 100;
            if (!ok || size < 1 || size > 1000)
                return SimResponse::json(
                    400, QJsonObject{{u"message"_s, u"page[size] must be 1 to 1000"_s}});
            qsizetype first = 0;
            if (request.hasQuery(u"page[after]"_s)) {
                const QString after = QString::fromUtf8(
                    QByteArray::fromBase64(request.queryValue(u"page[after]"_s).toLatin1(),
                                           QByteArray::Base64UrlEncoding));
                first = -1;
                for (qsizetype i = 0; i < all.size(); ++i) {
                    if (all.at(i).value(u"id"_s).toString() == after)
                        first = i + 1;
                }
                if (first < 0)
                    return SimResponse::json(400,
                                             QJsonObject{{u"message"_s, u"invalid page[after]"_s}});
            }
            QJsonArray items;
            for (qsizetype i = first; i < all.size() && i < first + size; ++i) {
                QJsonObject node = all.at(i);
                // A node of a group the sim runs pings every 30 s, as a live data plane does
                // [DOC support "Control Plane Reporting Status…": last_seen advances while
                // it reports]: the advisor tells running nodes from gone ones by it.
                if (node.contains(u"data_plane_group_id"_s))
                    node.insert(u"last_ping"_s, org.epochSeconds() - org.epochSeconds() % 30);
                node.remove(u"data_plane_group_id"_s);
                items.append(node);
            }
            QJsonObject page{{u"total_count"_s, all.size()}};
            if (first + size < all.size()) {
                const QString cursor =
                    QString::fromLatin1(all.at(first + size - 1)
                                            .value(u"id"_s)
                                            .toString()
                                            .toUtf8()
                                            .toBase64(QByteArray::Base64UrlEncoding));
                page.insert(u"next"_s, QString(u"/v2/control-planes/"_s + request.args[0]
                                               + u"/nodes?page%5Bsize%5D="_s + QString::number(size)
                                               + u"&page%5Bafter%5D="_s + cursor));
            }
            return SimResponse::json(200, QJsonObject{{u"items"_s, items}, {u"page"_s, page}});
        },
        ErrorStyle::Kong);
}

} // namespace kd::sim
