#include "sim/Organisation.h"
#include "sim/SchemaDefaults.h"
#include "sim/SimLimits.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

// Organisation's managed caches: their provisioning, their groups and their end.
namespace kd::sim {

namespace {
QString cacheGroupKey(const QString &groupId) {
    return u"cache-group:"_s + groupId;
}
} // namespace

void Organisation::loseCacheGroup(const QString &controlPlaneId, const QString &groupId) {
    QJsonObject *addOn = addOnFor(controlPlaneId);
    if (!addOn)
        return;
    QJsonObject config = addOn->value(u"config"_s).toObject();
    QJsonArray groups = config.value(u"data_plane_groups"_s).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QJsonObject group = groups.at(i).toObject();
        if (group.value(u"id"_s).toString() != groupId)
            continue;
        // [INFER] The cache cannot serve a group that is gone; Konnect reports it per group.
        group.insert(u"state"_s, u"error"_s);
        group.insert(u"state_metadata"_s,
                     QJsonObject{{u"error_reason"_s, u"The data-plane group was deleted."_s}});
        groups.replace(i, group);
        config.insert(u"data_plane_groups"_s, groups);
        addOn->insert(u"config"_s, config);
        addOn->insert(u"entity_version"_s, addOn->value(u"entity_version"_s).toInt() + 1);
        addOn->insert(u"updated_at"_s, timestamp());
        return;
    }
}

void Organisation::tickAddOns(qint64 now) {
    const QStringList ids = addOns.ids();
    for (const QString &id : ids) {
        tickCacheGroups(*addOns.find(id), now);
        if (m_due.value(id, std::numeric_limits<qint64>::max()) > now)
            continue;
        m_due.remove(id);
        QJsonObject *addOn = addOns.find(id);
        if (addOn->value(u"state"_s).toString() == u"terminating"_s) {
            const QJsonObject owner = addOn->value(u"owner"_s).toObject();
            const QString partialId = addOn->value(u"config"_s)
                                          .toObject()
                                          .value(u"state_metadata"_s)
                                          .toObject()
                                          .value(u"cache_config_id"_s)
                                          .toString();
            if (!partialId.isEmpty())
                partials[owner.value(u"control_plane_id"_s).toString()].remove(partialId);
            addOns.remove(id);
            continue;
        }
        completeAddOn(*addOn);
    }
}

void Organisation::completeAddOn(QJsonObject &addOn) {
    const QJsonObject owner = addOn.value(u"owner"_s).toObject();
    const QString controlPlaneId = owner.value(u"control_plane_id"_s).toString();
    QJsonObject config = addOn.value(u"config"_s).toObject();

    QJsonArray groups = config.value(u"data_plane_groups"_s).toArray();
    bool anyAws = false;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QJsonObject group = groups.at(i).toObject();
        group.insert(u"state"_s, u"ready"_s);
        anyAws = anyAws || group.value(u"provider"_s).toString() == u"aws"_s;
        groups.replace(i, group);
    }
    config.insert(u"data_plane_groups"_s, groups);

    const auto env = [](const char *name) {
        return u"{vault://env/ADDON_MANAGED_CACHE_"_s + QLatin1StringView(name) + u'}';
    };
    // The spec types auth_provider as an enum, so it is the literal provider here.
    QJsonObject cloudAuthentication{{u"auth_provider"_s, anyAws ? u"aws"_s : u"azure"_s}};
    if (anyAws) {
        cloudAuthentication.insert(u"aws_cache_name"_s, env("AWS_CACHE_NAME"));
        cloudAuthentication.insert(u"aws_region"_s, env("AWS_REGION"));
        cloudAuthentication.insert(u"aws_assume_role_arn"_s, env("AWS_ASSUME_ROLE_ARN"));
    } else {
        cloudAuthentication.insert(u"azure_tenant_id"_s, env("AZURE_TENANT_ID"));
    }

    // Once ready, Konnect creates the redis-ee partial in the owner control plane.
    const QString partialId = newId();
    QJsonObject partialConfig{{u"host"_s, env("HOST")},
                              {u"port"_s, env("PORT")},
                              {u"username"_s, env("USERNAME")},
                              {u"server_name"_s, env("SERVER_NAME")},
                              {u"ssl"_s, true},
                              {u"ssl_verify"_s, true},
                              {u"database"_s, 0},
                              {u"connect_timeout"_s, 2000},
                              {u"send_timeout"_s, 2000},
                              {u"read_timeout"_s, 2000},
                              {u"keepalive_pool_size"_s, 256},
                              {u"cluster_max_redirections"_s, 5},
                              {u"connection_is_proxied"_s, false},
                              {u"cloud_authentication"_s, cloudAuthentication}};
    const qint64 seconds = epochSeconds();
    partials[controlPlaneId].insert(QJsonObject{
        {u"id"_s, partialId},
        {u"name"_s, u"konnect-managed-"_s + partialId},
        {u"type"_s, u"redis-ee"_s},
        {u"tags"_s, QJsonArray{u"konnect-managed"_s}},
        {u"config"_s, SchemaDefaults::instance().partialConfig(u"redis-ee"_s, partialConfig)},
        {u"created_at"_s, seconds},
        {u"updated_at"_s, seconds}});

    QJsonObject metadata;
    metadata.insert(u"cache_config_id"_s, partialId);
    metadata.insert(u"cache_server_name"_s, env("SERVER_NAME"));
    metadata.insert(u"cache_host"_s, env("HOST"));
    metadata.insert(u"cache_port"_s, env("PORT"));
    metadata.insert(u"cache_username"_s, env("USERNAME"));
    metadata.insert(u"cloud_authentication"_s, cloudAuthentication);
    config.insert(u"state_metadata"_s, metadata);

    addOn.insert(u"config"_s, config);
    addOn.insert(u"state"_s, u"ready"_s);
    addOn.insert(u"entity_version"_s, addOn.value(u"entity_version"_s).toInt() + 1);
    addOn.insert(u"updated_at"_s, timestamp());
}

