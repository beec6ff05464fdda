#include "client/CoreWrite.h"

#include "client/KonnectClient.h"
#include "client/internal/JsonCodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
// clang 14 does not deduce an aggregate's template arguments by itself.
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

QString writePath(const QString &controlPlaneId, const QString &rest) {
    return u"/v2/control-planes/%1/core-entities/%2"_s.arg(controlPlaneId, rest);
}

QJsonObject reference(const QString &id) {
    return {{u"id"_s, id}};
}

QJsonObject pluginJson(const PluginWrite &plugin) {
    QJsonObject body{{u"name"_s, plugin.name},
                     {u"enabled"_s, plugin.enabled},
                     {u"config"_s, QJsonObject::fromVariantMap(plugin.config)}};
    if (!plugin.instanceName.isEmpty())
        body.insert(u"instance_name"_s, plugin.instanceName);
    if (plugin.protocols)
        body.insert(u"protocols"_s, QJsonArray::fromStringList(*plugin.protocols));
    if (plugin.tags)
        body.insert(u"tags"_s, QJsonArray::fromStringList(*plugin.tags));
    if (!plugin.serviceId.isEmpty())
        body.insert(u"service"_s, reference(plugin.serviceId));
    if (!plugin.routeId.isEmpty())
        body.insert(u"route"_s, reference(plugin.routeId));
    if (!plugin.consumerId.isEmpty())
        body.insert(u"consumer"_s, reference(plugin.consumerId));
    QJsonArray links;
    for (const PartialLinkWrite &link : plugin.partials) {
        QJsonObject out{{u"name"_s, link.name}, {u"path"_s, link.path}};
        if (!link.id.isEmpty())
            out.insert(u"id"_s, link.id);
        links.append(out);
    }
    if (!links.isEmpty())
        body.insert(u"partials"_s, links);
    return body;
}

QJsonObject partialJson(const PartialWrite &partial) {
    return {{u"name"_s, partial.name},
            {u"type"_s, partial.type},
            {u"tags"_s, QJsonArray::fromStringList(partial.tags)},
            {u"config"_s, QJsonObject::fromVariantMap(partial.config)}};
}

QJsonObject controlPlaneJson(const ControlPlaneWrite &patch) {
    QJsonObject body;
    if (patch.description)
        body.insert(u"description"_s, *patch.description);
    if (patch.labels) {
        QJsonObject labels;
        for (auto it = patch.labels->cbegin(); it != patch.labels->cend(); ++it)
            labels.insert(it.key(), it.value());
        body.insert(u"labels"_s, labels);
    }
    return body;
}
} // namespace

QString CoreWrite::kind() const {
    return std::visit(Overloaded{[](const PartialWrite &) { return u"partial"_s; },
                                 [](const PluginWrite &) { return u"plugin"_s; },
                                 [](const ControlPlaneWrite &) { return u"control plane"_s; }},
                      entity);
}

ApiRequest CoreWrite::request() const {
    ApiRequest r;
    r.geo = geo;
    r.priority = Priority::User;
    r.what = what;
    const auto collection = [this] {
        return writePath(controlPlaneId, std::holds_alternative<PartialWrite>(entity)
                                             ? u"partials"_s
                                             : u"plugins"_s);
    };
    if (const auto *patch = std::get_if<ControlPlaneWrite>(&entity)) {
        r.method = "PATCH";
        r.path = u"/v2/control-planes/"_s + controlPlaneId;
        r.body = json::encode(controlPlaneJson(*patch));
        return r;
    }
    switch (action) {
    case Action::Create:
        r.method = "POST";
        r.path = collection();
        break;
    case Action::Replace:
        r.method = "PUT";
        r.path = collection() + u'/' + id;
        break;
    case Action::Delete:
        r.method = "DELETE";
        r.path = collection() + u'/' + id;
        return r;
    }
    if (const auto *plugin = std::get_if<PluginWrite>(&entity))
        r.body = json::encode(pluginJson(*plugin));
    else if (const auto *partial = std::get_if<PartialWrite>(&entity))
        r.body = json::encode(partialJson(*partial));
    return r;
}

KonnectClient::Task<QString> KonnectClient::write(const CoreWrite &write) {
    const ApiRequest request = write.request();
    const auto response = co_await m_transport->send(request);
    if (!response)
        co_return response.error();
    if (request.method == "DELETE")
        co_return write.id;
    const auto object = json::parseObject(response->body);
    if (!object) {
        if (request.method == "POST")
            co_return Error::outcomeUnknown(
                request.label(),
                tr("the answer could not be read: %1").arg(object.error().detail()));
        co_return object.error();
    }
    co_return object->value(u"id"_s).toString();
}

} // namespace kd
