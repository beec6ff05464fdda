#include "sim/CloudGatewaysCommon.h"
#include "sim/Paging.h"
#include "sim/SimLimits.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kd::sim::cgw {

void registerAddOns(Router &router, Organisation &org) {
    router.add(
        "GET", HostKind::Global, u"/v2/cloud-gateways/add-ons"_s, [&org](SimRequest &request) {
            for (const auto &field :
                 {u"owner.control_plane_geo"_s, u"owner.control_plane_group_geo"_s}) {
                if (auto error = checkGeoFilter(request, field))
                    return *error;
            }
            for (const auto &field :
                 {u"owner.control_plane_id"_s, u"owner.control_plane_group_id"_s}) {
                if (auto error = checkUuidFilter(request, field))
                    return *error;
            }
            const FilterSet filters(
                request, {u"name"_s, u"state"_s, u"config.kind"_s, u"owner.control_plane_id"_s,
                          u"owner.control_plane_geo"_s, u"owner.control_plane_group_id"_s,
                          u"owner.control_plane_group_geo"_s});
            QList<QJsonObject> matching;
            for (const QJsonObject &addOn : org.addOns.values()) {
                const QJsonObject owner = addOn.value(u"owner"_s).toObject();
                const auto ownerField = [&owner](const char *key) {
                    return owner.value(QLatin1StringView(key)).toString();
                };
                if (filters.matches(u"name"_s, addOn.value(u"name"_s).toString())
                    && filters.matches(u"state"_s, addOn.value(u"state"_s).toString())
                    && filters.matches(
                        u"config.kind"_s,
                        addOn.value(u"config"_s).toObject().value(u"kind"_s).toString())
                    && filters.matches(u"owner.control_plane_id"_s, ownerField("control_plane_id"))
                    && filters.matches(u"owner.control_plane_geo"_s,
                                       ownerField("control_plane_geo"))
                    && filters.matches(u"owner.control_plane_group_id"_s,
                                       ownerField("control_plane_group_id"))
                    && filters.matches(u"owner.control_plane_group_geo"_s,
                                       ownerField("control_plane_group_geo")))
                    matching.append(addOn);
            }
            return pageNumberList(request, matching);
        });

    router.add(
        "POST", HostKind::Global, u"/v2/cloud-gateways/add-ons"_s, [&org](SimRequest &request) {
            const QJsonObject &body = request.json;
            if (auto error = checkUnknownProperties(body, {u"name"_s, u"owner"_s, u"config"_s}))
                return *error;
            for (const auto &field : {u"name"_s, u"owner"_s, u"config"_s}) {
                if (!body.contains(field))
                    return required(field);
            }
            const QString name = body.value(u"name"_s).toString();
            if (name.isEmpty() || name.size() > 70)
                return SimResponse::invalid(u"name"_s, u"name must be 1 to 70 characters"_s,
                                            u"max_length"_s, QJsonObject{{u"maximum"_s, 70}});
            const QJsonObject owner = body.value(u"owner"_s).toObject();
            const QString ownerKind = owner.value(u"kind"_s).toString();
            const bool group = ownerKind == u"control-plane-group"_s;
            if (!group && ownerKind != u"control-plane"_s)
                return enumError(u"owner.kind"_s, {u"control-plane"_s, u"control-plane-group"_s});
            const QString idKey = group ? u"control_plane_group_id"_s : u"control_plane_id"_s;
            const QString geoKey = group ? u"control_plane_group_geo"_s : u"control_plane_geo"_s;
            if (auto error = checkUnknownProperties(owner, {u"kind"_s, idKey, geoKey}, u"owner."_s))
                return *error;
            const QString cpId = owner.value(idKey).toString();
            const QString geo = owner.value(geoKey).toString();
            if (!isUuid(cpId))
                return SimResponse::invalid(u"owner."_s + idKey, u"must be a UUID"_s, u"is_uuid"_s);
            if (!geos.contains(geo))
                return enumError(u"owner."_s + geoKey, geos);
            const QJsonObject config = body.value(u"config"_s).toObject();
            if (auto error =
                    checkUnknownProperties(config, {u"kind"_s, u"capacity_config"_s}, u"config."_s))
                return *error;
            if (config.value(u"kind"_s).toString() != u"managed-cache.v0"_s)
                return enumError(u"config.kind"_s, {u"managed-cache.v0"_s});
            const QJsonObject capacity = config.value(u"capacity_config"_s).toObject();
            if (auto error = checkUnknownProperties(capacity, {u"kind"_s, u"tier"_s},
                                                    u"config.capacity_config."_s))
                return *error;
            if (capacity.value(u"kind"_s).toString() != u"tiered"_s)
                return enumError(u"config.capacity_config.kind"_s, {u"tiered"_s});
            if (!tiers.contains(capacity.value(u"tier"_s).toString()))
                return enumError(u"config.capacity_config.tier"_s, tiers);
            const QJsonObject *cp = org.controlPlane(geo, cpId);
            if (!cp)
                return SimResponse::notFound(u"The requested control plane was not found."_s);
            if (org.addOns.findIf([&](const QJsonObject &addOn) {
                    return addOn.value(u"name"_s).toString() == name;
                }))
                return SimResponse::problem(409, u"Conflict"_s,
                                            u"Add on property 'name' must be unique per org."_s);
            if (org.addOnFor(cpId))
                return SimResponse::invalid(
                    u"owner."_s + idKey,
                    u"Control plane %1 already has an add-on of kind 'managed-cache.v0'. Only "
                    u"one add-on of a kind is allowed per control plane."_s.arg(cpId),
                    u"invalid"_s);

            QJsonArray cacheGroups;
            bool anyGroup = false;
            if (const QJsonObject *configuration = org.configurationFor(cpId)) {
                if (!versionAtLeast(configuration->value(u"version"_s).toString(),
                                    limits::cacheMinMajor, limits::cacheMinMinor))
                    return SimResponse::invalid(
                        u"owner"_s,
                        u"Managed cache requires Kong Gateway 3.13 or later; the control "
                        u"plane runs %1."_s.arg(configuration->value(u"version"_s).toString()),
                        u"invalid"_s);
                for (const QJsonValue &value :
                     configuration->value(u"dataplane_groups"_s).toArray()) {
                    const QJsonObject dpg = value.toObject();
                    anyGroup = true;
                    const QString provider = dpg.value(u"provider"_s).toString();
                    if (provider != u"aws"_s && provider != u"azure"_s)
                        continue; // Google Cloud groups are not served by a managed cache.
                    cacheGroups.append(QJsonObject{
                        {u"id"_s, dpg.value(u"id"_s)},
                        {u"cloud_gateway_network_id"_s, dpg.value(u"cloud_gateway_network_id"_s)},
                        {u"provider"_s, provider},
                        {u"region"_s, dpg.value(u"region"_s)},
                        {u"state"_s, u"initializing"_s},
                        {u"state_metadata"_s, QJsonObject{}}});
                }
            }
            if (anyGroup && cacheGroups.isEmpty())
                return SimResponse::invalid(
                    u"owner"_s,
                    u"unsupported provider: managed cache is available on AWS and Azure only"_s,
                    u"invalid"_s);
            const QString now = org.timestamp();
            QJsonObject normalizedOwner{{u"kind"_s, ownerKind}, {idKey, cpId}, {geoKey, geo}};
            const QJsonObject addOn{
                {u"id"_s, org.newId()},
                {u"name"_s, name},
                {u"owner"_s, normalizedOwner},
                {u"config"_s, QJsonObject{{u"kind"_s, u"managed-cache.v0"_s},
                                          {u"capacity_config"_s, capacity},
                                          {u"data_plane_groups"_s, cacheGroups},
                                          {u"state_metadata"_s, QJsonObject{}}}},
                {u"entity_version"_s, 1},
                {u"state"_s, u"initializing"_s},
                {u"created_at"_s, now},
                {u"updated_at"_s, now}};
            org.addOns.insert(addOn);
            org.scheduleAddOn(addOn.value(u"id"_s).toString());
            return SimResponse::json(201, addOn);
        });

    router.add("GET", HostKind::Global, u"/v2/cloud-gateways/add-ons/{}"_s,
               [&org](SimRequest &request) {
                   if (const QJsonObject *addOn = org.addOns.find(request.args[0]))
                       return SimResponse::json(200, *addOn);
                   return SimResponse::notFound(u"Add-on not found."_s);
               });

    router.add(
        "PATCH", HostKind::Global, u"/v2/cloud-gateways/add-ons/{}"_s, [&org](SimRequest &request) {
            QJsonObject *addOn = org.addOns.find(request.args[0]);
            if (!addOn)
                return SimResponse::notFound(u"Add-on not found."_s);
            if (auto error = checkUnknownProperties(request.json, {u"config"_s}))
                return *error;
            const QJsonObject config = request.json.value(u"config"_s).toObject();
            if (config.value(u"kind"_s).toString() != u"managed-cache.v0"_s)
                return enumError(u"config.kind"_s, {u"managed-cache.v0"_s});
            const QJsonObject capacity = config.value(u"capacity_config"_s).toObject();
            const QString tier = capacity.value(u"tier"_s).toString();
            if (capacity.value(u"kind"_s).toString() != u"tiered"_s || !tiers.contains(tier))
                return enumError(u"config.capacity_config.tier"_s, tiers);
            QJsonObject current = addOn->value(u"config"_s).toObject();
            const QString currentTier =
                current.value(u"capacity_config"_s).toObject().value(u"tier"_s).toString();
            if (tier == currentTier)
                return SimResponse::invalid(u"config.capacity_config.tier"_s,
                                            u"Proposed tier is identical to existing tier."_s,
                                            u"invalid"_s);
            if (tiers.indexOf(tier) < tiers.indexOf(currentTier))
                return SimResponse::invalid(u"config.capacity_config.tier"_s,
                                            u"Cache tier downgrade is not supported."_s,
                                            u"invalid"_s);
            if (addOn->value(u"state"_s).toString() == u"terminating"_s)
                return SimResponse::invalid(u"id"_s, u"Add-on is being deleted."_s, u"invalid"_s,
                                            QJsonObject{{u"source"_s, u"path"_s}});
            // Resize applies at once; data is kept [DOC].
            current.insert(u"capacity_config"_s,
                           QJsonObject{{u"kind"_s, u"tiered"_s}, {u"tier"_s, tier}});
            addOn->insert(u"config"_s, current);
            addOn->insert(u"entity_version"_s, addOn->value(u"entity_version"_s).toInt() + 1);
            addOn->insert(u"updated_at"_s, org.timestamp());
            return SimResponse::json(200, *addOn);
        });

    router.add(
        "DELETE", HostKind::Global, u"/v2/cloud-gateways/add-ons/{}"_s,
        [&org](SimRequest &request) {
            QJsonObject *addOn = org.addOns.find(request.args[0]);
            if (!addOn)
                return SimResponse::notFound(u"Add-on not found."_s);
            QJsonObject config = addOn->value(u"config"_s).toObject();
            const QString partialId =
                config.value(u"state_metadata"_s).toObject().value(u"cache_config_id"_s).toString();
            const QString cpId =
                addOn->value(u"owner"_s).toObject().value(u"control_plane_id"_s).toString();
            const qsizetype linked =
                partialId.isEmpty() ? 0 : org.pluginsLinking(cpId, partialId).size();
            if (linked > 0)
                return SimResponse::invalid(
                    u"id"_s,
                    u"Managed cache add-on has %1 linked plugin(s) that must be removed before "
                    u"deletion. Cache config ID: '%2'."_s.arg(linked)
                        .arg(partialId),
                    u"invalid"_s, QJsonObject{{u"source"_s, u"path"_s}});
            if (addOn->value(u"state"_s).toString() != u"terminating"_s) {
                addOn->insert(u"state"_s, u"terminating"_s);
                QJsonArray groups = config.value(u"data_plane_groups"_s).toArray();
                for (qsizetype i = 0; i < groups.size(); ++i) {
                    QJsonObject group = groups.at(i).toObject();
                    group.insert(u"state"_s, u"terminating"_s);
                    groups.replace(i, group);
                }
                config.insert(u"data_plane_groups"_s, groups);
                addOn->insert(u"config"_s, config);
                addOn->insert(u"entity_version"_s, addOn->value(u"entity_version"_s).toInt() + 1);
                addOn->insert(u"updated_at"_s, org.timestamp());
                org.scheduleAddOnTermination(request.args[0]);
            }
            return SimResponse::noContent();
        });
}
} // namespace kd::sim::cgw