// [SPEC cgw ManagedCacheAddOnDataPlaneGroup.state "initializing: the add-on is being
// initialized/updated and is setting up necessary resources for this data-plane group"; DOC
// managed-cache "Only AWS and Azure"] A group that becomes ready in a control plane with a
// managed cache joins the cache's groups and is served after the cache's provisioning time
// [INFER: the time; the docs are silent]. Google Cloud groups never join.
void Organisation::joinCacheGroup(const QString &controlPlaneId, const QJsonObject &group) {
    QJsonObject *addOn = addOnFor(controlPlaneId);
    const QString provider = group.value(u"provider"_s).toString();
    if (!addOn || addOn->value(u"state"_s).toString() == u"terminating"_s
        || (provider != u"aws"_s && provider != u"azure"_s))
        return;
    QJsonObject config = addOn->value(u"config"_s).toObject();
    QJsonArray groups = config.value(u"data_plane_groups"_s).toArray();
    const QString groupId = group.value(u"id"_s).toString();
    for (const QJsonValue &listed : std::as_const(groups)) {
        if (listed.toObject().value(u"id"_s).toString() == groupId)
            return;
    }
    groups.append(
        QJsonObject{{u"id"_s, groupId},
                    {u"cloud_gateway_network_id"_s, group.value(u"cloud_gateway_network_id"_s)},
                    {u"provider"_s, provider},
                    {u"region"_s, group.value(u"region"_s)},
                    {u"state"_s, u"initializing"_s},
                    {u"state_metadata"_s, QJsonObject{}}});
    config.insert(u"data_plane_groups"_s, groups);
    addOn->insert(u"config"_s, config);
    addOn->insert(u"entity_version"_s, addOn->value(u"entity_version"_s).toInt() + 1);
    addOn->insert(u"updated_at"_s, timestamp());
    m_due.insert(cacheGroupKey(groupId),
                 m_clock->nowMs() + m_clock->scaled(limits::cacheProvisioning));
}

void Organisation::tickCacheGroups(QJsonObject &addOn, qint64 now) {
    QJsonObject config = addOn.value(u"config"_s).toObject();
    QJsonArray groups = config.value(u"data_plane_groups"_s).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QJsonObject group = groups.at(i).toObject();
        const QString key = cacheGroupKey(group.value(u"id"_s).toString());
        if (m_due.value(key, std::numeric_limits<qint64>::max()) > now)
            continue;
        m_due.remove(key);
        if (group.value(u"state"_s).toString() != u"initializing"_s)
            continue;
        group.insert(u"state"_s, u"ready"_s);
        groups.replace(i, group);
        changed = true;
    }
    if (!changed)
        return;
    config.insert(u"data_plane_groups"_s, groups);
    addOn.insert(u"config"_s, config);
    addOn.insert(u"entity_version"_s, addOn.value(u"entity_version"_s).toInt() + 1);
    addOn.insert(u"updated_at"_s, timestamp());
}

} // namespace kd::sim
