#include "client/GatewayEntities.h"

#include "client/KonnectClient.h"
#include "client/internal/JsonCodec.h"

using namespace Qt::StringLiterals;

namespace kd {

namespace {
// Every non-null field but those named: what the entity carries beyond its typed members.
QVariantMap otherFields(const QJsonObject &object, const QStringList &typed) {
    QVariantMap fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isNull() && !typed.contains(it.key()))
            fields.insert(it.key(), it.value().toVariant());
    }
    return fields;
}

QStringList tagsOf(const QJsonObject &object) {
    QStringList tags;
    for (const QJsonValue &tag : object.value(u"tags"_s).toArray())
        tags.append(tag.toString());
    return tags;
}

const QStringList common{u"id"_s, u"name"_s, u"tags"_s, u"created_at"_s, u"updated_at"_s};

Result<GatewayService> service(const QJsonObject &object) {
    json::Reader r(object, u"service"_s);
    GatewayService service;
    service.id = r.string("id");
    service.name = r.string("name", false);
    if (!r.ok())
        return *r.error();
    service.tags = tagsOf(object);
    service.fields = otherFields(object, common);
    return service;
}

Result<GatewayRoute> route(const QJsonObject &object) {
    json::Reader r(object, u"route"_s);
    GatewayRoute route;
    route.id = r.string("id");
    route.name = r.string("name", false);
    if (!r.ok())
        return *r.error();
    route.serviceId = object.value(u"service"_s).toObject().value(u"id"_s).toString();
    route.tags = tagsOf(object);
    route.fields = otherFields(object, common + QStringList{u"service"_s});
    return route;
}

Result<GatewayConsumer> consumer(const QJsonObject &object) {
    json::Reader r(object, u"consumer"_s);
    GatewayConsumer consumer;
    consumer.id = r.string("id");
    consumer.username = r.string("username", false);
    consumer.customId = r.string("custom_id", false);
    if (!r.ok())
        return *r.error();
    consumer.tags = tagsOf(object);
    return consumer;
}

// Every page of a core-entity list (offset paging at the largest size), each item decoded
// and marked with where it lives.
template <typename T>
QCoro::Task<Result<QList<T>>> readAll(Transport &transport, Geo geo, QString controlPlaneId,
                                      QString kind, Priority priority,
                                      Result<T> (*decode)(const QJsonObject &)) {
    QList<T> items;
    QString offset;
    for (;;) {
        ApiRequest request;
        request.geo = geo;
        request.priority = priority;
        request.path = u"/v2/control-planes/%1/core-entities/%2"_s.arg(controlPlaneId, kind);
        request.query.addQueryItem(u"size"_s, QString::number(KonnectClient::corePageSize));
        if (!offset.isEmpty())
            request.query.addQueryItem(u"offset"_s, offset);
        const auto response = co_await transport.send(request);
        if (!response)
            co_return response.error();
        auto page =
            json::page(response->body, json::PageStyle::Offset, KonnectClient::corePageSize);
        if (!page)
            co_return page.error();
        for (const QJsonValue &value : std::as_const(page->items)) {
            Result<T> decoded = decode(value.toObject());
            if (!decoded)
                co_return decoded.error();
            T item = *decoded;
            item.controlPlaneId = controlPlaneId;
            item.geo = geo;
            items.append(std::move(item));
        }
        if (page->last || page->nextOffset.isEmpty())
            co_return items;
        offset = page->nextOffset;
    }
}
} // namespace

KonnectClient::Task<QList<GatewayService>>
KonnectClient::services(Geo geo, const QString &controlPlaneId, Priority priority) {
    return readAll<GatewayService>(*m_transport, geo, controlPlaneId, u"services"_s, priority,
                                   service);
}

KonnectClient::Task<QList<GatewayRoute>>
KonnectClient::routes(Geo geo, const QString &controlPlaneId, Priority priority) {
    return readAll<GatewayRoute>(*m_transport, geo, controlPlaneId, u"routes"_s, priority, route);
}

KonnectClient::Task<QList<GatewayConsumer>>
KonnectClient::consumers(Geo geo, const QString &controlPlaneId, Priority priority) {
    return readAll<GatewayConsumer>(*m_transport, geo, controlPlaneId, u"consumers"_s, priority,
                                    consumer);
}

} // namespace kd
