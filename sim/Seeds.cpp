#include "sim/Seeds.h"

#include "sim/SchemaDefaults.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
class Seeder {
public:
    explicit Seeder(Organisation &org)
        : m_org(org) {}

    void identity(const QString &orgName, const QString &loginPath) {
        const QString now = m_org.timestamp();
        const QString userId = m_org.newId();
        m_org.user = QJsonObject{{u"id"_s, userId},
                                 {u"email"_s, u"avery.ops@acme-billing.example"_s},
                                 {u"full_name"_s, u"Avery Okafor"_s},
                                 {u"preferred_name"_s, u"Avery"_s},
                                 {u"active"_s, true},
                                 {u"inferred_region"_s, u"us"_s},
                                 {u"created_at"_s, now},
                                 {u"updated_at"_s, now}};
        m_org.organization =
            QJsonObject{{u"id"_s, m_org.newId()},  {u"name"_s, orgName},
                        {u"owner_id"_s, userId},   {u"login_path"_s, loginPath},
                        {u"state"_s, u"active"_s}, {u"retention_period_days"_s, 30},
                        {u"created_at"_s, now},    {u"updated_at"_s, now}};
        for (const auto &[provider, account] :
             {std::pair{u"aws"_s, u"123456789012"_s},
              std::pair{u"azure"_s, u"a1b2c3d4-0000-4e5f-8a9b-0c1d2e3f4a5b"_s},
              std::pair{u"gcp"_s, u"acme-billing-prod"_s}}) {
            const QString id = m_org.newId();
            m_accounts.insert(provider, id);
            m_org.providerAccounts.insert(QJsonObject{{u"id"_s, id},
                                                      {u"provider"_s, provider},
                                                      {u"provider_account_id"_s, account},
                                                      {u"created_at"_s, now},
                                                      {u"updated_at"_s, now}});
        }
    }

    QString network(const QString &provider, const QString &region, const QString &cidr) {
        const QString key = provider + u'/' + region;
        if (m_networks.contains(key))
            return m_networks.value(key);
        QJsonArray zones;
        const QJsonArray providers = Organisation::availability().value(u"providers"_s).toArray();
        for (const QJsonValue &p : providers) {
            for (const QJsonValue &r : p.toObject().value(u"regions"_s).toArray()) {
                if (r.toObject().value(u"region"_s).toString() == region)
                    zones = r.toObject().value(u"availability_zones"_s).toArray();
            }
        }
        QString id = m_org.newId();
        const QString now = m_org.timestamp();
        m_org.networks.insert(
            QJsonObject{{u"id"_s, id},
                        {u"name"_s, region + u"-network"_s},
                        {u"default"_s, false},
                        {u"cloud_gateway_provider_account_id"_s, m_accounts.value(provider)},
                        {u"region"_s, region},
                        {u"availability_zones"_s, zones},
                        {u"cidr_block"_s, cidr},
                        {u"state"_s, u"initializing"_s},
                        {u"provider_metadata"_s, QJsonObject{}},
                        {u"transit_gateway_count"_s, 0},
                        {u"configuration_reference_count"_s, 0},
                        {u"entity_version"_s, 1},
                        {u"created_at"_s, now},
                        {u"updated_at"_s, now}});
        m_org.dueNow(id);
        m_networks.insert(key, id);
        return id;
    }

    QString controlPlane(const QString &geo, const QString &name, const QString &description,
                         const QJsonObject &labels, bool cloudGateway,
                         const QString &clusterType = u"CLUSTER_TYPE_CONTROL_PLANE"_s) {
        QString id = m_org.newId();
        const QString prefix = id.left(10).remove(u'-');
        const QString now = m_org.timestamp();
        m_org.addControlPlane(
            geo, QJsonObject{
                     {u"id"_s, id},
                     {u"name"_s, name},
                     {u"description"_s, description},
                     {u"labels"_s, labels},
                     {u"config"_s, QJsonObject{{u"control_plane_endpoint"_s,
                                                u"https://%1.%2.cp.konghq.com"_s.arg(prefix, geo)},
                                               {u"telemetry_endpoint"_s,
                                                u"https://%1.%2.tp.konghq.com"_s.arg(prefix, geo)},
                                               {u"cluster_type"_s, clusterType},
                                               {u"auth_type"_s, u"pinned_client_certs"_s},
                                               {u"cloud_gateway"_s, cloudGateway},
                                               {u"proxy_urls"_s, QJsonArray{}}}},
                     {u"created_at"_s, now},
                     {u"updated_at"_s, now}});
        return id;
    }

