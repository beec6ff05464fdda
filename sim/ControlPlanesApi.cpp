#include "sim/Api.h"
#include "sim/Paging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
const QStringList clusterTypes{u"CLUSTER_TYPE_CONTROL_PLANE"_s,
                               u"CLUSTER_TYPE_K8S_INGRESS_CONTROLLER"_s,
                               u"CLUSTER_TYPE_CONTROL_PLANE_GROUP"_s,
                               u"CLUSTER_TYPE_SERVERLESS"_s,
                               u"CLUSTER_TYPE_KAFKA_NATIVE_EVENT_PROXY"_s,
                               u"CLUSTER_TYPE_SERVERLESS_V1"_s};
const QStringList authTypes{u"pinned_client_certs"_s, u"pki_client_certs"_s};

SimResponse enumError(const QString &field, const QStringList &choices) {
    return SimResponse::invalid(
        field, u"%1 must be one of the following values: %2"_s.arg(field, choices.join(u", "_s)),
        u"enum"_s, QJsonObject{{u"choices"_s, QJsonArray::fromStringList(choices)}});
}

std::optional<SimResponse> checkProxyUrls(const QJsonValue &value) {
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray())
        return SimResponse::invalid(u"proxy_urls"_s, u"proxy_urls must be an array"_s,
                                    u"is_array"_s);
    const QJsonArray urls = value.toArray();
    if (urls.size() > 5)
        return SimResponse::invalid(u"proxy_urls"_s, u"at most 5 proxy URLs"_s, u"max_items"_s,
                                    QJsonObject{{u"maximum"_s, 5}});
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const QJsonObject url = urls.at(i).toObject();
        const QString field = u"proxy_urls[%1]"_s.arg(i);
        if (auto unknown =
                checkUnknownProperties(url, {u"host"_s, u"port"_s, u"protocol"_s}, field + u'.'))
            return unknown;
        const QString host = url.value(u"host"_s).toString();
        if (host.isEmpty() || host.size() > 120)
            return SimResponse::invalid(field + u".host"_s, u"host must be 1 to 120 characters"_s,
                                        u"required"_s);
        if (!url.value(u"port"_s).isDouble() || url.value(u"port"_s).toInt() < 1)
            return SimResponse::invalid(field + u".port"_s, u"port must be an integer >= 1"_s,
                                        u"min"_s, QJsonObject{{u"minimum"_s, 1}});
        const QString protocol = url.value(u"protocol"_s).toString();
        if (protocol.isEmpty() || protocol.size() > 32)
            return SimResponse::invalid(field + u".protocol"_s,
                                        u"protocol must be 1 to 32 characters"_s, u"required"_s);
        for (qsizetype j = 0; j < i; ++j) {
            if (urls.at(j).toObject() == url)
                return SimResponse::invalid(field, u"proxy_urls must be unique"_s, u"invalid"_s);
        }
    }
    return std::nullopt;
}

std::optional<SimResponse> checkName(const QJsonValue &name, bool required) {
    if (name.isUndefined() && !required)
        return std::nullopt;
    if (!name.isString())
        return SimResponse::invalid(u"name"_s, u"name is required"_s, u"required"_s);
    const qsizetype length = name.toString().size();
    if (length < 2)
        return SimResponse::invalid(u"name"_s,
                                    u"name must be longer than or equal to 2 characters"_s,
                                    u"min_length"_s, QJsonObject{{u"minimum"_s, 2}});
    if (length > 256)
        return SimResponse::invalid(u"name"_s,
                                    u"name must be shorter than or equal to 256 characters"_s,
                                    u"max_length"_s, QJsonObject{{u"maximum"_s, 256}});
    return std::nullopt;
}

std::optional<SimResponse> checkDescription(const QJsonValue &description) {
    if (description.isUndefined())
        return std::nullopt;
    if (!description.isString() || description.toString().size() > 2048)
        return SimResponse::invalid(u"description"_s,
                                    u"description must be a string of at most 2048 characters"_s,
                                    u"max_length"_s, QJsonObject{{u"maximum"_s, 2048}});
    return std::nullopt;
}

bool nameTaken(Organisation &org, const QString &geo, const QString &name, const QString &except) {
    return org.controlPlanes[geo].findIf([&](const QJsonObject &cp) {
        return cp.value(u"name"_s).toString() == name && cp.value(u"id"_s).toString() != except;
    }) != nullptr;
}

SimResponse conflict() {
    return SimResponse::problem(409, u"Conflict"_s,
                                u"Control Plane with provided name already exists."_s);
}

