#pragma once

#include "client/Geo.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace kd {

// An enum from the API that keeps values this build does not know: the API grows.
template <typename E>
struct OpenEnum {
    E value{};
    QString raw;
    bool known() const { return value != E::Unknown; }
    friend bool operator==(const OpenEnum &, const OpenEnum &) = default;
};

enum class ClusterType {
    ControlPlane,
    K8sIngressController,
    ControlPlaneGroup,
    Serverless,
    KafkaNativeEventProxy,
    ServerlessV1,
    Unknown
};
enum class AuthType { PinnedClientCerts, PkiClientCerts, Unknown };
enum class CloudProvider { Aws, Azure, Gcp, Unknown };
enum class NetworkState { Created, Initializing, Offline, Ready, Terminating, Terminated, Unknown };
enum class GroupState { Created, Initializing, Ready, Terminating, Terminated, Error, Unknown };
enum class CacheState { Initializing, Ready, Terminating, Error, Unknown };
enum class CacheTier {
    Micro,
    Small,
    Medium,
    Large,
    XLarge,
    X2Large,
    X4Large,
    X8Large,
    X12Large,
    X16Large,
    X24Large,
    Unknown
};
enum class PartialType { RedisCe, RedisEe, VectorDb, Embeddings, Model, Unknown };

QString clusterTypeName(ClusterType type);
OpenEnum<ClusterType> clusterTypeFrom(const QString &raw);
OpenEnum<AuthType> authTypeFrom(const QString &raw);
OpenEnum<CloudProvider> providerFrom(const QString &raw);
QString providerId(CloudProvider provider);
// "AWS", "Azure", "Google Cloud"; the raw value for a provider this build does not know.
QString providerDisplayName(const OpenEnum<CloudProvider> &provider);
QString providerDisplayName(CloudProvider provider); // empty for Unknown
OpenEnum<NetworkState> networkStateFrom(const QString &raw);
OpenEnum<GroupState> groupStateFrom(const QString &raw);
OpenEnum<CacheState> cacheStateFrom(const QString &raw);
OpenEnum<CacheTier> cacheTierFrom(const QString &raw);
QString cacheTierId(CacheTier tier);
double cacheTierGiB(CacheTier tier); // approximate memory [SPEC cgw tier description]
const QList<CacheTier> &cacheTiers();
OpenEnum<PartialType> partialTypeFrom(const QString &raw);
QString partialTypeId(PartialType type);

struct User {
    QString id;
    QString email;
    QString fullName;
    QString preferredName;
    bool active = true;
    QString inferredRegion;
};

struct Organization {
    QString id;
    QString name;
    QString ownerId;
    QString loginPath;
    QString state;
};

struct ProxyUrl {
    QString host;
    int port = 443;
    QString protocol = QStringLiteral("https");
    friend bool operator==(const ProxyUrl &, const ProxyUrl &) = default;
};

using Labels = QMap<QString, QString>;

struct ControlPlane {
    QString id;
    Geo geo = Geo::Us;
    QString name;
    QString description;
    Labels labels;
    OpenEnum<ClusterType> clusterType;
    OpenEnum<AuthType> authType;
    bool cloudGateway = false;
    QString controlPlaneEndpoint;
    QString telemetryEndpoint;
    QList<ProxyUrl> proxyUrls;
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const ControlPlane &, const ControlPlane &) = default;
};

// What POST /v2/control-planes takes (only name is required).
struct ControlPlaneCreate {
    QString name;
    QString description;
    ClusterType clusterType = ClusterType::ControlPlane;
    AuthType authType = AuthType::PinnedClientCerts;
    bool cloudGateway = false;
    QList<ProxyUrl> proxyUrls;
    Labels labels;
};

// PATCH: only the fields set are sent.
struct ControlPlanePatch {
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<AuthType> authType;
    std::optional<QList<ProxyUrl>> proxyUrls;
    std::optional<Labels> labels;
};

struct ControlPlaneFilter {
    QString nameContains;
    QString nameEquals;
    std::optional<bool> cloudGateway;
    std::optional<ClusterType> clusterType;
    QString labels; // "key:value,existing-key"
};

struct ProviderAccount {
    QString id;
    OpenEnum<CloudProvider> provider;
    QString providerAccountId;
    friend bool operator==(const ProviderAccount &, const ProviderAccount &) = default;
};

struct AvailabilityRegion {
    QString region;
    QString name;
    QStringList availabilityZones;
    QStringList cidrBlocks;
    QStringList reservedCidrBlocks;
};

struct Availability {
    QStringList versions;
    QMap<CloudProvider, QList<AvailabilityRegion>> regions;
    QStringList instanceTypes;
};