    struct Group {
        QString provider;
        QString region;
        int baseRps;
    };

    void configuration(const QString &cpId, const QString &geo, const QString &version,
                       const QList<Group> &groups) {
        const QString now = m_org.timestamp();
        QJsonArray desired;
        QJsonArray actual;
        int octet = 10;
        for (const Group &group : groups) {
            const QString networkId =
                network(group.provider, group.region, u"10.%1.0.0/16"_s.arg(octet++));
            const QJsonObject config{{u"provider"_s, group.provider},
                                     {u"region"_s, group.region},
                                     {u"cloud_gateway_network_id"_s, networkId},
                                     {u"autoscale"_s, QJsonObject{{u"kind"_s, u"autopilot"_s},
                                                                  {u"base_rps"_s, group.baseRps}}},
                                     {u"environment"_s, QJsonArray{}}};
            desired.append(config);
            QJsonObject dpg = config;
            const QString groupId = m_org.newId();
            dpg.insert(u"id"_s, groupId);
            dpg.insert(u"state"_s, u"initializing"_s);
            dpg.insert(u"private_ip_addresses"_s, QJsonArray{});
            dpg.insert(u"egress_ip_addresses"_s, QJsonArray{});
            dpg.insert(u"created_at"_s, now);
            dpg.insert(u"updated_at"_s, now);
            actual.append(dpg);
            m_org.dueNow(groupId);
        }
        m_org.configurations.insert(QJsonObject{{u"id"_s, m_org.newId()},
                                                {u"version"_s, version},
                                                {u"kind"_s, u"dedicated.v0"_s},
                                                {u"api_access"_s, u"private+public"_s},
                                                {u"control_plane_id"_s, cpId},
                                                {u"control_plane_geo"_s, geo},
                                                {u"dataplane_group_config"_s, desired},
                                                {u"dataplane_groups"_s, actual},
                                                {u"entity_version"_s, 1},
                                                {u"created_at"_s, now},
                                                {u"updated_at"_s, now}});
    }

    // A ready managed cache; returns the id of the partial Konnect created for it.
    QString cache(const QString &cpId, const QString &geo, const QString &name,
                  const QString &tier) {
        m_org.tick(); // groups ready first, so the cache lists them
        const QString id = addCache(cpId, geo, name, tier);
        m_org.tick();
        return partialOf(id);
    }

    // A managed cache due to be ready at the next tick (many of them settle in one tick).
    QString addCache(const QString &cpId, const QString &geo, const QString &name,
                     const QString &tier) {
        QJsonArray groups;
        for (const QJsonValue &value :
             m_org.configurationFor(cpId)->value(u"dataplane_groups"_s).toArray()) {
            const QJsonObject dpg = value.toObject();
            if (dpg.value(u"provider"_s).toString() == u"gcp"_s)
                continue;
            groups.append(QJsonObject{
                {u"id"_s, dpg.value(u"id"_s)},
                {u"cloud_gateway_network_id"_s, dpg.value(u"cloud_gateway_network_id"_s)},
                {u"provider"_s, dpg.value(u"provider"_s)},
                {u"region"_s, dpg.value(u"region"_s)},
                {u"state"_s, u"initializing"_s},
                {u"state_metadata"_s, QJsonObject{}}});
        }
        QString id = m_org.newId();
        const QString now = m_org.timestamp();
        m_org.addOns.insert(QJsonObject{
            {u"id"_s, id},
            {u"name"_s, name},
            {u"owner"_s, QJsonObject{{u"kind"_s, u"control-plane"_s},
                                     {u"control_plane_id"_s, cpId},
                                     {u"control_plane_geo"_s, geo}}},
            {u"config"_s, QJsonObject{{u"kind"_s, u"managed-cache.v0"_s},
                                      {u"capacity_config"_s,
                                       QJsonObject{{u"kind"_s, u"tiered"_s}, {u"tier"_s, tier}}},
                                      {u"data_plane_groups"_s, groups},
                                      {u"state_metadata"_s, QJsonObject{}}}},
            {u"entity_version"_s, 1},
            {u"state"_s, u"initializing"_s},
            {u"created_at"_s, now},
            {u"updated_at"_s, now}});
        m_org.dueNow(id);
        return id;
    }

