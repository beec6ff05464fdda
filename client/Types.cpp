#include "client/Types.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
template <typename E, size_t N>
OpenEnum<E> lookup(const std::array<std::pair<E, const char *>, N> &table, const QString &raw) {
    for (const auto &[value, name] : table) {
        if (raw == QLatin1StringView(name))
            return {value, raw};
    }
    return {E::Unknown, raw};
}

template <typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value) {
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

constexpr std::array<std::pair<ClusterType, const char *>, 6> clusterTypes{{
    {ClusterType::ControlPlane, "CLUSTER_TYPE_CONTROL_PLANE"},
    {ClusterType::K8sIngressController, "CLUSTER_TYPE_K8S_INGRESS_CONTROLLER"},
    {ClusterType::ControlPlaneGroup, "CLUSTER_TYPE_CONTROL_PLANE_GROUP"},
    {ClusterType::Serverless, "CLUSTER_TYPE_SERVERLESS"},
    {ClusterType::KafkaNativeEventProxy, "CLUSTER_TYPE_KAFKA_NATIVE_EVENT_PROXY"},
    {ClusterType::ServerlessV1, "CLUSTER_TYPE_SERVERLESS_V1"},
}};
constexpr std::array<std::pair<AuthType, const char *>, 2> authTypes{{
    {AuthType::PinnedClientCerts, "pinned_client_certs"},
    {AuthType::PkiClientCerts, "pki_client_certs"},
}};
constexpr std::array<std::pair<CloudProvider, const char *>, 3> providers{{
    {CloudProvider::Aws, "aws"},
    {CloudProvider::Azure, "azure"},
    {CloudProvider::Gcp, "gcp"},
}};
constexpr std::array<std::pair<NetworkState, const char *>, 6> networkStates{{
    {NetworkState::Created, "created"},
    {NetworkState::Initializing, "initializing"},
    {NetworkState::Offline, "offline"},
    {NetworkState::Ready, "ready"},
    {NetworkState::Terminating, "terminating"},
    {NetworkState::Terminated, "terminated"},
}};
constexpr std::array<std::pair<GroupState, const char *>, 6> groupStates{{
    {GroupState::Created, "created"},
    {GroupState::Initializing, "initializing"},
    {GroupState::Ready, "ready"},
    {GroupState::Terminating, "terminating"},
    {GroupState::Terminated, "terminated"},
    {GroupState::Error, "error"},
}};
constexpr std::array<std::pair<CacheState, const char *>, 4> cacheStates{{
    {CacheState::Initializing, "initializing"},
    {CacheState::Ready, "ready"},
    {CacheState::Terminating, "terminating"},
    {CacheState::Error, "error"},
}};
constexpr std::array<std::pair<CacheTier, const char *>, 11> tiers{{
    {CacheTier::Micro, "micro"},
    {CacheTier::Small, "small"},
    {CacheTier::Medium, "medium"},
    {CacheTier::Large, "large"},
    {CacheTier::XLarge, "xlarge"},
    {CacheTier::X2Large, "2xlarge"},
    {CacheTier::X4Large, "4xlarge"},
    {CacheTier::X8Large, "8xlarge"},
    {CacheTier::X12Large, "12xlarge"},
    {CacheTier::X16Large, "16xlarge"},
    {CacheTier::X24Large, "24xlarge"},
}};
constexpr std::array<std::pair<PartialType, const char *>, 5> partialTypes{{
    {PartialType::RedisCe, "redis-ce"},
    {PartialType::RedisEe, "redis-ee"},
    {PartialType::VectorDb, "vectordb"},
    {PartialType::Embeddings, "embeddings"},
    {PartialType::Model, "model"},
}};
} // namespace

QString clusterTypeName(ClusterType type) {
    return nameOf(clusterTypes, type);
}
OpenEnum<ClusterType> clusterTypeFrom(const QString &raw) {
    return lookup(clusterTypes, raw);
}
OpenEnum<AuthType> authTypeFrom(const QString &raw) {
    return lookup(authTypes, raw);
}
OpenEnum<CloudProvider> providerFrom(const QString &raw) {
    return lookup(providers, raw);
}
QString providerId(CloudProvider provider) {
    return nameOf(providers, provider);
}
QString providerDisplayName(CloudProvider provider) {
    switch (provider) {
    case CloudProvider::Aws:
        return u"AWS"_s;
    case CloudProvider::Azure:
        return u"Azure"_s;
    case CloudProvider::Gcp:
        return u"Google Cloud"_s;
    case CloudProvider::Unknown:
        break;
    }
    return {};
}

QString providerDisplayName(const OpenEnum<CloudProvider> &provider) {
    const QString known = providerDisplayName(provider.value);
    return known.isEmpty() ? provider.raw : known;
}
OpenEnum<NetworkState> networkStateFrom(const QString &raw) {
    return lookup(networkStates, raw);
}
OpenEnum<GroupState> groupStateFrom(const QString &raw) {
    return lookup(groupStates, raw);
}
OpenEnum<CacheState> cacheStateFrom(const QString &raw) {
    return lookup(cacheStates, raw);
}
OpenEnum<CacheTier> cacheTierFrom(const QString &raw) {
    return lookup(tiers, raw);
}
QString cacheTierId(CacheTier tier) {
    return nameOf(tiers, tier);
}

double cacheTierGiB(CacheTier tier) {
    static constexpr std::array<double, 11> gib{0.5, 1, 3, 6, 12, 25, 52, 100, 150, 200, 300};
    const auto index = static_cast<size_t>(tier);
    return index < gib.size() ? gib.at(index) : 0;
}

const QList<CacheTier> &cacheTiers() {
    static const QList<CacheTier> all = [] {
        QList<CacheTier> list;
        for (const auto &entry : tiers)
            list.append(entry.first);
        return list;
    }();
    return all;
}

OpenEnum<PartialType> partialTypeFrom(const QString &raw) {
    return lookup(partialTypes, raw);
}
QString partialTypeId(PartialType type) {
    return nameOf(partialTypes, type);
}

bool Partial::konnectManaged() const {
    // The Konnect UI's rule: tagged konnect-managed or managed_cache.v0, any case.
    return std::any_of(tags.begin(), tags.end(), [](const QString &tag) {
        return tag.compare(u"konnect-managed"_s, Qt::CaseInsensitive) == 0
               || tag.compare(u"managed_cache.v0"_s, Qt::CaseInsensitive) == 0;
    });
}

QByteArray Plugin::json() const {
    return packedJson.isEmpty() ? QByteArray() : qUncompress(packedJson);
}

void Plugin::setJson(QByteArrayView json) {
    // Level 1: most of the gain for a fraction of the time (it runs for every plugin read).
    packedJson = json.isEmpty()
                     ? QByteArray()
                     : qCompress(reinterpret_cast<const uchar *>(json.data()), json.size(), 1);
    // qCompress keeps room for the uncompressed size: without this, 60,000 plugins held
    // ~75 MB of it.
    packedJson.squeeze();
}

QVariantMap Plugin::config() const {
    if (editedConfig)
        return *editedConfig;
    return QJsonDocument::fromJson(json()).object().value(u"config"_s).toObject().toVariantMap();
}

QString Plugin::scope() const {
    if (!routeId.isEmpty())
        return u"route"_s;
    if (!serviceId.isEmpty())
        return u"service"_s;
    if (!consumerId.isEmpty())
        return u"consumer"_s;
    if (!consumerGroupId.isEmpty())
        return u"consumer_group"_s;
    return u"global"_s;
}

} // namespace kd
