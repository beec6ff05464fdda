#include "sim/GatewayEntities.h"

#include "sim/Organisation.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
SimResponse entityValidation(const QString &message, const QString &field) {
    return SimResponse::kongError(400, 2, u"schema violation"_s, field, message);
}

std::optional<SimResponse> unknownField(const QJsonObject &entity, const QStringList &allowed) {
    for (auto it = entity.begin(); it != entity.end(); ++it) {
        if (!allowed.contains(it.key()))
            return entityValidation(u"unknown field"_s, it.key());
    }
    return std::nullopt;
}

std::optional<SimResponse> uniqueName(EntityTable &table, const QJsonObject &entity,
                                      const QString &field, const QString &id) {
    const QJsonValue value = entity.value(field);
    if (!value.isString())
        return std::nullopt;
    if (table.findIf([&](const QJsonObject &other) {
            return other.value(field) == value && other.value(u"id"_s).toString() != id;
        }))
        return SimResponse::kongError(
            409, 5, u"unique constraint violation"_s, field,
            u"UNIQUE violation detected on '{%1=\"%2\"}'"_s.arg(field, value.toString()));
    return std::nullopt;
}

// A `{"id": …}` reference, or a response naming what it does not reference.
std::optional<SimResponse> foreignKey(Organisation &org, const QString &cpId,
                                      const QJsonObject &entity, const QString &field,
                                      QHash<QString, EntityTable> Organisation::*tables,
                                      const QString &kind) {
    const QJsonValue value = entity.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString id = value.toObject().value(u"id"_s).toString();
    if (!value.isObject() || id.isEmpty())
        return entityValidation(u"expected a record with an id"_s, field);
    if (!(org.*tables)[cpId].contains(id))
        return SimResponse::kongError(
            400, 4, u"foreign key violation"_s, field,
            u"the foreign key '{id=\"%1\"}' does not reference an existing '%2' entity."_s.arg(
                id, kind));
    return std::nullopt;
}

QJsonObject withDefaults(QJsonObject entity, const QJsonObject &defaults) {
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!entity.contains(it.key()))
            entity.insert(it.key(), it.value());
    }
    return entity;
}
} // namespace

std::optional<SimResponse> checkService(Organisation &org, const QString &cpId,
                                        QJsonObject &service, const QString &id) {
    if (auto error = unknownField(service, {u"id"_s,
                                            u"name"_s,
                                            u"url"_s,
                                            u"protocol"_s,
                                            u"host"_s,
                                            u"port"_s,
                                            u"path"_s,
                                            u"retries"_s,
                                            u"connect_timeout"_s,
                                            u"write_timeout"_s,
                                            u"read_timeout"_s,
                                            u"enabled"_s,
                                            u"tags"_s,
                                            u"ca_certificates"_s,
                                            u"client_certificate"_s,
                                            u"tls_verify"_s,
                                            u"tls_verify_depth"_s,
                                            u"tls_sans"_s,
                                            u"created_at"_s,
                                            u"updated_at"_s}))
        return error;
    if (service.contains(u"url"_s)) {
        // [SPEC] `url` is shorthand for protocol, host, port and path.
        const QUrl url(service.take(u"url"_s).toString());
        if (!url.isValid() || url.host().isEmpty())
            return entityValidation(u"missing host in url"_s, u"url"_s);
        service.insert(u"protocol"_s, url.scheme());
        service.insert(u"host"_s, url.host());
        service.insert(u"port"_s, url.port(url.scheme() == u"https"_s ? 443 : 80));
        if (!url.path().isEmpty())
            service.insert(u"path"_s, url.path());
    }
    if (!service.value(u"host"_s).isString() || service.value(u"host"_s).toString().isEmpty())
        return entityValidation(u"required field missing"_s, u"host"_s);
    static const QStringList protocols{
        u"grpc"_s, u"grpcs"_s,           u"http"_s, u"https"_s, u"tcp"_s,
        u"tls"_s,  u"tls_passthrough"_s, u"udp"_s,  u"ws"_s,    u"wss"_s};
    if (service.contains(u"protocol"_s)
        && !protocols.contains(service.value(u"protocol"_s).toString()))
        return entityValidation(u"expected one of: "_s + protocols.join(u", "_s), u"protocol"_s);
    return uniqueName(org.services[cpId], service, u"name"_s, id);
}

std::optional<SimResponse> checkRoute(Organisation &org, const QString &cpId, QJsonObject &route,
                                      const QString &id) {
    if (auto error = unknownField(route, {u"id"_s,
                                          u"name"_s,
                                          u"protocols"_s,
                                          u"methods"_s,
                                          u"hosts"_s,
                                          u"paths"_s,
                                          u"headers"_s,
                                          u"https_redirect_status_code"_s,
                                          u"regex_priority"_s,
                                          u"strip_path"_s,
                                          u"path_handling"_s,
                                          u"preserve_host"_s,
                                          u"request_buffering"_s,
                                          u"response_buffering"_s,
                                          u"snis"_s,
                                          u"sources"_s,
                                          u"destinations"_s,
                                          u"tags"_s,
                                          u"service"_s,
                                          u"created_at"_s,
                                          u"updated_at"_s}))
        return error;
    if (auto error =
            foreignKey(org, cpId, route, u"service"_s, &Organisation::services, u"services"_s))
        return error;
    bool matches = false;
    for (const QString &field : {u"methods"_s, u"hosts"_s, u"paths"_s, u"headers"_s, u"snis"_s,
                                 u"sources"_s, u"destinations"_s}) {
        const QJsonValue value = route.value(field);
        matches = matches || (value.isArray() && !value.toArray().isEmpty())
                  || (value.isObject() && !value.toObject().isEmpty());
    }
    if (!matches)
        return entityValidation(u"must set one of 'methods', 'hosts', 'headers', 'paths' when "
                                u"'protocols' is 'http'"_s,
                                u"@entity"_s);
    return uniqueName(org.routes[cpId], route, u"name"_s, id);
}