bool matchesLabels(const QJsonObject &labels, const QString &selector) {
    for (const QString &term : selector.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = term.indexOf(u':');
        if (colon < 0) {
            if (!labels.contains(term.trimmed()))
                return false;
        } else if (labels.value(term.left(colon).trimmed()).toString()
                   != term.mid(colon + 1).trimmed()) {
            return false;
        }
    }
    return true;
}

bool controlPlaneMatches(const SimRequest &request, const FilterSet &filters,
                         const QJsonObject &cp) {
    const QJsonObject config = cp.value(u"config"_s).toObject();
    return filters.matches(u"id"_s, cp.value(u"id"_s).toString())
           && filters.matches(u"name"_s, cp.value(u"name"_s).toString())
           && filters.matches(u"cluster_type"_s, config.value(u"cluster_type"_s).toString())
           && filters.matches(u"cloud_gateway"_s,
                              config.value(u"cloud_gateway"_s).toBool() ? u"true"_s : u"false"_s)
           && (!request.hasQuery(u"labels"_s)
               || matchesLabels(cp.value(u"labels"_s).toObject(), request.queryValue(u"labels"_s)));
}
} // namespace

void registerControlPlanesApi(Router &router, Organisation &org) {
    router.add("GET", HostKind::Regional, u"/v2/control-planes"_s, [&org](SimRequest &request) {
        const QString sort = request.queryValue(u"sort"_s).trimmed();
        if (!sort.isEmpty() && sort != u"created_at"_s && sort != u"created_at asc"_s
            && sort != u"created_at desc"_s)
            return SimResponse::invalid(u"sort"_s, u"sort supports only created_at"_s, u"enum"_s,
                                        QJsonObject{{u"source"_s, u"query"_s},
                                                    {u"choices"_s, QJsonArray{u"created_at"_s}}});
        QList<QByteArray> matching;
        const FilterSet filters(request,
                                {u"id"_s, u"name"_s, u"cluster_type"_s, u"cloud_gateway"_s});
        const EntityTable &table = org.controlPlanes[request.host];
        for (const QString &id : table.ids()) {
            if (controlPlaneMatches(request, filters, *table.find(id)))
                matching.append(table.json(id));
        }
        if (sort.endsWith(u"desc"_s))
            std::reverse(matching.begin(), matching.end());
        return pageNumberList(request, matching);
    });

    router.add("POST", HostKind::Regional, u"/v2/control-planes"_s, [&org](SimRequest &request) {
        const QJsonObject &body = request.json;
        if (auto error = checkUnknownProperties(
                body, {u"name"_s, u"description"_s, u"cluster_type"_s, u"auth_type"_s,
                       u"cloud_gateway"_s, u"proxy_urls"_s, u"labels"_s}))
            return *error;
        if (auto error = checkName(body.value(u"name"_s), true))
            return *error;
        if (auto error = checkDescription(body.value(u"description"_s)))
            return *error;
        const QString clusterType =
            body.value(u"cluster_type"_s).toString(u"CLUSTER_TYPE_CONTROL_PLANE"_s);
        if (!clusterTypes.contains(clusterType))
            return enumError(u"cluster_type"_s, clusterTypes);
        const QString authType = body.value(u"auth_type"_s).toString(u"pinned_client_certs"_s);
        if (!authTypes.contains(authType))
            return enumError(u"auth_type"_s, authTypes);
        if (body.contains(u"cloud_gateway"_s) && !body.value(u"cloud_gateway"_s).isBool())
            return SimResponse::invalid(u"cloud_gateway"_s, u"cloud_gateway must be a boolean"_s,
                                        u"is_boolean"_s);
        if (auto error = checkProxyUrls(body.value(u"proxy_urls"_s)))
            return *error;
        if (auto error = checkLabels(body.value(u"labels"_s), u"labels"_s))
            return *error;
        const QString name = body.value(u"name"_s).toString();
        if (nameTaken(org, request.host, name, {}))
            return conflict();

        const QString id = org.newId();
        const QString prefix = id.left(10).remove(u'-');
        const QString now = org.timestamp();
        const QJsonObject cp{
            {u"id"_s, id},
            {u"name"_s, name},
            {u"description"_s, body.value(u"description"_s).toString()},
            {u"labels"_s, body.value(u"labels"_s).toObject()},
            {u"config"_s, QJsonObject{{u"control_plane_endpoint"_s,
                                       u"https://%1.%2.cp.konghq.com"_s.arg(prefix, request.host)},
                                      {u"telemetry_endpoint"_s,
                                       u"https://%1.%2.tp.konghq.com"_s.arg(prefix, request.host)},
                                      {u"cluster_type"_s, clusterType},
                                      {u"auth_type"_s, authType},
                                      {u"cloud_gateway"_s, body.value(u"cloud_gateway"_s).toBool()},
                                      {u"proxy_urls"_s, body.value(u"proxy_urls"_s).toArray()}}},
            {u"created_at"_s, now},
            {u"updated_at"_s, now}};
        org.addControlPlane(request.host, cp);
        return SimResponse::json(201, cp);
    });

    router.add("GET", HostKind::Regional, u"/v2/control-planes/{}"_s, [&org](SimRequest &request) {
        if (const QJsonObject *cp = org.controlPlane(request.host, request.args[0]))
            return SimResponse::json(200, *cp);
        return SimResponse::notFound(u"The requested control plane was not found."_s);
    });

    router.add(
        "PATCH", HostKind::Regional, u"/v2/control-planes/{}"_s, [&org](SimRequest &request) {
            QJsonObject *cp = org.controlPlane(request.host, request.args[0]);
            if (!cp)
                return SimResponse::notFound(u"The requested control plane was not found."_s);
            const QJsonObject &body = request.json;
            if (auto error =
                    checkUnknownProperties(body, {u"name"_s, u"description"_s, u"auth_type"_s,
                                                  u"proxy_urls"_s, u"labels"_s}))
                return *error;
            if (auto error = checkName(body.value(u"name"_s), false))
                return *error;
            if (auto error = checkDescription(body.value(u"description"_s)))
                return *error;
            if (body.contains(u"auth_type"_s)
                && !authTypes.contains(body.value(u"auth_type"_s).toString()))
                return enumError(u"auth_type"_s, authTypes);
            if (auto error = checkProxyUrls(body.value(u"proxy_urls"_s)))
                return *error;
            if (auto error = checkLabels(body.value(u"labels"_s), u"labels"_s))
                return *error;
            if (body.contains(u"name"_s)
                && nameTaken(org, request.host, body.value(u"name"_s).toString(), request.args[0]))
                return conflict();
            QJsonObject config = cp->value(u"config"_s).toObject();
            for (const auto &key : {u"name"_s, u"description"_s, u"labels"_s}) {
                if (body.contains(key))
                    cp->insert(key, body.value(key));
            }
            for (const auto &key : {u"auth_type"_s, u"proxy_urls"_s}) {
                if (body.contains(key))
                    config.insert(key, body.value(key));
            }
            cp->insert(u"config"_s, config);
            cp->insert(u"updated_at"_s, org.timestamp());
            return SimResponse::json(200, *cp);
        });

    router.add(
        "DELETE", HostKind::Regional, u"/v2/control-planes/{}"_s, [&org](SimRequest &request) {
            if (!org.controlPlane(request.host, request.args[0]))
                return SimResponse::notFound(u"The requested control plane was not found."_s);
            org.removeControlPlane(request.host, request.args[0]);
            return SimResponse::noContent();
        });

    // [SPEC cpc] The hash of the configuration Konnect pushes to this control plane's data
    // planes: it moves whenever any of its entities is created, changed or deleted. Here, a
    // digest of every core entity the simulator keeps, in id order.
    router.add(
        "GET", HostKind::Regional, u"/v2/control-planes/{}/expected-config-hash"_s,
        [&org](SimRequest &request) {
            const QJsonObject *cp = org.controlPlane(request.host, request.args[0]);
            if (!cp)
                return SimResponse::kongNotFound();
            QCryptographicHash digest(QCryptographicHash::Md5);
            const auto created =
                QDateTime::fromString(cp->value(u"created_at"_s).toString(), Qt::ISODate)
                    .toSecsSinceEpoch();
            qint64 updated = created;
            for (const QHash<QString, EntityTable> *tables : {&org.partials, &org.plugins}) {
                const EntityTable &table = tables->value(request.args[0]);
                QStringList ids = table.ids();
                ids.sort();
                for (const QString &id : std::as_const(ids)) {
                    digest.addData(table.json(id));
                    updated = std::max<qint64>(
                        updated, table.find(id)->value(u"updated_at"_s).toInteger(created));
                }
                digest.addData("|");
            }
            return SimResponse::json(
                200, QJsonObject{{u"expected_hash"_s, QString::fromLatin1(digest.result().toHex())},
                                 {u"created_at"_s, created},
                                 {u"updated_at"_s, updated}});
        },
        ErrorStyle::Kong);
}

} // namespace kd::sim
