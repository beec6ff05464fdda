#include "sim/Organisation.h"

#include "sim/SchemaDefaults.h"
#include "sim/SimLimits.h"

#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
struct Region {
    const char *provider;
    const char *region;
    const char *name;
    const char *azPrefix; // AWS zone ids use a short code
};

// Regions availability.json names, per provider [DOC dcg-regions.md].
constexpr Region regionTable[] = {
    {"aws", "us-east-1", "N. Virginia", "use1"},
    {"aws", "us-east-2", "Ohio", "use2"},
    {"aws", "us-west-1", "N. California", "usw1"},
    {"aws", "us-west-2", "Oregon", "usw2"},
    {"aws", "ca-central-1", "Canada (Central)", "cac1"},
    {"aws", "eu-central-1", "Frankfurt", "euc1"},
    {"aws", "eu-central-2", "Zurich", "euc2"},
    {"aws", "eu-west-1", "Ireland", "euw1"},
    {"aws", "eu-west-2", "London", "euw2"},
    {"aws", "eu-west-3", "Paris", "euw3"},
    {"aws", "ap-northeast-1", "Tokyo", "apne1"},
    {"aws", "ap-northeast-2", "Seoul", "apne2"},
    {"aws", "ap-southeast-1", "Singapore", "apse1"},
    {"aws", "ap-southeast-2", "Sydney", "apse2"},
    {"aws", "ap-south-1", "Mumbai", "aps1"},
    {"aws", "ap-south-2", "Hyderabad", "aps2"},
    {"aws", "me-central-1", "UAE", "mec1"},
    {"azure", "eastus", "East US", nullptr},
    {"azure", "eastus2", "East US 2", nullptr},
    {"azure", "centralus", "Central US", nullptr},
    {"azure", "westus2", "West US 2", nullptr},
    {"azure", "westus3", "West US 3", nullptr},
    {"azure", "canadacentral", "Canada Central", nullptr},
    {"azure", "northeurope", "North Europe", nullptr},
    {"azure", "westeurope", "West Europe", nullptr},
    {"azure", "uksouth", "UK South", nullptr},
    {"azure", "francecentral", "France Central", nullptr},
    {"azure", "germanywestcentral", "Germany West Central", nullptr},
    {"azure", "australiaeast", "Australia East", nullptr},
    {"azure", "japaneast", "Japan East", nullptr},
    {"azure", "southeastasia", "Southeast Asia", nullptr},
    {"azure", "centralindia", "Central India", nullptr},
    {"azure", "uaenorth", "UAE North", nullptr},
    {"gcp", "us-central1", "Iowa", nullptr},
    {"gcp", "us-east1", "South Carolina", nullptr},
    {"gcp", "us-east4", "Northern Virginia", nullptr},
    {"gcp", "us-west1", "Oregon", nullptr},
    {"gcp", "europe-west1", "Belgium", nullptr},
    {"gcp", "europe-west2", "London", nullptr},
    {"gcp", "europe-west3", "Frankfurt", nullptr},
    {"gcp", "europe-west4", "Netherlands", nullptr},
    {"gcp", "asia-northeast1", "Tokyo", nullptr},
    {"gcp", "asia-southeast1", "Singapore", nullptr},
    {"gcp", "asia-south1", "Mumbai", nullptr},
    {"gcp", "australia-southeast1", "Sydney", nullptr},
    {"gcp", "me-central2", "Dammam", nullptr},
};

QJsonArray zonesOf(const Region &region) {
    QJsonArray zones;
    const QString name = QString::fromLatin1(region.region);
    for (int i = 1; i <= 3; ++i) {
        if (region.azPrefix)
            zones.append(QString::fromLatin1(region.azPrefix) + u"-az"_s + QString::number(i));
        else if (qstrcmp(region.provider, "azure") == 0)
            zones.append(name + u"-az"_s + QString::number(i));
        else
            zones.append(name + u'-' + QChar(u'a' + i - 1));
    }
    return zones;
}
} // namespace

Organisation::Organisation(SimClock *clock, quint64 seed)
    : m_clock(clock)
    , m_random(static_cast<quint32>(seed ^ (seed >> 32))) {
}