    // The partial Konnect created for a ready managed cache.
    QString partialOf(const QString &addOnId) {
        return m_org.addOns.find(addOnId)
            ->value(u"config"_s)
            .toObject()
            .value(u"state_metadata"_s)
            .toObject()
            .value(u"cache_config_id"_s)
            .toString();
    }

    QString partial(const QString &cpId, const QString &name, const QJsonObject &config,
                    const QJsonArray &tags = {}) {
        QString id = m_org.newId();
        const qint64 now = m_org.epochSeconds();
        m_org.partials[cpId].insert(QJsonObject{
            {u"id"_s, id},
            {u"name"_s, name},
            {u"type"_s, u"redis-ee"_s},
            {u"tags"_s, tags},
            {u"config"_s, SchemaDefaults::instance().partialConfig(u"redis-ee"_s, config)},
            {u"created_at"_s, now},
            {u"updated_at"_s, now}});
        return id;
    }

    QString plugin(const QString &cpId, const QString &name, const QString &instance,
                   const QJsonObject &config, const QString &partialId = {}, bool enabled = true) {
        QString id = m_org.newId();
        const qint64 now = m_org.epochSeconds();
        QJsonObject plugin{
            {u"id"_s, id},
            {u"name"_s, name},
            {u"instance_name"_s, instance},
            {u"enabled"_s, enabled},
            {u"protocols"_s, QJsonArray{u"grpc"_s, u"grpcs"_s, u"http"_s, u"https"_s}},
            {u"service"_s, QJsonValue::Null},
            {u"route"_s, QJsonValue::Null},
            {u"consumer"_s, QJsonValue::Null},
            {u"consumer_group"_s, QJsonValue::Null},
            {u"tags"_s, QJsonArray{}},
            {u"config"_s, SchemaDefaults::instance().pluginConfig(name, config)},
            {u"created_at"_s, now},
            {u"updated_at"_s, now}};
        if (!partialId.isEmpty()) {
            const QJsonObject *linked = m_org.partials[cpId].find(partialId);
            plugin.insert(u"partials"_s,
                          QJsonArray{QJsonObject{{u"id"_s, partialId},
                                                 {u"name"_s, linked->value(u"name"_s)},
                                                 {u"path"_s, u"config.redis"_s}}});
        }
        m_org.plugins[cpId].insert(plugin);
        return id;
    }

    Organisation &m_org;

private:
    QHash<QString, QString> m_accounts;
    QHash<QString, QString> m_networks;
};

