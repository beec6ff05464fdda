#include "client/SnapshotCodec.h"

#include "client/internal/JsonCodec.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kd::snapshot {

namespace {
QString time(const QDateTime &value) {
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject labels(const Labels &labels) {
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject group(const DataPlaneGroup &group, bool actual) {
    QJsonArray environment;
    for (const EnvironmentVariable &variable : group.environment)
        environment.append(QJsonObject{{u"name"_s, variable.name}, {u"value"_s, variable.value}});
    QJsonObject object{
        {u"provider"_s, group.provider.raw},
        {u"region"_s, group.region},
        {u"cloud_gateway_network_id"_s, group.networkId},
        {u"autoscale"_s,
         group.autoscale.autopilot
             ? QJsonObject{{u"kind"_s, u"autopilot"_s}, {u"base_rps"_s, group.autoscale.baseRps}}
             : QJsonObject{{u"kind"_s, u"static"_s},
                           {u"instance_type"_s, group.autoscale.instanceType},
                           {u"requested_instances"_s, group.autoscale.requestedInstances}}},
        {u"environment"_s, environment}};
    if (actual) {
        object.insert(u"id"_s, group.id);
        object.insert(u"state"_s, group.state.raw);
        object.insert(u"state_metadata"_s, QJsonObject{{u"reason"_s, group.stateReason}});
        object.insert(u"private_ip_addresses"_s, QJsonArray::fromStringList(group.privateIps));
        object.insert(u"egress_ip_addresses"_s, QJsonArray::fromStringList(group.egressIps));
        object.insert(u"hostnames"_s, QJsonArray::fromStringList(group.hostnames));
        if (group.createdAt.isValid())
            object.insert(u"created_at"_s, time(group.createdAt));
        if (group.updatedAt.isValid())
            object.insert(u"updated_at"_s, time(group.updatedAt));
    }
    return object;
}

template <typename T>
Result<T> decode(const QByteArray &bytes, Result<T> (*decoder)(const QJsonObject &)) {
    auto object = json::parseObject(bytes);
    if (!object)
        return object.error();
    return decoder(*object);
}
} // namespace

QByteArray encode(const ControlPlane &value) {
    QJsonArray proxies;
    for (const ProxyUrl &url : value.proxyUrls)
        proxies.append(QJsonObject{
            {u"host"_s, url.host}, {u"port"_s, url.port}, {u"protocol"_s, url.protocol}});
    return json::encode(QJsonObject{
        {u"id"_s, value.id},
        {u"name"_s, value.name},
        {u"description"_s, value.description},
        {u"labels"_s, labels(value.labels)},
        {u"config"_s, QJsonObject{{u"control_plane_endpoint"_s, value.controlPlaneEndpoint},
                                  {u"telemetry_endpoint"_s, value.telemetryEndpoint},
                                  {u"cluster_type"_s, value.clusterType.raw},
                                  {u"auth_type"_s, value.authType.raw},
                                  {u"cloud_gateway"_s, value.cloudGateway},
                                  {u"proxy_urls"_s, proxies}}},
        {u"created_at"_s, time(value.createdAt)},
        {u"updated_at"_s, time(value.updatedAt)}});
}

QByteArray encode(const CloudGatewayConfiguration &value) {
    QJsonArray desired;
    for (const DataPlaneGroup &g : value.desired)
        desired.append(group(g, false));
    QJsonArray actual;
    for (const DataPlaneGroup &g : value.groups)
        actual.append(group(g, true));
    return json::encode(QJsonObject{{u"id"_s, value.id},
                                    {u"control_plane_id"_s, value.controlPlaneId},
                                    {u"control_plane_geo"_s, geoId(value.controlPlaneGeo)},
                                    {u"version"_s, value.version},
                                    {u"kind"_s, value.kind},
                                    {u"api_access"_s, value.apiAccess},
                                    {u"dataplane_group_config"_s, desired},
                                    {u"dataplane_groups"_s, actual},
                                    {u"entity_version"_s, value.entityVersion},
                                    {u"created_at"_s, time(value.createdAt)},
                                    {u"updated_at"_s, time(value.updatedAt)}});
}

QByteArray encode(const ManagedCache &value) {
    QJsonArray groups;
    for (const CacheGroupState &g : value.groups)
        groups.append(QJsonObject{
            {u"id"_s, g.groupId},
            {u"cloud_gateway_network_id"_s, g.networkId},
            {u"provider"_s, g.provider.raw},
            {u"region"_s, g.region},
            {u"state"_s, g.state.raw},
            {u"state_metadata"_s, g.errorReason.isEmpty()
                                      ? QJsonObject{}
                                      : QJsonObject{{u"error_reason"_s, g.errorReason}}}});
    const QJsonObject owner =
        value.ownerIsGroup ? QJsonObject{{u"kind"_s, u"control-plane-group"_s},
                                         {u"control_plane_group_id"_s, value.ownerId},
                                         {u"control_plane_group_geo"_s, geoId(value.ownerGeo)}}
                           : QJsonObject{{u"kind"_s, u"control-plane"_s},
                                         {u"control_plane_id"_s, value.ownerId},
                                         {u"control_plane_geo"_s, geoId(value.ownerGeo)}};
    return json::encode(QJsonObject{
        {u"id"_s, value.id},
        {u"name"_s, value.name},
        {u"owner"_s, owner},
        {u"config"_s,
         QJsonObject{{u"kind"_s, u"managed-cache.v0"_s},
                     {u"capacity_config"_s,
                      QJsonObject{{u"kind"_s, u"tiered"_s}, {u"tier"_s, value.tier.raw}}},
                     {u"data_plane_groups"_s, groups},
                     {u"state_metadata"_s, QJsonObject::fromVariantMap(value.stateMetadata)}}},
        {u"entity_version"_s, value.entityVersion},
        {u"state"_s, value.state.raw},
        {u"created_at"_s, time(value.createdAt)},
        {u"updated_at"_s, time(value.updatedAt)}});
}

QByteArray encode(const Network &value) {
    return json::encode(
        QJsonObject{{u"id"_s, value.id},
                    {u"name"_s, value.name},
                    {u"default"_s, value.isDefault},
                    {u"cloud_gateway_provider_account_id"_s, value.providerAccountId},
                    {u"region"_s, value.region},
                    {u"availability_zones"_s, QJsonArray::fromStringList(value.availabilityZones)},
                    {u"cidr_block"_s, value.cidrBlock},
                    {u"state"_s, value.state.raw},
                    {u"state_metadata"_s, QJsonObject{{u"reason"_s, value.stateReason}}},
                    {u"configuration_reference_count"_s, value.configurationReferenceCount},
                    {u"entity_version"_s, value.entityVersion},
                    {u"created_at"_s, time(value.createdAt)},
                    {u"updated_at"_s, time(value.updatedAt)}});
}

QByteArray encode(const ProviderAccount &value) {
    return json::encode(QJsonObject{{u"id"_s, value.id},
                                    {u"provider"_s, value.provider.raw},
                                    {u"provider_account_id"_s, value.providerAccountId}});
}

namespace {
// What Konnect sent, or (for an entity made here) the body the app would send, with its id.
QByteArray sentJson(const Partial &value) {
    return value.raw;
}
QByteArray sentJson(const Plugin &value) {
    return value.json();
}

template <typename T>
QByteArray encodeCore(const T &value, QJsonObject (*body)(const T &)) {
    if (QByteArray sent = sentJson(value); !sent.isEmpty())
        return sent;
    QJsonObject object = body(value);
    object.insert(u"id"_s, value.id);
    return json::encode(object);
}
} // namespace

QByteArray encode(const Partial &value) {
    return encodeCore(value, json::partialBody);
}

QByteArray encode(const Plugin &value) {
    return encodeCore(value, json::pluginBody);
}

namespace {
template <typename T>
Result<T> decodeOwned(const QByteArray &bytes, Result<T> (*decoder)(const QJsonObject &), Geo geo,
                      const QString &controlPlaneId) {
    Result<T> entity = decode(bytes, decoder);
    if (entity) {
        entity.value().geo = geo;
        entity.value().controlPlaneId = controlPlaneId;
    }
    return entity;
}
} // namespace

Result<Partial> decodePartial(const QByteArray &bytes, Geo geo, const QString &controlPlaneId) {
    return decodeOwned(bytes, json::partial, geo, controlPlaneId);
}

Result<Plugin> decodePlugin(const QByteArray &bytes, Geo geo, const QString &controlPlaneId) {
    return decodeOwned(bytes, json::plugin, geo, controlPlaneId);
}

QByteArray pluginHead(const Plugin &value) {
    const auto link = [](const QString &id) {
        return id.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject{{u"id"_s, id}});
    };
    QJsonArray partials;
    for (const QString &id : value.partialIds)
        partials.append(QJsonObject{{u"id"_s, id}});
    return json::encode(QJsonObject{{u"id"_s, value.id},
                                    {u"name"_s, value.name},
                                    {u"instance_name"_s, value.instanceName},
                                    {u"enabled"_s, value.enabled},
                                    {u"service"_s, link(value.serviceId)},
                                    {u"route"_s, link(value.routeId)},
                                    {u"consumer"_s, link(value.consumerId)},
                                    {u"consumer_group"_s, link(value.consumerGroupId)},
                                    {u"protocols"_s, QJsonArray::fromStringList(value.protocols)},
                                    {u"tags"_s, QJsonArray::fromStringList(value.tags)},
                                    {u"partials"_s, partials}});
}

QByteArray packedPlugin(const Plugin &value) {
    if (!value.packedJson.isEmpty())
        return value.packedJson;
    Plugin packed;
    packed.setJson(encode(value));
    return packed.packedJson;
}

Result<Plugin> decodePlugin(const QByteArray &head, QByteArray packed, Geo geo,
                            const QString &controlPlaneId) {
    Result<Plugin> entity = decodeOwned(head, json::pluginSummary, geo, controlPlaneId);
    if (!entity)
        return entity;
    // qCompress's own header: the uncompressed size, big-endian, in four bytes.
    if (packed.size() <= 4)
        return Error::parse(u"plugin"_s, u"its compressed JSON is missing"_s);
    entity.value().packedJson = std::move(packed);
    return entity;
}

Result<ControlPlane> decodeControlPlane(const QByteArray &bytes, Geo geo) {
    auto object = json::parseObject(bytes);
    if (!object)
        return object.error();
    return json::controlPlane(*object, geo);
}

Result<CloudGatewayConfiguration> decodeConfiguration(const QByteArray &bytes) {
    return decode(bytes, json::configuration);
}

Result<ManagedCache> decodeManagedCache(const QByteArray &bytes) {
    return decode(bytes, json::managedCache);
}

Result<Network> decodeNetwork(const QByteArray &bytes) {
    return decode(bytes, json::network);
}

Result<ProviderAccount> decodeProviderAccount(const QByteArray &bytes) {
    return decode(bytes, json::providerAccount);
}

} // namespace kd::snapshot