QString Organisation::newId() {
    // A version-4 UUID from the seeded generator, so seeds give the same ids every run.
    quint8 bytes[16];
    for (auto &byte : bytes)
        byte = static_cast<quint8>(m_random.bounded(256));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(bytes), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
                               + hex.mid(16, 4) + '-' + hex.mid(20));
}

QString Organisation::timestamp() const {
    return m_clock->now().toString(Qt::ISODateWithMs);
}

qint64 Organisation::epochSeconds() const {
    return m_clock->nowMs() / 1000;
}

QJsonObject *Organisation::controlPlane(const QString &geo, const QString &id) {
    auto it = controlPlanes.find(geo);
    return it == controlPlanes.end() ? nullptr : it->find(id);
}

QString Organisation::geoOf(const QString &controlPlaneId) const {
    return m_geoOfControlPlane.value(controlPlaneId);
}

void Organisation::addControlPlane(const QString &geo, const QJsonObject &controlPlane) {
    const QString id = controlPlane.value(u"id"_s).toString();
    controlPlanes[geo].insert(controlPlane);
    m_geoOfControlPlane.insert(id, geo);
}

void Organisation::removeControlPlane(const QString &geo, const QString &id) {
    controlPlanes[geo].remove(id);
    m_geoOfControlPlane.remove(id);
    partials.remove(id);
    plugins.remove(id);
    services.remove(id);
    routes.remove(id);
    consumers.remove(id);
    nodes.remove(id);
    // Deleting the control plane tears down its cloud gateway and its cache [INFER].
    if (const QJsonObject *configuration = configurationFor(id)) {
        configurations.remove(configuration->value(u"id"_s).toString());
        refreshNetworkReferences();
    }
    if (const QJsonObject *addOn = addOnFor(id))
        addOns.remove(addOn->value(u"id"_s).toString());
}

QJsonObject *Organisation::configurationFor(const QString &controlPlaneId) {
    for (const QString &id : configurations.ids()) {
        QJsonObject *configuration = configurations.find(id);
        if (configuration->value(u"control_plane_id"_s).toString() == controlPlaneId)
            return configuration;
    }
    return nullptr;
}

QJsonObject *Organisation::addOnFor(const QString &controlPlaneId) {
    for (const QString &id : addOns.ids()) {
        QJsonObject *addOn = addOns.find(id);
        const QJsonObject owner = addOn->value(u"owner"_s).toObject();
        if (owner.value(u"control_plane_id"_s).toString() == controlPlaneId
            || owner.value(u"control_plane_group_id"_s).toString() == controlPlaneId)
            return addOn;
    }
    return nullptr;
}

QList<QJsonObject> Organisation::pluginsLinking(const QString &controlPlaneId,
                                                const QString &partialId) const {
    QList<QJsonObject> result;
    const auto table = plugins.constFind(controlPlaneId);
    if (table == plugins.cend())
        return result;
    for (const QString &id : table->ids()) {
        const QJsonObject &plugin = *table->find(id);
        const QJsonArray links = plugin.value(u"partials"_s).toArray();
        for (const QJsonValue &link : links) {
            if (link.toObject().value(u"id"_s).toString() == partialId) {
                result.append(plugin);
                break;
            }
        }
    }
    return result;
}

void Organisation::scheduleNetwork(const QString &networkId, bool initializing) {
    if (initializing)
        m_due.insert(networkId, m_clock->nowMs() + m_clock->scaled(limits::networkProvisioning));
}

void Organisation::scheduleDataPlaneGroup(const QString &groupId) {
    m_due.insert(groupId, m_clock->nowMs() + m_clock->scaled(limits::dataPlaneGroupCreated));
}

void Organisation::scheduleDataPlaneGroupTermination(const QString &groupId) {
    m_due.insert(groupId, m_clock->nowMs() + m_clock->scaled(limits::dataPlaneGroupTermination));
}

void Organisation::scheduleAddOn(const QString &addOnId) {
    m_due.insert(addOnId, m_clock->nowMs() + m_clock->scaled(limits::cacheProvisioning));
}