void seedDemo(Organisation &org) {
    Seeder seed(org);
    seed.identity(u"Acme Billing"_s, u"acme-billing"_s);

    const QString prod = seed.controlPlane(
        u"us"_s, u"prod-billing-svcs"_s,
        u"Billing services in production: AWS for primary traffic, Azure for European "
        u"workloads, Google Cloud for analytics and AI."_s,
        QJsonObject{{u"env"_s, u"prod"_s}, {u"team"_s, u"billing"_s}}, true);
    seed.configuration(prod, u"us"_s, u"3.14"_s,
                       {{u"aws"_s, u"us-east-2"_s, 400},
                        {u"azure"_s, u"westeurope"_s, 200},
                        {u"gcp"_s, u"us-central1"_s, 100}});
    const QString staging = seed.controlPlane(
        u"eu"_s, u"staging-billing-svcs"_s, u"Pre-production for the billing services."_s,
        QJsonObject{{u"env"_s, u"staging"_s}, {u"team"_s, u"billing"_s}}, true);
    seed.configuration(staging, u"eu"_s, u"3.12"_s, {{u"aws"_s, u"eu-central-1"_s, 50}});
    const QString dev =
        seed.controlPlane(u"us"_s, u"dev-billing-svcs"_s, u"Developers' hybrid control plane."_s,
                          QJsonObject{{u"env"_s, u"dev"_s}, {u"team"_s, u"billing"_s}}, false);

    const QString managed = seed.cache(prod, u"us"_s, u"prod-billing-cache"_s, u"small"_s);
    const QString selfManaged =
        seed.partial(prod, u"billing-redis"_s,
                     QJsonObject{
                         {u"host"_s, u"redis.billing.internal"_s},
                         {u"port"_s, 6380},
                         {u"database"_s, 0},
                         {u"username"_s, u"kong"_s},
                         {u"password"_s, u"{vault://aws/billing-redis/password}"_s},
                         {u"ssl"_s, true},
                         {u"ssl_verify"_s, true},
                         {u"server_name"_s, u"redis.billing.internal"_s},
                         {u"connect_timeout"_s, 2000},
                         {u"send_timeout"_s, 2000},
                         {u"read_timeout"_s, 2000},
                         {u"keepalive_pool_size"_s, 256},
                         {u"cluster_max_redirections"_s, 5},
                         {u"connection_is_proxied"_s, false},
                     },
                     QJsonArray{u"billing"_s});

    seed.plugin(prod, u"rate-limiting-advanced"_s, u"rla-billing-api"_s,
                QJsonObject{{u"limit"_s, QJsonArray{3000}},
                            {u"window_size"_s, QJsonArray{60}},
                            {u"window_type"_s, u"sliding"_s},
                            {u"strategy"_s, u"redis"_s},
                            {u"sync_rate"_s, 0.5},
                            {u"namespace"_s, u"billing"_s}},
                managed);
    seed.plugin(prod, u"ai-rate-limiting-advanced"_s, u"ai-rla-assistant"_s,
                QJsonObject{{u"strategy"_s, u"redis"_s},
                            {u"sync_rate"_s, 0.5},
                            {u"window_type"_s, u"sliding"_s},
                            {u"llm_providers"_s,
                             QJsonArray{QJsonObject{{u"name"_s, u"openai"_s},
                                                    {u"limit"_s, QJsonArray{100000}},
                                                    {u"window_size"_s, QJsonArray{3600}}}}}},
                managed);
    seed.plugin(prod, u"proxy-cache-advanced"_s, u"pca-invoices"_s,
                QJsonObject{{u"strategy"_s, u"redis"_s},
                            {u"cache_ttl"_s, 300},
                            {u"content_type"_s, QJsonArray{u"application/json"_s}}},
                selfManaged);
    seed.plugin(
        prod, u"key-auth"_s, u"key-auth-partners"_s,
        QJsonObject{{u"key_names"_s, QJsonArray{u"apikey"_s}}, {u"hide_credentials"_s, true}});
    seed.plugin(prod, u"openid-connect"_s, u"oidc-customers"_s,
                QJsonObject{{u"issuer"_s, u"https://login.acme-billing.example/"_s},
                            {u"auth_methods"_s, QJsonArray{u"authorization_code"_s, u"session"_s}},
                            {u"session_storage"_s, u"cookie"_s}});
    seed.plugin(staging, u"rate-limiting-advanced"_s, u"rla-staging"_s,
                QJsonObject{{u"limit"_s, QJsonArray{100}},
                            {u"window_size"_s, QJsonArray{60}},
                            {u"strategy"_s, u"local"_s}});
    seed.plugin(staging, u"key-auth"_s, u"key-auth-staging"_s,
                QJsonObject{{u"key_names"_s, QJsonArray{u"apikey"_s}}});
    seed.plugin(dev, u"request-transformer"_s, u"rt-dev-headers"_s,
                QJsonObject{{u"add"_s, QJsonObject{{u"headers"_s, QJsonArray{u"x-env:dev"_s}}}}},
                {}, false);
    org.refreshNetworkReferences();
    org.tick();
}