std::optional<SimResponse> checkConsumer(Organisation &org, const QString &cpId,
                                         QJsonObject &consumer, const QString &id) {
    if (auto error = unknownField(consumer, {u"id"_s, u"username"_s, u"custom_id"_s, u"tags"_s,
                                             u"created_at"_s, u"updated_at"_s}))
        return error;
    if (!consumer.value(u"username"_s).isString() && !consumer.value(u"custom_id"_s).isString())
        return entityValidation(u"at least one of these fields must be non-empty: 'custom_id', "
                                u"'username'"_s,
                                u"@entity"_s);
    if (auto error = uniqueName(org.consumers[cpId], consumer, u"username"_s, id))
        return error;
    return uniqueName(org.consumers[cpId], consumer, u"custom_id"_s, id);
}

QJsonObject withServiceDefaults(QJsonObject service) {
    return withDefaults(std::move(service), {{u"name"_s, QJsonValue::Null},
                                             {u"protocol"_s, u"http"_s},
                                             {u"port"_s, 80},
                                             {u"path"_s, QJsonValue::Null},
                                             {u"retries"_s, 5},
                                             {u"connect_timeout"_s, 60000},
                                             {u"write_timeout"_s, 60000},
                                             {u"read_timeout"_s, 60000},
                                             {u"enabled"_s, true},
                                             {u"tags"_s, QJsonValue::Null},
                                             {u"ca_certificates"_s, QJsonValue::Null},
                                             {u"client_certificate"_s, QJsonValue::Null},
                                             {u"tls_verify"_s, QJsonValue::Null},
                                             {u"tls_verify_depth"_s, QJsonValue::Null}});
}

QJsonObject withRouteDefaults(QJsonObject route) {
    return withDefaults(std::move(route), {{u"name"_s, QJsonValue::Null},
                                           {u"protocols"_s, QJsonArray{u"http"_s, u"https"_s}},
                                           {u"methods"_s, QJsonValue::Null},
                                           {u"hosts"_s, QJsonValue::Null},
                                           {u"paths"_s, QJsonValue::Null},
                                           {u"headers"_s, QJsonValue::Null},
                                           {u"https_redirect_status_code"_s, 426},
                                           {u"regex_priority"_s, 0},
                                           {u"strip_path"_s, true},
                                           {u"path_handling"_s, u"v0"_s},
                                           {u"preserve_host"_s, false},
                                           {u"request_buffering"_s, true},
                                           {u"response_buffering"_s, true},
                                           {u"snis"_s, QJsonValue::Null},
                                           {u"sources"_s, QJsonValue::Null},
                                           {u"destinations"_s, QJsonValue::Null},
                                           {u"tags"_s, QJsonValue::Null},
                                           {u"service"_s, QJsonValue::Null}});
}

QJsonObject withConsumerDefaults(QJsonObject consumer) {
    return withDefaults(std::move(consumer), {{u"username"_s, QJsonValue::Null},
                                              {u"custom_id"_s, QJsonValue::Null},
                                              {u"tags"_s, QJsonValue::Null}});
}

std::optional<SimResponse> checkPluginScope(Organisation &org, const QString &cpId,
                                            const QJsonObject &plugin) {
    if (auto error =
            foreignKey(org, cpId, plugin, u"service"_s, &Organisation::services, u"services"_s))
        return error;
    if (auto error = foreignKey(org, cpId, plugin, u"route"_s, &Organisation::routes, u"routes"_s))
        return error;
    return foreignKey(org, cpId, plugin, u"consumer"_s, &Organisation::consumers, u"consumers"_s);
}

SimResponse deleteGatewayEntity(Organisation &org, const QString &cpId, const QString &kind,
                                const QString &id) {
    const QString field = kind.chopped(1); // services -> service
    if (kind == u"services"_s && org.routes[cpId].findIf([&](const QJsonObject &route) {
            return route.value(u"service"_s).toObject().value(u"id"_s).toString() == id;
        }))
        return SimResponse::kongError(
            400, 4, u"foreign key violation"_s, {},
            u"an existing 'routes' entity references this 'services' entity"_s);
    EntityTable &plugins = org.plugins[cpId];
    const QStringList pluginIds = plugins.ids();
    for (const QString &pluginId : pluginIds) {
        if (plugins.find(pluginId)->value(field).toObject().value(u"id"_s).toString() == id)
            plugins.remove(pluginId);
    }
    QHash<QString, EntityTable> Organisation::*tables =
        kind == u"services"_s ? &Organisation::services
        : kind == u"routes"_s ? &Organisation::routes
                              : &Organisation::consumers;
    (org.*tables)[cpId].remove(id);
    return SimResponse::noContent(); // 204 also when it did not exist [SPEC]
}

} // namespace kd::sim