struct Network {
    QString id;
    QString name;
    bool isDefault = false;
    QString providerAccountId;
    QString region;
    QStringList availabilityZones;
    QString cidrBlock;
    OpenEnum<NetworkState> state;
    QString stateReason;
    int configurationReferenceCount = 0;
    int entityVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const Network &, const Network &) = default;
};

struct NetworkCreate {
    QString name;
    QString providerAccountId;
    QString region;
    QStringList availabilityZones;
    QString cidrBlock;
};

struct Autoscale {
    bool autopilot = true;
    int baseRps = 100;
    QString instanceType; // static (deprecated)
    int requestedInstances = 0;
    friend bool operator==(const Autoscale &, const Autoscale &) = default;
};

struct EnvironmentVariable {
    QString name;
    QString value;
    friend bool operator==(const EnvironmentVariable &, const EnvironmentVariable &) = default;
};

// A data-plane group as desired (configuration) and as it runs.
struct DataPlaneGroup {
    QString id; // empty in a desired configuration
    OpenEnum<CloudProvider> provider;
    QString region;
    QString networkId;
    Autoscale autoscale;
    QList<EnvironmentVariable> environment;
    OpenEnum<GroupState> state;
    QString stateReason;
    QStringList privateIps;
    QStringList egressIps;
    QStringList hostnames;
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const DataPlaneGroup &, const DataPlaneGroup &) = default;
};

struct CloudGatewayConfiguration {
    QString id;
    QString controlPlaneId;
    Geo controlPlaneGeo = Geo::Us;
    QString version;
    QString kind;      // dedicated.v0 | serverless.v1
    QString apiAccess; // private | public | private+public
    QList<DataPlaneGroup> desired;
    QList<DataPlaneGroup> groups;
    int entityVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const CloudGatewayConfiguration &,
                           const CloudGatewayConfiguration &) = default;
};

struct CacheGroupState {
    QString groupId;
    QString networkId;
    OpenEnum<CloudProvider> provider;
    QString region;
    OpenEnum<CacheState> state;
    QString errorReason;
    friend bool operator==(const CacheGroupState &, const CacheGroupState &) = default;
};

// A managed-cache add-on (managed-cache.v0).
struct ManagedCache {
    QString id;
    QString name;
    bool ownerIsGroup = false;
    QString ownerId; // control plane (or control-plane group) id
    Geo ownerGeo = Geo::Us;
    OpenEnum<CacheTier> tier;
    QList<CacheGroupState> groups;
    QString cacheConfigId; // id of the redis-ee partial Konnect created
    QVariantMap stateMetadata;
    OpenEnum<CacheState> state;
    int entityVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const ManagedCache &, const ManagedCache &) = default;
};

// Partials and plugins keep the whole entity so that a PUT loses nothing the app does not
// model; the typed fields are read from it.
struct Partial {
    QString id;
    QString name;
    OpenEnum<PartialType> type;
    QStringList tags;
    QVariantMap config;
    QByteArray raw; // the entity as Konnect sent it (compact JSON)
    // Where it lives; the client fills these from the request it made.
    QString controlPlaneId;
    Geo geo = Geo::Us;
    bool konnectManaged() const;
    friend bool operator==(const Partial &, const Partial &) = default;
};

struct PartialLink {
    QString pluginId;
    QString pluginName;
    QString instanceName;
};

struct Plugin {
    QString id;
    QString name;
    QString instanceName;
    bool enabled = true;
    QString serviceId;
    QString routeId;
    QString consumerId;
    QString consumerGroupId;
    QStringList protocols;
    QStringList tags;
    QStringList partialIds;
    // The entity as Konnect sent it (compact JSON), kept compressed: with every schema default
    // filled, 60,000 plugins' JSON is ~100 MB and compresses ~6-fold.
    QByteArray json() const;
    void setJson(QByteArrayView json);
    QByteArray packedJson; // zlib, through json()/setJson()
    // Set by an edit and sent by the next write; until then the configuration is read from
    // `raw` when asked (60,000 plugins with every schema default filled take ten times the
    // memory of their JSON as maps).
    std::optional<QVariantMap> editedConfig;
    QString controlPlaneId;
    Geo geo = Geo::Us;
    QVariantMap config() const;
    void setConfig(QVariantMap config) { editedConfig = std::move(config); }
    QString scope() const; // global | service | route | consumer | consumer_group
    friend bool operator==(const Plugin &, const Plugin &) = default;
};

// [SPEC cpc] GET /v2/control-planes/{id}/expected-config-hash: the hash of the configuration
// Konnect pushes to the control plane's data planes; it moves when any entity changes.
struct ConfigHash {
    QString hash;
    qint64 updatedAt = 0; // seconds since the epoch
};

struct DataPlaneNode {
    QString id;
    QString hostname;
    QString version;
    QString type;
    QDateTime lastPing;
    QString compatibility;
    friend bool operator==(const DataPlaneNode &, const DataPlaneNode &) = default;
};

} // namespace kd