void seedFleet(Organisation &org, int count) {
    Seeder seed(org);
    seed.identity(u"Fleet Scale Co"_s, u"fleet-scale"_s);
    static const QStringList geos{u"us"_s, u"eu"_s, u"au"_s, u"me"_s, u"in"_s, u"sg"_s};
    static const QList<std::pair<QString, QString>> regions{
        {u"aws"_s, u"us-east-1"_s},       {u"aws"_s, u"us-east-2"_s},
        {u"aws"_s, u"eu-central-1"_s},    {u"aws"_s, u"ap-southeast-2"_s},
        {u"aws"_s, u"ap-south-1"_s},      {u"aws"_s, u"me-central-1"_s},
        {u"azure"_s, u"westeurope"_s},    {u"azure"_s, u"eastus2"_s},
        {u"azure"_s, u"southeastasia"_s}, {u"gcp"_s, u"us-central1"_s},
        {u"gcp"_s, u"europe-west4"_s},    {u"gcp"_s, u"asia-south1"_s}};
    static const QStringList pluginNames{u"key-auth"_s,
                                         u"cors"_s,
                                         u"request-transformer"_s,
                                         u"response-transformer"_s,
                                         u"ip-restriction"_s,
                                         u"openid-connect"_s,
                                         u"acl"_s,
                                         u"correlation-id"_s};
    static const QStringList envs{u"prod"_s, u"staging"_s, u"dev"_s};
    // Three passes, each settled by one tick: control planes and their groups, then caches,
    // then plugins. A tick per cache made seeding fleet:2000 quadratic (a minute).
    struct Plane {
        QString id;
        QString geo;
        QString addOn;
    };
    QList<Plane> planes;
    for (int i = 0; i < count; ++i) {
        const QString &geo = geos.at(i % geos.size());
        const QString cp = seed.controlPlane(geo, u"cp-%1-%2"_s.arg(geo).arg(i, 4, 10, QChar(u'0')),
                                             u"Scale fleet control plane %1"_s.arg(i),
                                             QJsonObject{{u"env"_s, envs.at(i % envs.size())},
                                                         {u"team"_s, u"team-%1"_s.arg(i % 17)}},
                                             true);
        QList<Seeder::Group> groups;
        for (int g = 0; g < 3; ++g) {
            const auto &[provider, region] = regions.at((i * 5 + g * 7) % regions.size());
            // clang 14 (the fuzz build) cannot capture a structured binding in a lambda.
            if (std::none_of(
                    groups.begin(), groups.end(),
                    [&region = region](const Seeder::Group &e) { return e.region == region; }))
                groups.append({provider, region, 50 + (i * 37 + g * 11) % 400});
        }
        seed.configuration(cp, geo, u"3.14"_s, groups);
        const bool servable = std::any_of(groups.begin(), groups.end(), [](const auto &group) {
            return group.provider != u"gcp"_s;
        });
        planes.append({cp, geo, (i % 5 != 4 && servable) ? u"cache"_s : QString()});
    }
    org.tick(); // groups ready, so that each cache lists them
    for (qsizetype i = 0; i < planes.size(); ++i) {
        Plane &plane = planes[i];
        if (!plane.addOn.isEmpty())
            plane.addOn = seed.addCache(plane.id, plane.geo, u"cache-%1"_s.arg(i),
                                        i % 7 == 0 ? u"large"_s : u"small"_s);
    }
    org.tick(); // caches ready: Konnect made their partials
    for (qsizetype i = 0; i < planes.size(); ++i) {
        const QString &cp = planes.at(i).id;
        const QString managed =
            planes.at(i).addOn.isEmpty() ? QString() : seed.partialOf(planes.at(i).addOn);
        for (int p = 0; p < 30; ++p) {
            if (p == 0 && !managed.isEmpty()) {
                seed.plugin(cp, u"rate-limiting-advanced"_s, u"rla-%1"_s.arg(i),
                            QJsonObject{{u"limit"_s, QJsonArray{500 + i % 10 * 100}},
                                        {u"window_size"_s, QJsonArray{60}},
                                        {u"strategy"_s, u"redis"_s},
                                        {u"sync_rate"_s, 0.5}},
                            managed);
                continue;
            }
            const QString &name = pluginNames.at((i + p) % pluginNames.size());
            seed.plugin(cp, name, u"%1-%2-%3"_s.arg(name).arg(i).arg(p), QJsonObject{}, {},
                        (p % 9) != 8);
        }
    }
    org.refreshNetworkReferences();
    org.tick();
}
} // namespace

bool seedOrganisation(Organisation &org, const QString &seed, QString *error) {
    if (seed == u"demo"_s) {
        seedDemo(org);
        return true;
    }
    if (seed.startsWith(u"fleet:"_s)) {
        bool ok = false;
        const int count = seed.mid(6).toInt(&ok);
        if (ok && count > 0 && count <= 20000) {
            seedFleet(org, count);
            return true;
        }
    }
    if (seed == u"empty"_s) {
        Seeder(org).identity(u"Empty Org"_s, u"empty"_s);
        return true;
    }
    *error = u"unknown seed %1 (use demo, empty or fleet:N)"_s.arg(seed);
    return false;
}

} // namespace kd::sim