void Organisation::scheduleAddOnTermination(const QString &addOnId) {
    m_due.insert(addOnId, m_clock->nowMs() + m_clock->scaled(limits::cacheTermination));
}

void Organisation::tick() {
    if (m_due.isEmpty())
        return;
    const qint64 now = m_clock->nowMs();
    tickNetworks(now);
    tickConfigurations(now);
    tickAddOns(now);
}

void Organisation::refreshNetworkReferences() {
    QHash<QString, int> counts;
    for (const QString &id : configurations.ids()) {
        QSet<QString> used;
        for (const QJsonValue &group :
             configurations.find(id)->value(u"dataplane_groups"_s).toArray())
            used.insert(group.toObject().value(u"cloud_gateway_network_id"_s).toString());
        for (const QString &network : std::as_const(used))
            ++counts[network];
    }
    for (const QString &id : networks.ids()) {
        const int count = counts.value(id);
        if (std::as_const(networks).find(id)->value(u"configuration_reference_count"_s).toInt()
            != count)
            networks.find(id)->insert(u"configuration_reference_count"_s, count);
    }
}

void Organisation::tickNetworks(qint64 now) {
    for (const QString &id : networks.ids()) {
        if (m_due.value(id, std::numeric_limits<qint64>::max()) > now)
            continue;
        QJsonObject *network = networks.find(id);
        network->insert(u"state"_s, u"ready"_s);
        network->insert(u"provider_metadata"_s,
                        QJsonObject{{u"vpc_id"_s, u"vpc-"_s + id.left(8)},
                                    {u"subnet_ids"_s, QJsonArray{u"subnet-"_s + id.mid(9, 4)}}});
        network->insert(u"entity_version"_s, network->value(u"entity_version"_s).toInt() + 1);
        network->insert(u"updated_at"_s, timestamp());
        m_due.remove(id);
    }
}

QJsonArray Organisation::dataPlaneAddresses(bool egress) {
    return QJsonArray{egress ? u"%1.%2.%3.%4"_s.arg(34 + m_random.bounded(40))
                                   .arg(m_random.bounded(256))
                                   .arg(m_random.bounded(256))
                                   .arg(1 + m_random.bounded(254))
                             : u"10.%1.%2.%3"_s.arg(m_random.bounded(256))
                                   .arg(m_random.bounded(256))
                                   .arg(1 + m_random.bounded(254))};
}

void Organisation::tickConfigurations(qint64 now) {
    bool anyChanged = false;
    for (const QString &id : configurations.ids()) {
        QJsonObject *configuration = configurations.find(id);
        QJsonArray groups = configuration->value(u"dataplane_groups"_s).toArray();
        bool changed = false;
        for (qsizetype i = groups.size() - 1; i >= 0; --i) {
            QJsonObject group = groups.at(i).toObject();
            const QString groupId = group.value(u"id"_s).toString();
            const qint64 due = m_due.value(groupId, std::numeric_limits<qint64>::max());
            if (due > now)
                continue;
            const QString state = group.value(u"state"_s).toString();
            if (state == u"terminating"_s) {
                removeNodes(configuration->value(u"control_plane_id"_s).toString(), groupId);
                loseCacheGroup(configuration->value(u"control_plane_id"_s).toString(), groupId);
                groups.removeAt(i);
                m_due.remove(groupId);
                changed = true;
                continue;
            }
            if (state == u"created"_s) {
                group.insert(u"state"_s, u"initializing"_s);
                m_due.insert(groupId, due
                                          + m_clock->scaled(limits::dataPlaneGroupProvisioning
                                                            - limits::dataPlaneGroupCreated));
            } else if (state == u"initializing"_s) {
                group.insert(u"state"_s, u"ready"_s);
                group.insert(u"private_ip_addresses"_s, dataPlaneAddresses(false));
                group.insert(u"egress_ip_addresses"_s, dataPlaneAddresses(true));
                group.insert(u"hostnames"_s, QJsonArray{groupId.left(8) + u"."_s
                                                        + group.value(u"region"_s).toString()
                                                        + u".gateways.konggateway.com"_s});
                m_due.remove(groupId);
                addNodes(configuration->value(u"control_plane_id"_s).toString(), group);
                joinCacheGroup(configuration->value(u"control_plane_id"_s).toString(), group);
            } else {
                m_due.remove(groupId);
            }
            group.insert(u"updated_at"_s, timestamp());
            groups.replace(i, group);
            changed = true;
        }
        if (changed) {
            configuration->insert(u"dataplane_groups"_s, groups);
            configuration->insert(u"updated_at"_s, timestamp());
            anyChanged = true;
        }
    }
    // Once for all of them: per configuration it made seeding fleet:2000 quadratic.
    if (anyChanged)
        refreshNetworkReferences();
}

