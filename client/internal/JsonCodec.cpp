#include "client/internal/JsonCodec.h"

#include "client/PluginCatalog.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kd::json {

Reader::Reader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path)) {
}

QString Reader::path(const char *key) const {
    return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + u'.' + QLatin1StringView(key);
}

void Reader::fail(const QString &field, const QString &detail) {
    if (!m_error)
        m_error = Error::parse(field, detail);
}

QJsonValue Reader::take(const char *key, bool required, QJsonValue::Type type,
                        const char *typeName) {
    QJsonValue value = m_object.value(QLatin1StringView(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(path(key), u"missing"_s);
        return {};
    }
    if (value.type() != type) {
        fail(path(key), u"expected %1"_s.arg(QLatin1StringView(typeName)));
        return {};
    }
    return value;
}

QString Reader::string(const char *key, bool required) {
    return take(key, required, QJsonValue::String, "a string").toString();
}

int Reader::integer(const char *key, bool required, int fallback) {
    const QJsonValue value = take(key, required, QJsonValue::Double, "a number");
    return value.isDouble() ? value.toInt(fallback) : fallback;
}

double Reader::number(const char *key, bool required, double fallback) {
    const QJsonValue value = take(key, required, QJsonValue::Double, "a number");
    return value.isDouble() ? value.toDouble() : fallback;
}

bool Reader::boolean(const char *key, bool required, bool fallback) {
    const QJsonValue value = take(key, required, QJsonValue::Bool, "true or false");
    return value.isBool() ? value.toBool() : fallback;
}

QDateTime Reader::time(const char *key, bool required) {
    const QJsonValue value = m_object.value(QLatin1StringView(key));
    if (value.isDouble()) { // core entities use Unix seconds
        // Years 1 to 9999, as RFC 3339 has them; beyond qint64 the conversion is undefined.
        const double seconds = value.toDouble();
        if (seconds < -62135596800.0 || seconds > 253402300799.0) {
            fail(path(key), u"date-time out of range"_s);
            return {};
        }
        return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
    }
    const QString text = take(key, required, QJsonValue::String, "a date-time").toString();
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        fail(path(key), u"expected an RFC 3339 date-time"_s);
    return parsed;
}

QStringList Reader::strings(const char *key, bool required) {
    QStringList result;
    const QJsonArray array = take(key, required, QJsonValue::Array, "a list").toArray();
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

QJsonObject Reader::object(const char *key, bool required) {
    return take(key, required, QJsonValue::Object, "an object").toObject();
}

QJsonArray Reader::array(const char *key, bool required) {
    return take(key, required, QJsonValue::Array, "a list").toArray();
}

Result<QJsonObject> parseObject(const QByteArray &body) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::parse(u"body"_s, u"not JSON (%1 at byte %2); the answer may have been cut "
                                       u"short"_s.arg(error.errorString())
                                           .arg(error.offset));
    if (!document.isObject())
        return Error::parse(u"body"_s, u"expected a JSON object"_s);
    return document.object();
}

template <typename T>
Result<T> finish(const Reader &reader, T value) {
    if (reader.error())
        return *reader.error();
    return value;
}

Result<User> user(const QJsonObject &object) {
    Reader r(object, u"user"_s);
    User u;
    u.id = r.string("id");
    u.email = r.string("email");
    u.fullName = r.string("full_name", false);
    u.preferredName = r.string("preferred_name", false);
    u.active = r.boolean("active", false, true);
    u.inferredRegion = r.string("inferred_region", false);
    return finish(r, u);
}

Result<Organization> organization(const QJsonObject &object) {
    Reader r(object, u"organization"_s);
    Organization o;
    o.id = r.string("id");
    o.name = r.string("name");
    o.ownerId = r.string("owner_id", false);
    o.loginPath = r.string("login_path", false);
    o.state = r.string("state", false);
    return finish(r, o);
}

namespace {
Labels labelsFrom(const QJsonObject &object) {
    Labels labels;
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

QJsonObject labelsJson(const Labels &labels) {
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonArray proxyUrlsJson(const QList<ProxyUrl> &urls) {
    QJsonArray array;
    for (const ProxyUrl &url : urls)
        array.append(QJsonObject{
            {u"host"_s, url.host}, {u"port"_s, url.port}, {u"protocol"_s, url.protocol}});
    return array;
}

QString nestedId(const QJsonObject &object, const char *key) {
    return object.value(QLatin1StringView(key)).toObject().value(u"id"_s).toString();
}
} // namespace

Result<ControlPlane> controlPlane(const QJsonObject &object, Geo geo) {
    Reader r(object, u"control plane"_s);
    ControlPlane cp;
    cp.geo = geo;
    cp.id = r.string("id");
    cp.name = r.string("name");
    cp.description = r.string("description", false);
    cp.labels = labelsFrom(r.object("labels", false));
    cp.createdAt = r.time("created_at");
    cp.updatedAt = r.time("updated_at");
    Reader config(r.object("config"), r.path("config"));
    cp.clusterType = clusterTypeFrom(config.string("cluster_type"));
    cp.authType = authTypeFrom(config.string("auth_type", false));
    cp.cloudGateway = config.boolean("cloud_gateway", false);
    cp.controlPlaneEndpoint = config.string("control_plane_endpoint", false);
    cp.telemetryEndpoint = config.string("telemetry_endpoint", false);
    for (const QJsonValue &value : config.array("proxy_urls", false)) {
        Reader url(value.toObject(), config.path("proxy_urls"));
        cp.proxyUrls.append({url.string("host"), url.integer("port"), url.string("protocol")});
        if (url.error())
            return *url.error();
    }
    if (config.error())
        return *config.error();
    return finish(r, cp);
}

Result<ProviderAccount> providerAccount(const QJsonObject &object) {
    Reader r(object, u"provider account"_s);
    ProviderAccount account;
    account.id = r.string("id");
    account.provider = providerFrom(r.string("provider"));
    account.providerAccountId = r.string("provider_account_id", false);
    return finish(r, account);
}

Result<Availability> availability(const QJsonObject &object) {
    Reader r(object, u"availability"_s);
    Availability result;
    result.versions = r.strings("versions", true);
    for (const QJsonValue &type : r.array("instance_types", false))
        result.instanceTypes.append(type.toObject().value(u"name"_s).toString());
    for (const QJsonValue &value : r.array("providers")) {
        Reader provider(value.toObject(), r.path("providers"));
        const auto name = providerFrom(provider.string("provider"));
        for (const QJsonValue &regionValue : provider.array("regions")) {
            Reader region(regionValue.toObject(), provider.path("regions"));
            result.regions[name.value].append(
                {region.string("region"), region.string("name", false),
                 region.strings("availability_zones"), region.strings("cidr_blocks"),
                 region.strings("reserved_cidr_blocks")});
            if (region.error())
                return *region.error();
        }
        if (provider.error())
            return *provider.error();
    }
    return finish(r, result);
}

Result<Network> network(const QJsonObject &object) {
    Reader r(object, u"network"_s);
    Network n;
    n.id = r.string("id");
    n.name = r.string("name");
    n.isDefault = r.boolean("default", false);
    n.providerAccountId = r.string("cloud_gateway_provider_account_id");
    n.region = r.string("region");
    n.availabilityZones = r.strings("availability_zones");
    n.cidrBlock = r.string("cidr_block");
    n.state = networkStateFrom(r.string("state"));
    n.stateReason = r.object("state_metadata", false).value(u"reason"_s).toString();
    n.configurationReferenceCount = r.integer("configuration_reference_count", false);
    n.entityVersion = r.integer("entity_version", false);
    n.createdAt = r.time("created_at");
    n.updatedAt = r.time("updated_at");
    return finish(r, n);
}

namespace {
std::optional<Error> readGroup(const QJsonObject &object, const QString &path,
                               DataPlaneGroup *group, bool actual) {
    Reader r(object, path);
    group->provider = providerFrom(r.string("provider"));
    group->region = r.string("region");
    group->networkId = r.string("cloud_gateway_network_id", false);
    const QJsonObject autoscale = r.object("autoscale", false);
    group->autoscale.autopilot = autoscale.value(u"kind"_s).toString() != u"static"_s;
    group->autoscale.baseRps = autoscale.value(u"base_rps"_s).toInt();
    group->autoscale.instanceType = autoscale.value(u"instance_type"_s).toString();
    group->autoscale.requestedInstances = autoscale.value(u"requested_instances"_s).toInt();
    for (const QJsonValue &value : r.array("environment", false))
        group->environment.append({value.toObject().value(u"name"_s).toString(),
                                   value.toObject().value(u"value"_s).toString()});
    if (actual) {
        group->id = r.string("id");
        group->state = groupStateFrom(r.string("state"));
        group->stateReason = r.object("state_metadata", false).value(u"reason"_s).toString();
        group->privateIps = r.strings("private_ip_addresses");
        group->egressIps = r.strings("egress_ip_addresses");
        group->hostnames = r.strings("hostnames");
        group->createdAt = r.time("created_at", false);
        group->updatedAt = r.time("updated_at", false);
    }
    return r.error();
}
} // namespace

Result<CloudGatewayConfiguration> configuration(const QJsonObject &object) {
    Reader r(object, u"configuration"_s);
    CloudGatewayConfiguration c;
    c.id = r.string("id");
    c.controlPlaneId = r.string("control_plane_id");
    c.controlPlaneGeo = geoFromId(r.string("control_plane_geo")).value_or(Geo::Us);
    c.version = r.string("version", false);
    c.kind = r.string("kind", false);
    c.apiAccess = r.string("api_access", false);
    c.entityVersion = r.integer("entity_version");
    c.createdAt = r.time("created_at");
    c.updatedAt = r.time("updated_at");
    for (const QJsonValue &value : r.array("dataplane_group_config")) {
        DataPlaneGroup group;
        if (auto error =
                readGroup(value.toObject(), r.path("dataplane_group_config"), &group, false))
            return *error;
        c.desired.append(group);
    }
    for (const QJsonValue &value : r.array("dataplane_groups")) {
        DataPlaneGroup group;
        if (auto error = readGroup(value.toObject(), r.path("dataplane_groups"), &group, true))
            return *error;
        c.groups.append(group);
    }
    return finish(r, c);
}

Result<ManagedCache> managedCache(const QJsonObject &object) {
    Reader r(object, u"add-on"_s);
    ManagedCache cache;
    cache.id = r.string("id");
    cache.name = r.string("name");
    cache.state = cacheStateFrom(r.string("state"));
    cache.entityVersion = r.integer("entity_version");
    cache.createdAt = r.time("created_at");
    cache.updatedAt = r.time("updated_at");
    Reader owner(r.object("owner"), r.path("owner"));
    cache.ownerIsGroup = owner.string("kind") == u"control-plane-group"_s;
    cache.ownerId =
        owner.string(cache.ownerIsGroup ? "control_plane_group_id" : "control_plane_id");
    cache.ownerGeo = geoFromId(owner.string(cache.ownerIsGroup ? "control_plane_group_geo"
                                                               : "control_plane_geo"))
                         .value_or(Geo::Us);
    if (owner.error())
        return *owner.error();
    Reader config(r.object("config"), r.path("config"));
    const QString kind = config.string("kind");
    if (config.ok() && kind != u"managed-cache.v0"_s)
        return Error::parse(config.path("kind"), u"not a managed cache add-on (%1)"_s.arg(kind));
    cache.tier = cacheTierFrom(
        Reader(config.object("capacity_config"), config.path("capacity_config")).string("tier"));
    for (const QJsonValue &value : config.array("data_plane_groups")) {
        Reader group(value.toObject(), config.path("data_plane_groups"));
        cache.groups.append(
            {group.string("id"), group.string("cloud_gateway_network_id"),
             providerFrom(group.string("provider")), group.string("region"),
             cacheStateFrom(group.string("state")),
             group.object("state_metadata", false).value(u"error_reason"_s).toString()});
        if (group.error())
            return *group.error();
    }
    const QJsonObject metadata = config.object("state_metadata");
    cache.stateMetadata = metadata.toVariantMap();
    cache.cacheConfigId = metadata.value(u"cache_config_id"_s).toString();
    if (config.error())
        return *config.error();
    return finish(r, cache);
}

Result<Partial> partial(const QJsonObject &object) {
    Reader r(object, u"partial"_s);
    Partial p;
    p.id = r.string("id");
    p.name = r.string("name", false);
    p.type = partialTypeFrom(r.string("type"));
    p.tags = r.strings("tags");
    p.config = r.object("config").toVariantMap();
    p.raw = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return finish(r, p);
}

Result<PartialLink> partialLink(const QJsonObject &object) {
    Reader r(object, u"partial link"_s);
    PartialLink link{r.string("id"), r.string("name"), r.string("instance_name", false)};
    return finish(r, link);
}

Result<Plugin> pluginSummary(const QJsonObject &object) {
    Reader r(object, u"plugin"_s);
    Plugin p;
    p.id = r.string("id");
    p.name = r.string("name");
    p.instanceName = r.string("instance_name", false);
    p.enabled = r.boolean("enabled", false, true);
    p.serviceId = nestedId(object, "service");
    p.routeId = nestedId(object, "route");
    p.consumerId = nestedId(object, "consumer");
    p.consumerGroupId = nestedId(object, "consumer_group");
    p.protocols = r.strings("protocols");
    p.tags = r.strings("tags");
    for (const QJsonValue &link : r.array("partials", false))
        p.partialIds.append(link.toObject().value(u"id"_s).toString());
    r.object("config", false); // checked here, read from the JSON when asked
    return finish(r, p);
}

Result<Plugin> plugin(const QJsonObject &object) {
    Result<Plugin> p = pluginSummary(object);
    if (p)
        p.value().setJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return p;
}

Result<ConfigHash> configHash(const QJsonObject &object) {
    Reader r(object, u"expected config hash"_s);
    ConfigHash h;
    h.hash = r.string("expected_hash");
    h.updatedAt = r.integer("updated_at", false);
    if (h.hash.isEmpty() && !r.error())
        r.fail(u"expected_hash"_s, u"empty"_s);
    return finish(r, h);
}

Result<DataPlaneNode> node(const QJsonObject &object) {
    Reader r(object, u"node"_s);
    DataPlaneNode n;
    n.id = r.string("id");
    n.hostname = r.string("hostname", false);
    n.version = r.string("version", false);
    n.type = r.string("type", false);
    n.lastPing = r.time("last_ping", false);
    n.compatibility = r.object("compatibility_status", false).value(u"state"_s).toString();
    return finish(r, n);
}

QByteArray encode(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject controlPlaneCreate(const ControlPlaneCreate &create) {
    QJsonObject body{{u"name"_s, create.name},
                     {u"cluster_type"_s, clusterTypeName(create.clusterType)},
                     {u"cloud_gateway"_s, create.cloudGateway}};
    if (!create.description.isEmpty())
        body.insert(u"description"_s, create.description);
    body.insert(u"auth_type"_s, create.authType == AuthType::PkiClientCerts
                                    ? u"pki_client_certs"_s
                                    : u"pinned_client_certs"_s);
    if (!create.proxyUrls.isEmpty())
        body.insert(u"proxy_urls"_s, proxyUrlsJson(create.proxyUrls));
    if (!create.labels.isEmpty())
        body.insert(u"labels"_s, labelsJson(create.labels));
    return body;
}

QJsonObject controlPlanePatch(const ControlPlanePatch &patch) {
    QJsonObject body;
    if (patch.name)
        body.insert(u"name"_s, *patch.name);
    if (patch.description)
        body.insert(u"description"_s, *patch.description);
    if (patch.authType)
        body.insert(u"auth_type"_s, *patch.authType == AuthType::PkiClientCerts
                                        ? u"pki_client_certs"_s
                                        : u"pinned_client_certs"_s);
    if (patch.proxyUrls)
        body.insert(u"proxy_urls"_s, proxyUrlsJson(*patch.proxyUrls));
    if (patch.labels)
        body.insert(u"labels"_s, labelsJson(*patch.labels));
    return body;
}

QJsonObject networkCreate(const NetworkCreate &create) {
    return {{u"name"_s, create.name},
            {u"cloud_gateway_provider_account_id"_s, create.providerAccountId},
            {u"region"_s, create.region},
            {u"availability_zones"_s, QJsonArray::fromStringList(create.availabilityZones)},
            {u"cidr_block"_s, create.cidrBlock}};
}

QJsonObject configurationPut(const QString &controlPlaneId, Geo geo, const QString &version,
                             const QString &apiAccess, const QList<DataPlaneGroup> &groups) {
    QJsonArray desired;
    for (const DataPlaneGroup &group : groups) {
        QJsonObject autoscale =
            group.autoscale.autopilot
                ? QJsonObject{{u"kind"_s, u"autopilot"_s}, {u"base_rps"_s, group.autoscale.baseRps}}
                : QJsonObject{{u"kind"_s, u"static"_s},
                              {u"instance_type"_s, group.autoscale.instanceType},
                              {u"requested_instances"_s, group.autoscale.requestedInstances}};
        QJsonObject item{{u"provider"_s, group.provider.raw.isEmpty()
                                             ? providerId(group.provider.value)
                                             : group.provider.raw},
                         {u"region"_s, group.region},
                         {u"cloud_gateway_network_id"_s, group.networkId},
                         {u"autoscale"_s, autoscale}};
        if (!group.environment.isEmpty()) {
            QJsonArray environment;
            for (const EnvironmentVariable &variable : group.environment)
                environment.append(
                    QJsonObject{{u"name"_s, variable.name}, {u"value"_s, variable.value}});
            item.insert(u"environment"_s, environment);
        }
        desired.append(item);
    }
    QJsonObject body{{u"control_plane_id"_s, controlPlaneId},
                     {u"control_plane_geo"_s, geoId(geo)},
                     {u"dataplane_groups"_s, desired}};
    if (!version.isEmpty())
        body.insert(u"version"_s, version);
    if (!apiAccess.isEmpty())
        body.insert(u"api_access"_s, apiAccess);
    return body;
}

QJsonObject managedCacheCreate(const QString &name, const QString &controlPlaneId, Geo geo,
                               CacheTier tier) {
    return {{u"name"_s, name},
            {u"owner"_s, QJsonObject{{u"kind"_s, u"control-plane"_s},
                                     {u"control_plane_id"_s, controlPlaneId},
                                     {u"control_plane_geo"_s, geoId(geo)}}},
            {u"config"_s, managedCacheTier(tier).value(u"config"_s)}};
}

QJsonObject managedCacheTier(CacheTier tier) {
    return {{u"config"_s,
             QJsonObject{{u"kind"_s, u"managed-cache.v0"_s},
                         {u"capacity_config"_s,
                          QJsonObject{{u"kind"_s, u"tiered"_s}, {u"tier"_s, cacheTierId(tier)}}}}}};
}

QJsonObject partialBody(const Partial &partial) {
    QJsonObject body = QJsonDocument::fromJson(partial.raw).object();
    body.remove(u"created_at"_s);
    body.remove(u"updated_at"_s);
    if (!partial.name.isEmpty())
        body.insert(u"name"_s, partial.name);
    body.insert(u"type"_s,
                partial.type.raw.isEmpty() ? partialTypeId(partial.type.value) : partial.type.raw);
    body.insert(u"tags"_s, QJsonArray::fromStringList(partial.tags));
    body.insert(u"config"_s, QJsonObject::fromVariantMap(partial.config));
    return body;
}

QJsonObject pluginBody(const Plugin &plugin) {
    QJsonObject body = QJsonDocument::fromJson(plugin.json()).object();
    body.remove(u"created_at"_s);
    body.remove(u"updated_at"_s);
    body.insert(u"name"_s, plugin.name);
    if (!plugin.instanceName.isEmpty())
        body.insert(u"instance_name"_s, plugin.instanceName);
    body.insert(u"enabled"_s, plugin.enabled);
    // What Konnect sent goes back as it was unless an edit changed it.
    if (plugin.editedConfig || !body.contains(u"config"_s))
        body.insert(u"config"_s, QJsonObject::fromVariantMap(plugin.config()));
    if (!plugin.tags.isEmpty() || body.contains(u"tags"_s))
        body.insert(u"tags"_s, QJsonArray::fromStringList(plugin.tags));
    QJsonArray links;
    const QJsonArray previous = body.value(u"partials"_s).toArray();
    const QList<plugins::PartialSlot> slotsOfPlugin = plugins::partialSlots(plugin.name);
    for (const QString &id : plugin.partialIds) {
        QJsonObject link{{u"id"_s, id}};
        if (slotsOfPlugin.size() == 1) // where it goes is clear; else the editor says
            link.insert(u"path"_s, slotsOfPlugin.first().path);
        for (const QJsonValue &old : previous) {
            if (old.toObject().value(u"id"_s).toString() == id)
                link = old.toObject();
        }
        links.append(link);
    }
    if (links.isEmpty())
        body.remove(u"partials"_s);
    else
        body.insert(u"partials"_s, links);
    return body;
}

Result<Page> page(const QByteArray &body, PageStyle style, int requestedSize) {
    auto parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    Reader r(*parsed, u"page"_s);
    Page result;
    switch (style) {
    case PageStyle::Number: {
        result.items = r.array("data");
        Reader meta(Reader(r.object("meta"), u"meta"_s).object("page"), u"meta.page"_s);
        result.total = meta.integer("total");
        const int number = meta.integer("number");
        const int size = meta.integer("size", true, requestedSize);
        if (meta.error())
            return *meta.error();
        result.last =
            result.items.size() < size || static_cast<qint64>(number) * size >= result.total;
        break;
    }
    case PageStyle::Offset:
        result.items = r.array("data");
        result.nextOffset = r.string("offset", false);
        result.last = result.nextOffset.isEmpty();
        break;
    case PageStyle::Cursor: {
        result.items = r.array("items");
        Reader meta(r.object("page", false), u"page"_s);
        result.total = meta.integer("total_count", false, -1);
        const QString next = meta.string("next", false);
        const QUrlQuery query(QUrl(next).query(QUrl::FullyEncoded));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"page[after]"_s)
                result.nextCursor = value;
        }
        if (!next.isEmpty() && result.nextCursor.isEmpty())
            r.fail(u"page.next"_s, u"no page[after] in the next link"_s);
        result.last = result.nextCursor.isEmpty();
        break;
    }
    }
    if (r.error())
        return *r.error();
    return result;
}

} // namespace kd::json