void Organisation::addNodes(const QString &controlPlaneId, const QJsonObject &group) {
    // Two gateway instances a group; the hostname names the group and its region so the
    // app can map nodes to groups.
    const QString version = configurationFor(controlPlaneId)->value(u"version"_s).toString();
    const qint64 seconds = epochSeconds();
    for (int i = 0; i < 2; ++i) {
        nodes[controlPlaneId].insert(QJsonObject{
            {u"id"_s, newId()},
            {u"version"_s, version + u".0.0"_s},
            {u"hostname"_s,
             u"dp-%1-%2.%3.%4"_s.arg(group.value(u"id"_s).toString().left(8))
                 .arg(i)
                 .arg(group.value(u"region"_s).toString(), group.value(u"provider"_s).toString())},
            {u"last_ping"_s, seconds},
            {u"type"_s, u"kong-proxy"_s},
            {u"created_at"_s, seconds},
            {u"updated_at"_s, seconds},
            {u"config_hash"_s,
             QString::fromLatin1(QByteArray::number(seconds).toHex()).rightJustified(32, u'0')},
            {u"compatibility_status"_s,
             QJsonObject{{u"state"_s, u"COMPATIBILITY_STATE_FULLY_COMPATIBLE"_s}}},
            {u"data_plane_group_id"_s, group.value(u"id"_s)}}); // sim-only: stripped in responses
    }
}

void Organisation::removeNodes(const QString &controlPlaneId, const QString &groupId) {
    EntityTable &table = nodes[controlPlaneId];
    const QStringList ids = table.ids();
    for (const QString &id : ids) {
        if (table.find(id)->value(u"data_plane_group_id"_s).toString() == groupId)
            table.remove(id);
    }
}

QJsonObject Organisation::availability() {
    QJsonObject byProvider;
    for (const Region &region : regionTable) {
        const QString provider = QString::fromLatin1(region.provider);
        QJsonArray regions = byProvider.value(provider).toArray();
        regions.append(QJsonObject{
            {u"region"_s, QString::fromLatin1(region.region)},
            {u"name"_s, QString::fromLatin1(region.name)},
            {u"availability_zones"_s, zonesOf(region)},
            {u"cidr_blocks"_s, QJsonArray{u"10.0.0.0/8"_s, u"100.64.0.0/10"_s, u"172.16.0.0/12"_s,
                                          u"192.168.0.0/16"_s, u"198.18.0.0/15"_s}},
            {u"reserved_cidr_blocks"_s, QJsonArray{u"10.100.0.0/16"_s, u"172.17.0.0/16"_s}}});
        byProvider.insert(provider, regions);
    }
    QJsonArray providers;
    for (const auto *provider : {"aws", "azure", "gcp"}) {
        providers.append(
            QJsonObject{{u"provider"_s, QString::fromLatin1(provider)},
                        {u"regions"_s, byProvider.value(QString::fromLatin1(provider))}});
    }
    const auto instance = [](const char *name, const char *cost, const char *cpu,
                             const char *memory) {
        return QJsonObject{{u"name"_s, QString::fromLatin1(name)},
                           {u"hourly_cost"_s, QString::fromLatin1(cost)},
                           {u"v_cpu"_s, QString::fromLatin1(cpu)},
                           {u"gb_memory"_s, QString::fromLatin1(memory)}};
    };
    return QJsonObject{
        {u"versions"_s,
         QJsonArray{u"3.10"_s, u"3.11"_s, u"3.12"_s, u"3.13"_s, u"3.14"_s, u"3.15"_s}},
        {u"instance_types"_s,
         QJsonArray{instance("small", "0.50", "1", "2"), instance("medium", "1.00", "2", "4"),
                    instance("large", "2.00", "4", "8")}},
        {u"providers"_s, providers},
        {u"serverless_v1_providers"_s,
         QJsonArray{QJsonObject{{u"provider"_s, u"aws"_s},
                                {u"regions"_s, QJsonArray{QJsonObject{{u"region"_s, u"us"_s}},
                                                          QJsonObject{{u"region"_s, u"eu"_s}}}}}}},
    };
}

QString Organisation::providerOfRegion(const QString &region) {
    for (const Region &entry : regionTable) {
        if (region == QLatin1StringView(entry.region))
            return QString::fromLatin1(entry.provider);
    }
    return {};
}

QJsonObject Organisation::toJson() const {
    const auto values = [](const EntityTable &table) {
        QJsonArray array;
        for (const QJsonObject &entity : table.values())
            array.append(entity);
        return array;
    };
    const auto perKey = [&values](const QHash<QString, EntityTable> &tables) {
        QJsonObject object;
        for (auto it = tables.cbegin(); it != tables.cend(); ++it)
            object.insert(it.key(), values(it.value()));
        return object;
    };
    QJsonObject due;
    for (auto it = m_due.cbegin(); it != m_due.cend(); ++it)
        due.insert(it.key(), QString::number(it.value()));
    return QJsonObject{{u"user"_s, user},
                       {u"organization"_s, organization},
                       {u"provider_accounts"_s, values(providerAccounts)},
                       {u"networks"_s, values(networks)},
                       {u"configurations"_s, values(configurations)},
                       {u"add_ons"_s, values(addOns)},
                       {u"control_planes"_s, perKey(controlPlanes)},
                       {u"partials"_s, perKey(partials)},
                       {u"plugins"_s, perKey(plugins)},
                       {u"services"_s, perKey(services)},
                       {u"routes"_s, perKey(routes)},
                       {u"consumers"_s, perKey(consumers)},
                       {u"nodes"_s, perKey(nodes)},
                       {u"due"_s, due}};
}

void Organisation::fromJson(const QJsonObject &state) {
    const auto load = [](EntityTable &table, const QJsonArray &array) {
        table = {};
        for (const QJsonValue &value : array)
            table.insert(value.toObject());
    };
    const auto loadPerKey = [&load](QHash<QString, EntityTable> &tables,
                                    const QJsonObject &object) {
        tables.clear();
        for (auto it = object.begin(); it != object.end(); ++it)
            load(tables[it.key()], it.value().toArray());
    };
    user = state.value(u"user"_s).toObject();
    organization = state.value(u"organization"_s).toObject();
    load(providerAccounts, state.value(u"provider_accounts"_s).toArray());
    load(networks, state.value(u"networks"_s).toArray());
    load(configurations, state.value(u"configurations"_s).toArray());
    load(addOns, state.value(u"add_ons"_s).toArray());
    loadPerKey(controlPlanes, state.value(u"control_planes"_s).toObject());
    loadPerKey(partials, state.value(u"partials"_s).toObject());
    loadPerKey(plugins, state.value(u"plugins"_s).toObject());
    loadPerKey(services, state.value(u"services"_s).toObject());
    loadPerKey(routes, state.value(u"routes"_s).toObject());
    loadPerKey(consumers, state.value(u"consumers"_s).toObject());
    loadPerKey(nodes, state.value(u"nodes"_s).toObject());
    m_geoOfControlPlane.clear();
    for (auto it = controlPlanes.cbegin(); it != controlPlanes.cend(); ++it) {
        for (const QString &id : it.value().ids())
            m_geoOfControlPlane.insert(id, it.key());
    }
    m_due.clear();
    const QJsonObject due = state.value(u"due"_s).toObject();
    for (auto it = due.begin(); it != due.end(); ++it)
        m_due.insert(it.key(), it.value().toString().toLongLong());
}

} // namespace kd::sim
